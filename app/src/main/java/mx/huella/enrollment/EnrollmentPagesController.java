package mx.huella.enrollment;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.device.DeviceKind;
import mx.huella.device.DeviceRegistry;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The operator's enrollment pages: a person's biometric status with the privacy notice and consent,
 * and the capture session, a grid of the ten fingers and the face that fills in as samples are taken
 * (htmx replaces one tile per upload), then the submission and its outcome.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR', 'EMPLOYER_DELEGATE')")
class EnrollmentPagesController {
    private static final java.util.Set<String> STAFF =
            java.util.Set.of("ROLE_ADMIN", "ROLE_OPERATOR", "ROLE_SUPERVISOR");
    private final PersonService persons;
    private final ConsentService consents;
    private final CaptureSessions sessions;
    private final EnrollmentSubmissions submissions;
    private final BiometricStatusLedger ledger;
    private final EnrollmentEligibility eligibility;
    private final JdbcClient jdbc;
    private final CaptureStations stations;
    private final DeviceRegistry devices;
    private final java.util.List<CaptureAuthorization> authorizations;

    EnrollmentPagesController(
            PersonService persons,
            ConsentService consents,
            CaptureSessions sessions,
            EnrollmentSubmissions submissions,
            BiometricStatusLedger ledger,
            EnrollmentEligibility eligibility,
            JdbcClient jdbc,
            CaptureStations stations,
            DeviceRegistry devices,
            java.util.List<CaptureAuthorization> authorizations) {
        this.authorizations = authorizations;
        this.persons = persons;
        this.consents = consents;
        this.sessions = sessions;
        this.submissions = submissions;
        this.ledger = ledger;
        this.eligibility = eligibility;
        this.jdbc = jdbc;
        this.stations = stations;
        this.devices = devices;
    }

    /**
     * Runs before every page of this controller: staff enroll anyone; anyone else only the persons
     * another module authorizes them for (an employer's HR user: that employer's workers).
     */
    @org.springframework.web.bind.annotation.ModelAttribute
    void authorize(
            @PathVariable(required = false) UUID personId,
            @PathVariable(name = "id", required = false) UUID sessionId,
            org.springframework.security.core.Authentication caller) {
        if (caller.getAuthorities().stream().anyMatch(a -> STAFF.contains(a.getAuthority()))) {
            return;
        }
        UUID person = personId != null
                ? personId
                : sessionId == null ? null : sessions.progress(sessionId).personId();
        if (person == null || authorizations.stream().noneMatch(a -> a.mayEnroll(caller, person))) {
            throw new org.springframework.security.access.AccessDeniedException("not this person's enrollment");
        }
    }

    @GetMapping("/enrollment/persons/{personId}")
    String person(@PathVariable UUID personId, Model model, Locale locale) {
        Person person = persons.get(personId);
        model.addAttribute("person", person);
        model.addAttribute("status", ledger.status(personId));
        model.addAttribute("history", ledger.history(personId));
        model.addAttribute("consent", consents.active(personId).isPresent());
        model.addAttribute("notice", consents.notice(locale));
        model.addAttribute("openSession", openSession(personId).orElse(null));
        model.addAttribute(
                "refusal",
                eligibility
                        .refusal(personId)
                        .map(EnrollmentException.Problem::slug)
                        .orElse(null));
        model.addAttribute("fraudCases", ledger.identityFraudCases(personId));
        return "enrollment/person";
    }

    @PostMapping("/enrollment/persons/{personId}/consent")
    String consent(
            @PathVariable UUID personId,
            @RequestParam(name = "agreed", defaultValue = "false") boolean agreed,
            Locale locale,
            Principal principal) {
        if (!agreed) {
            return "redirect:/enrollment/persons/" + personId + "?consentMissing";
        }
        consents.give(
                personId,
                ConsentService.NOTICE_VERSION,
                consents.notice(locale).language(),
                Actor.web(principal.getName()));
        return "redirect:/enrollment/persons/" + personId;
    }

    @PostMapping("/enrollment/persons/{personId}/consent/withdrawal")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR')")
    String withdrawConsent(
            @PathVariable UUID personId,
            @RequestParam(name = "confirmed", defaultValue = "false") boolean confirmed,
            Principal principal) {
        if (!confirmed) {
            return "redirect:/enrollment/persons/" + personId + "?withdrawalUnconfirmed";
        }
        consents.withdraw(personId, Actor.web(principal.getName()));
        return "redirect:/enrollment/persons/" + personId + "?consentWithdrawn";
    }

    @PostMapping("/enrollment/persons/{personId}/sessions")
    String open(@PathVariable UUID personId, Principal principal) {
        UUID session = openSession(personId).orElseGet(() -> sessions.open(personId, Actor.web(principal.getName())));
        return "redirect:/enrollment/sessions/" + session;
    }

    @GetMapping("/enrollment/sessions/{id}")
    String session(@PathVariable UUID id, Model model, Principal principal) {
        SessionProgress progress = sessions.progress(id);
        model.addAttribute("progress", progress);
        model.addAttribute("person", persons.get(progress.personId()));
        stationModel(id, model, principal);
        return "enrollment/session";
    }

    /** The capture grid alone, polled while a station sends samples. */
    @GetMapping("/enrollment/sessions/{id}/grid")
    String grid(@PathVariable UUID id, Model model, Principal principal) {
        model.addAttribute("progress", sessions.progress(id));
        stationModel(id, model, principal);
        return "enrollment/session :: grid";
    }

