package mx.huella.enrollment;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.huella.audit.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The adjudication workbench over {@code /api/v1}: the duplicate-case queue, a case for review, the
 * first decision and the four-eyes confirmation, and the ghost-identity report. Analysts only (the
 * report also for auditors). Errors are problem+json.
 */
@RestController
class AdjudicationApiController {
    private final AdjudicationService adjudication;

    AdjudicationApiController(AdjudicationService adjudication) {
        this.adjudication = adjudication;
    }

    record DecisionRequest(AdjudicationService.Decision decision, String reason) {}

    record ConfirmationRequest(boolean confirmed, String reason) {}

    @GetMapping(path = "/api/v1/duplicate-cases", produces = "application/json")
    @PreAuthorize("hasRole('ANALYST')")
    List<AdjudicationService.QueuedCase> queue() {
        return adjudication.queue();
    }

    @GetMapping(path = "/api/v1/duplicate-cases/{id}", produces = "application/json")
    @PreAuthorize("hasRole('ANALYST')")
    AdjudicationService.CaseView view(@PathVariable UUID id, Principal principal) {
        return adjudication.view(id, Actor.api(principal.getName()));
    }

    @PostMapping(
            path = "/api/v1/duplicate-cases/{id}/decision",
            consumes = "application/json",
            produces = "application/json")
    @PreAuthorize("hasRole('ANALYST')")
    Map<String, String> decide(@PathVariable UUID id, @RequestBody DecisionRequest request, Principal principal) {
        if (request.decision() == null) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.REASON_REQUIRED, "decision is SAME_PERSON or DIFFERENT_PERSON");
        }
        return Map.of(
                "state", adjudication.decide(id, request.decision(), request.reason(), Actor.api(principal.getName())));
    }

    @PostMapping(
            path = "/api/v1/duplicate-cases/{id}/confirmation",
            consumes = "application/json",
            produces = "application/json")
    @PreAuthorize("hasRole('ANALYST')")
    Map<String, String> confirm(@PathVariable UUID id, @RequestBody ConfirmationRequest request, Principal principal) {
        return Map.of(
                "state",
                adjudication.confirm(id, request.confirmed(), request.reason(), Actor.api(principal.getName())));
    }

    @GetMapping(path = "/api/v1/reports/ghost-identities", produces = "application/json")
    @PreAuthorize("hasAnyRole('ANALYST', 'AUDITOR')")
    List<AdjudicationService.GhostIdentity> ghostIdentities(Principal principal) {
        return adjudication.ghostIdentities(Actor.api(principal.getName()));
    }
}
