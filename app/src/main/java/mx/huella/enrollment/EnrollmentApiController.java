package mx.huella.enrollment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.enrollment.EnrollmentException.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Consent and enrollment over {@code /api/v1}: the privacy notice, consent given and withdrawn, the
 * person's biometric status, and enrollment sessions (open, capture fingers and face as raw file
 * bodies, declare and approve finger exceptions, progress, submit). Errors are problem+json.
 */
@RestController
@Tag(
        name = "Enrolamiento biométrico",
        description =
                "Consentimiento, sesiones de captura, excepciones de dedos y envío con búsqueda 1:N. Errores en problem+json.")
class EnrollmentApiController {
    /** Largest sample body accepted: a generous ANSI/NIST file or phone photo. */
    static final int MAX_SAMPLE_BYTES = 20 * 1024 * 1024;

    private final ConsentService consents;
    private final CaptureSessions sessions;
    private final EnrollmentSubmissions submissions;
    private final BiometricStatusLedger ledger;
    private final EnrollmentEligibility eligibility;

    EnrollmentApiController(
            ConsentService consents,
            CaptureSessions sessions,
            EnrollmentSubmissions submissions,
            BiometricStatusLedger ledger,
            EnrollmentEligibility eligibility) {
        this.consents = consents;
        this.sessions = sessions;
        this.submissions = submissions;
        this.ledger = ledger;
        this.eligibility = eligibility;
    }

    record ConsentRequest(String noticeVersion, String language) {}

    record OpenRequest(UUID personId) {}

    record ExceptionRequest(String reason, String note) {}

    record Progress(
            UUID sessionId,
            String state,
            String outcome,
            int usableFingers,
            boolean usableFace,
            List<PositionView> positions) {}

    record PositionView(
            int position, int attempts, int bestQuality, boolean usable, String exception, boolean exceptionApproved) {}

    @Operation(summary = "Aviso de privacidad vigente (versión y texto) en el idioma de la solicitud")
    @GetMapping(path = "/api/v1/privacy-notice", produces = "application/json")
    ConsentService.PrivacyNotice notice(Locale locale) {
        return consents.notice(locale);
    }

