package mx.huella.enrollment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.enrollment.EnrollmentException.Problem;
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
@Tag(
        name = "Adjudicación de duplicados",
        description =
                "Cola de casos, decisiones con motivo obligatorio, confirmación de cuatro ojos, reporte de identidades duplicadas.")
class AdjudicationApiController {
    private final AdjudicationService adjudication;

    AdjudicationApiController(AdjudicationService adjudication) {
        this.adjudication = adjudication;
    }

    /** @param matchedPersonId for SAME_PERSON, which ranked candidate (the best-ranked when absent) */
    record DecisionRequest(AdjudicationService.Decision decision, String reason, UUID matchedPersonId) {}

    record ConfirmationRequest(Boolean confirmed, String reason) {}

    @Operation(summary = "Cola de casos abiertos, del más antiguo al más reciente, con indicador de SLA")
    @GetMapping(path = "/api/v1/duplicate-cases", produces = "application/json")
    @PreAuthorize("hasRole('ANALYST')")
    List<AdjudicationService.QueuedCase> queue(Principal principal) {
        return adjudication.queue(Actor.api(principal.getName()));
    }

    @Operation(
            summary =
                    "Un caso: personas, puntajes por dedo y fusionado, probabilidad de coincidencia falsa (la consulta queda auditada)")
    @Refusals({Problem.CASE_NOT_FOUND})
    @GetMapping(path = "/api/v1/duplicate-cases/{id}", produces = "application/json")
    @PreAuthorize("hasRole('ANALYST')")
    AdjudicationService.CaseView view(@PathVariable UUID id, Principal principal) {
        return adjudication.view(id, Actor.api(principal.getName()));
    }

    @Operation(
            summary =
                    "Decide SAME_PERSON o DIFFERENT_PERSON con motivo; SAME_PERSON espera confirmación de otro analista")
    @Refusals({
        Problem.CASE_NOT_FOUND,
        Problem.CASE_NOT_OPEN,
        Problem.REASON_REQUIRED,
        Problem.DECISION_REQUIRED,
        Problem.NOT_A_CANDIDATE
    })
    @PostMapping(
            path = "/api/v1/duplicate-cases/{id}/decision",
            consumes = "application/json",
            produces = "application/json")
    @PreAuthorize("hasRole('ANALYST')")
    Map<String, String> decide(@PathVariable UUID id, @RequestBody DecisionRequest request, Principal principal) {
        if (request.decision() == null) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.DECISION_REQUIRED, "decision is SAME_PERSON or DIFFERENT_PERSON");
        }
        return Map.of(
                "state",
                adjudication.decide(
                        id,
                        request.decision(),
                        request.reason(),
                        request.matchedPersonId(),
                        Actor.api(principal.getName())));
    }

    @Operation(summary = "Un segundo analista confirma o rechaza SAME_PERSON (cuatro ojos)")
    @Refusals({
        Problem.CASE_NOT_FOUND,
        Problem.CASE_NOT_OPEN,
        Problem.REASON_REQUIRED,
        Problem.DECISION_REQUIRED,
        Problem.FOUR_EYES
    })
    @PostMapping(
            path = "/api/v1/duplicate-cases/{id}/confirmation",
            consumes = "application/json",
            produces = "application/json")
    @PreAuthorize("hasRole('ANALYST')")
    Map<String, String> confirm(@PathVariable UUID id, @RequestBody ConfirmationRequest request, Principal principal) {
        // An omitted answer must not read as "no", which would send the case back to the queue.
        if (request.confirmed() == null) {
            throw new EnrollmentException(EnrollmentException.Problem.DECISION_REQUIRED, "confirmed is true or false");
        }
        return Map.of(
                "state",
                adjudication.confirm(id, request.confirmed(), request.reason(), Actor.api(principal.getName())));
    }

    @Operation(summary = "Identidades biométricas confirmadas bajo más de una CURP o NSS")
    @GetMapping(path = "/api/v1/reports/ghost-identities", produces = "application/json")
    @PreAuthorize("hasAnyRole('ANALYST', 'AUDITOR')")
    List<AdjudicationService.GhostIdentity> ghostIdentities(Principal principal) {
        return adjudication.ghostIdentities(Actor.api(principal.getName()));
    }
}