    @PostMapping("/enrollment/sessions/{id}/station")
    String assignStation(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String stationId,
            Principal principal,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            stations.assign(
                    id,
                    stationId.isBlank() ? null : UUID.fromString(stationId),
                    premises(principal),
                    Actor.web(principal.getName()));
        } catch (EnrollmentException e) {
            redirect.addFlashAttribute("stationRefusal", e.problem().slug());
        }
        return "redirect:/enrollment/sessions/" + id;
    }

    /** Only the stations on the caller's premises: the institute's for staff, an employer's for its HR users. */
    private void stationModel(UUID id, Model model, Principal principal) {
        String premises = premises(principal);
        model.addAttribute(
                "stations",
                devices.active(DeviceKind.CAPTURE_STATION).stream()
                        .filter(station -> station.ownedBy(premises))
                        .toList());
        model.addAttribute("assignedStation", stations.stationOf(id).orElse(null));
    }

    /**
     * Whether this caller may send samples from the browser (file or camera). Institute staff may;
     * at an employer's premises samples come only from the employer's registered capture station, an
     * authenticated device, so that an employer cannot enroll images of its choosing.
     */
    @org.springframework.web.bind.annotation.ModelAttribute("browserCapture")
    boolean browserCapture(Principal principal) {
        return premises(principal) == null;
    }

    /** The organisation whose premises the caller captures at; null for the institute's staff. */
    private String premises(Principal principal) {
        if (!(principal instanceof org.springframework.security.core.Authentication caller)) {
            return null;
        }
        return authorizations.stream()
                .map(a -> a.premises(caller))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElse(null);
    }

    @PostMapping("/enrollment/sessions/{id}/samples/{position}")
    String capture(
            @PathVariable UUID id,
            @PathVariable int position,
            @RequestParam("sample") MultipartFile sample,
            Model model,
            Principal principal)
            throws IOException {
        if (position < CaptureSessions.FACE || position > 10) {
            // No tile to answer with: the grid has positions 0 (face) to 10 only.
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "no capture position " + position);
        }
        Actor actor = Actor.web(principal.getName());
        try {
            if (premises(principal) != null) {
                throw new EnrollmentException(
                        EnrollmentException.Problem.CAPTURE_STATION_REQUIRED,
                        "samples taken at an employer's premises come from its registered capture station");
            }
            CaptureSessions.CaptureFeedback feedback = position == CaptureSessions.FACE
                    ? sessions.captureFace(id, sample.getBytes(), actor)
                    : sessions.captureFinger(id, fingerAt(position), sample.getBytes(), actor);
            model.addAttribute("feedback", feedback);
        } catch (EnrollmentException e) {
            model.addAttribute("tileRefusal", e.problem().slug());
            model.addAttribute("refusedPosition", position);
        }
        return tile(id, position, model);
    }

    private String tile(UUID id, int position, Model model) {
        SessionProgress progress = sessions.progress(id);
        model.addAttribute("progress", progress);
        model.addAttribute(
                "tile",
                progress.positions().stream()
                        .filter(p -> p.position() == position)
                        .findFirst()
                        .orElseThrow());
        return "enrollment/tile";
    }

    @PostMapping("/enrollment/sessions/{id}/exceptions/{position}")
    String declareException(
            @PathVariable UUID id,
            @PathVariable int position,
            @RequestParam String reason,
            @RequestParam(defaultValue = "") String note,
            Model model,
            Principal principal) {
        return afterException(
                id,
                position,
                model,
                () -> sessions.declareException(id, fingerAt(position), reason, note, Actor.web(principal.getName())));
    }

    @PostMapping("/enrollment/sessions/{id}/exceptions/{position}/approval")
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('SUPERVISOR')")
    String approveException(@PathVariable UUID id, @PathVariable int position, Model model, Principal principal) {
        return afterException(
                id,
                position,
                model,
                () -> sessions.approveException(id, fingerAt(position), Actor.web(principal.getName())));
    }

    private String afterException(UUID id, int position, Model model, Runnable change) {
        try {
            change.run();
        } catch (EnrollmentException e) {
            model.addAttribute("tileRefusal", e.problem().slug());
            model.addAttribute("refusedPosition", position);
        }
        return tile(id, position, model);
    }

    private static FingerPosition fingerAt(int position) {
        return FingerPosition.fromCode(position)
                .filter(FingerPosition::isSingleFinger)
                .orElseThrow(() ->
                        new EnrollmentException(EnrollmentException.Problem.NOT_A_FINGER, "position " + position));
    }

    @PostMapping("/enrollment/sessions/{id}/submission")
    String submit(@PathVariable UUID id, @RequestParam("key") String key, Model model, Principal principal) {
        try {
            EnrollmentSubmissions.Submission submission = submissions.submit(id, key, Actor.web(principal.getName()));
            model.addAttribute("outcome", submission.outcome().name());
        } catch (EnrollmentException e) {
            model.addAttribute("refusal", e.problem().slug());
        }
        SessionProgress progress = sessions.progress(id);
        model.addAttribute("progress", progress);
        model.addAttribute("person", persons.get(progress.personId()));
        stationModel(id, model, principal);
        return "enrollment/session";
    }

    private Optional<UUID> openSession(UUID personId) {
        return jdbc.sql("select id from enrollment.session where person_id = :person and state = 'OPEN'")
                .param("person", personId)
                .query(UUID.class)
                .optional();
    }
}