    @Operation(
            summary =
                    "Registra el consentimiento expreso para datos biométricos (versión del aviso, idioma, operador, canal)")
    @Refusals({Problem.PERSON_NOT_FOUND, Problem.CONSENT_ALREADY_GIVEN, Problem.UNKNOWN_NOTICE_VERSION})
    @PostMapping(
            path = "/api/v1/persons/{personId}/biometric-consent",
            consumes = "application/json",
            produces = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR')")
    ResponseEntity<Map<String, UUID>> giveConsent(
            @PathVariable UUID personId, @RequestBody ConsentRequest request, Principal principal) {
        UUID id = consents.give(personId, request.noticeVersion(), request.language(), Actor.api(principal.getName()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("consentId", id));
    }

    @Operation(summary = "Registra el retiro del consentimiento")
    @Refusals({Problem.CONSENT_REQUIRED})
    @DeleteMapping("/api/v1/persons/{personId}/biometric-consent")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR')")
    ResponseEntity<Void> withdrawConsent(@PathVariable UUID personId, Principal principal) {
        consents.withdraw(personId, Actor.api(principal.getName()));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary =
                    "Estado biométrico de la persona (PENDING, ENROLLED, UNDER_REVIEW, REJECTED), su historia y los casos de suplantación confirmados que la señalan")
    @Refusals({Problem.PERSON_NOT_FOUND})
    @GetMapping(path = "/api/v1/persons/{personId}/biometric-status", produces = "application/json")
    Map<String, Object> status(@PathVariable UUID personId) {
        eligibility.requireRegistered(personId);
        return Map.of(
                "status",
                ledger.status(personId),
                "history",
                ledger.history(personId),
                "identityFraudCases",
                ledger.identityFraudCases(personId));
    }

    @Operation(summary = "Abre una sesión de inscripción; requiere consentimiento vigente")
    @Refusals({
        Problem.PERSON_NOT_FOUND,
        Problem.CONSENT_REQUIRED,
        Problem.SESSION_ALREADY_OPEN,
        Problem.ALREADY_ENROLLED,
        Problem.UNDER_REVIEW,
        Problem.IDENTITY_FRAUD
    })
    @PostMapping(path = "/api/v1/enrollments", consumes = "application/json", produces = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR')")
    ResponseEntity<Map<String, UUID>> open(@RequestBody OpenRequest request, Principal principal) {
        UUID id = sessions.open(request.personId(), Actor.api(principal.getName()));
        return ResponseEntity.created(URI.create("/api/v1/enrollments/" + id)).body(Map.of("id", id));
    }

    @Operation(summary = "Avance de la sesión: por posición, intentos, mejor calidad, utilizable, excepción")
    @Refusals({Problem.SESSION_NOT_FOUND})
    @GetMapping(path = "/api/v1/enrollments/{id}", produces = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR', 'ANALYST')")
    Progress progress(@PathVariable UUID id) {
        SessionProgress progress = sessions.progress(id);
        return new Progress(
                progress.sessionId(),
                progress.state().name(),
                progress.outcome(),
                progress.usableFingers(),
                progress.usableFace(),
                progress.positions().stream()
                        .map(p -> new PositionView(
                                p.position(),
                                p.attempts(),
                                p.bestQuality(),
                                p.usable(),
                                p.exception(),
                                p.exceptionApproved()))
                        .toList());
    }

    @Operation(
            summary =
                    "Captura un dedo (cuerpo: PNG, JPEG, WSQ o ANSI/NIST) con retroalimentación de calidad inmediata; hasta 4 intentos")
    @Refusals({
        Problem.SESSION_NOT_FOUND,
        Problem.SESSION_CLOSED,
        Problem.NOT_A_FINGER,
        Problem.CONSENT_REQUIRED,
        Problem.ATTEMPTS_EXHAUSTED,
        Problem.UNREADABLE_SAMPLE
    })
    @PutMapping(path = "/api/v1/enrollments/{id}/fingers/{position}", produces = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR')")
    CaptureSessions.CaptureFeedback finger(
            @PathVariable UUID id, @PathVariable int position, InputStream body, Principal principal)
            throws IOException {
        return sessions.captureFinger(id, finger(position), read(body), Actor.api(principal.getName()));
    }

    @Operation(summary = "Captura la foto del rostro (PNG o JPEG) con motivos de calidad")
    @Refusals({
        Problem.SESSION_NOT_FOUND,
        Problem.SESSION_CLOSED,
        Problem.CONSENT_REQUIRED,
        Problem.ATTEMPTS_EXHAUSTED,
        Problem.UNREADABLE_SAMPLE
    })
    @PutMapping(path = "/api/v1/enrollments/{id}/face", produces = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR')")
    CaptureSessions.CaptureFeedback face(@PathVariable UUID id, InputStream body, Principal principal)
            throws IOException {
        return sessions.captureFace(id, read(body), Actor.api(principal.getName()));
    }

    @Operation(summary = "Declara una excepción de dedo (AMPUTATED, INJURED, UNABLE_TO_CAPTURE) con nota")
    @Refusals({Problem.SESSION_NOT_FOUND, Problem.SESSION_CLOSED, Problem.NOT_A_FINGER, Problem.INVALID_EXCEPTION})
    @PutMapping(path = "/api/v1/enrollments/{id}/exceptions/{position}", consumes = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR')")
    ResponseEntity<Void> declareException(
            @PathVariable UUID id,
            @PathVariable int position,
            @RequestBody ExceptionRequest request,
            Principal principal) {
        sessions.declareException(
                id, finger(position), request.reason(), request.note(), Actor.api(principal.getName()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Un supervisor (no quien la declaró) aprueba la excepción")
    @Refusals({
        Problem.SESSION_NOT_FOUND,
        Problem.SESSION_CLOSED,
        Problem.NOT_A_FINGER,
        Problem.EXCEPTION_NOT_DECLARED,
        Problem.INVALID_EXCEPTION
    })
    @PostMapping("/api/v1/enrollments/{id}/exceptions/{position}/approval")
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<Void> approveException(@PathVariable UUID id, @PathVariable int position, Principal principal) {
        sessions.approveException(id, finger(position), Actor.api(principal.getName()));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary =
                    "Envía la sesión: búsqueda 1:N de diez dedos y rostro; ENROLLED, DUPLICATE_SUSPECT o REJECTED_QUALITY. Idempotency-Key recomendado")
    @Refusals({
        Problem.SESSION_NOT_FOUND,
        Problem.IDEMPOTENCY_KEY_REUSED,
        Problem.CONSENT_REQUIRED,
        Problem.ALREADY_ENROLLED,
        Problem.UNDER_REVIEW,
        Problem.IDENTITY_FRAUD,
        Problem.INCOMPLETE,
        Problem.BUSY
    })
    @PostMapping(path = "/api/v1/enrollments/{id}/submission", produces = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR')")
    Map<String, Object> submit(
            @PathVariable UUID id,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Principal principal) {
        EnrollmentSubmissions.Submission submission =
                submissions.submit(id, idempotencyKey, Actor.api(principal.getName()));
        return submission.caseId().isPresent()
                ? Map.of(
                        "sessionId",
                        id,
                        "outcome",
                        submission.outcome(),
                        "caseId",
                        submission.caseId().get())
                : Map.of("sessionId", id, "outcome", submission.outcome());
    }

    static FingerPosition finger(int code) {
        return FingerPosition.fromCode(code)
                .filter(FingerPosition::isSingleFinger)
                .orElseThrow(() -> new EnrollmentException(
                        EnrollmentException.Problem.NOT_A_FINGER, "finger positions are ISO codes 1 to 10"));
    }

    static byte[] read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_SAMPLE_BYTES + 1);
        if (bytes.length > MAX_SAMPLE_BYTES) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.UNREADABLE_SAMPLE,
                    "samples are at most " + MAX_SAMPLE_BYTES + " bytes");
        }
        return bytes;
    }
}
