package mx.huella.employer.compliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import mx.huella.audit.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ghost-employee signal by employer over {@code /api/v1}, for fraud analysts and auditors. */
@RestController
// Listed with the movements in the API documentation, where it has always been.
@Tag(name = "Movimientos afiliatorios", description = "Altas, bajas y modificaciones de salario con acuse sellado")
class DuplicateRateApiController {
    private final DuplicateRateReport duplicateRates;

    DuplicateRateApiController(DuplicateRateReport duplicateRates) {
        this.duplicateRates = duplicateRates;
    }

    @GetMapping(path = "/api/v1/reports/employer-duplicates", produces = "application/json")
    @Operation(summary = "Patrones cuyos trabajadores coinciden con identidades duplicadas más de lo esperable")
    @PreAuthorize("hasAnyRole('ANALYST', 'AUDITOR')")
    DuplicateRateReport.Report duplicateRates(Principal principal) {
        return duplicateRates.report(Actor.api(principal.getName()));
    }
}
