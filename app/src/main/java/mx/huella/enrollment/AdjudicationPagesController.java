package mx.huella.enrollment;

import java.security.Principal;
import java.util.List;
import java.util.UUID;
import mx.huella.audit.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analysts' workbench: the queue of duplicate cases (oldest first, overdue ones marked), a case
 * with both identities side by side and the ranked candidates, the decision and its four-eyes
 * confirmation, and the ghost-identity report.
 */
@Controller
class AdjudicationPagesController {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AdjudicationService adjudication;
    private final FingerComparisonImages images;

    AdjudicationPagesController(AdjudicationService adjudication, FingerComparisonImages images) {
        this.adjudication = adjudication;
        this.images = images;
    }

    @GetMapping("/cases/{id}/faces/{side}")
    @PreAuthorize("hasRole('ANALYST')")
    org.springframework.http.ResponseEntity<byte[]> face(
            @PathVariable UUID id, @PathVariable String side, Principal principal) {
        if (!List.of("probe", "candidate").contains(side)) {
            return org.springframework.http.ResponseEntity.notFound().build();
        }
        return images.face(
                        id,
                        FingerComparisonImages.Side.valueOf(side.toUpperCase(java.util.Locale.ROOT)),
                        Actor.web(principal.getName()))
                .map(photo -> org.springframework.http.ResponseEntity.ok()
                        .contentType(
                                photo.length > 1 && (photo[0] & 0xff) == 0xff
                                        ? org.springframework.http.MediaType.IMAGE_JPEG
                                        : org.springframework.http.MediaType.IMAGE_PNG)
                        .cacheControl(org.springframework.http.CacheControl.noStore())
                        .body(photo))
                .orElseGet(
                        () -> org.springframework.http.ResponseEntity.notFound().build());
    }

    @GetMapping(path = "/cases/{id}/fingers/{position}/{side}.png", produces = "image/png")
    @PreAuthorize("hasRole('ANALYST')")
    org.springframework.http.ResponseEntity<byte[]> finger(
            @PathVariable UUID id, @PathVariable int position, @PathVariable String side, Principal principal) {
        var finger = mx.huella.engine.fingerprint.FingerPosition.fromCode(position)
                .filter(mx.huella.engine.fingerprint.FingerPosition::isSingleFinger);
        if (finger.isEmpty() || !List.of("probe", "candidate").contains(side)) {
            return org.springframework.http.ResponseEntity.notFound().build();
        }
        return images.png(
                        id,
                        finger.get(),
                        FingerComparisonImages.Side.valueOf(side.toUpperCase(java.util.Locale.ROOT)),
                        Actor.web(principal.getName()))
                .map(png -> org.springframework.http.ResponseEntity.ok()
                        .cacheControl(org.springframework.http.CacheControl.noStore())
                        .body(png))
                .orElseGet(
                        () -> org.springframework.http.ResponseEntity.notFound().build());
    }

    @GetMapping("/cases")
    @PreAuthorize("hasRole('ANALYST')")
    String queue(Model model, Principal principal) {
        model.addAttribute("cases", adjudication.queue(Actor.web(principal.getName())));
        return "enrollment/cases";
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize("hasRole('ANALYST')")
    String view(@PathVariable UUID id, Model model, Principal principal) {
        AdjudicationService.CaseView view = adjudication.view(id, Actor.web(principal.getName()));
        model.addAttribute("view", view);
        model.addAttribute("candidates", JSON.readValue(view.candidates(), List.class));
        model.addAttribute("probeFace", images.hasFace(id, FingerComparisonImages.Side.PROBE));
        model.addAttribute("candidateFace", images.hasFace(id, FingerComparisonImages.Side.CANDIDATE));
        return "enrollment/case";
    }

    @PostMapping("/cases/{id}/decision")
    @PreAuthorize("hasRole('ANALYST')")
    String decide(
            @PathVariable UUID id,
            @RequestParam(name = "decision", required = false) AdjudicationService.Decision decision,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            @RequestParam(name = "matched", required = false) UUID matched,
            Principal principal,
            RedirectAttributes redirect) {
        try {
            if (decision == null) {
                throw new EnrollmentException(EnrollmentException.Problem.DECISION_REQUIRED, "choose a decision");
            }
            adjudication.decide(id, decision, reason, matched, Actor.web(principal.getName()));
            redirect.addFlashAttribute("noticeKey", "case.decided");
        } catch (EnrollmentException e) {
            redirect.addFlashAttribute("refusal", e.problem().slug());
        }
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/confirmation")
    @PreAuthorize("hasRole('ANALYST')")
    String confirm(
            @PathVariable UUID id,
            @RequestParam(name = "confirmed") boolean confirmed,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal principal,
            RedirectAttributes redirect) {
        try {
            adjudication.confirm(id, confirmed, reason, Actor.web(principal.getName()));
            redirect.addFlashAttribute("noticeKey", confirmed ? "case.confirmed" : "case.reopened");
        } catch (EnrollmentException e) {
            redirect.addFlashAttribute("refusal", e.problem().slug());
        }
        return "redirect:/cases/" + id;
    }

    @GetMapping("/reports/ghost-identities")
    @PreAuthorize("hasAnyRole('ANALYST', 'AUDITOR')")
    String ghosts(Model model, Principal principal) {
        model.addAttribute("ghosts", adjudication.ghostIdentities(Actor.web(principal.getName())));
        return "enrollment/ghosts";
    }
}
