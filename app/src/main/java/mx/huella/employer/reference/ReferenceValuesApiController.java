package mx.huella.employer.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import mx.huella.audit.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The UMA and minimum-wage table over {@code /api/v1}: any staff member reads it (with the kinds
 * gone stale), administrators add each year's published values. Refusals are problem+json.
 */
@RestController
@Tag(name = "Valores de referencia", description = "UMA y salarios mínimos con su fecha de vigencia")
class ReferenceValuesApiController {
    private final ReferenceValues values;

    ReferenceValuesApiController(ReferenceValues values) {
        this.values = values;
    }

    /**
     * @param confirmUnusual the amount was checked against the publication although it moves far from the previous one
     * @param correction replace the value the kind already has from that date (a mistyped amount)
     */
    record ValueRequest(
            String kind,
            LocalDate validFrom,
            BigDecimal dailyAmount,
            String source,
            Boolean confirmUnusual,
            Boolean correction) {}

    /** The table, and the kinds whose newest value is more than a year old. */
    record Table(List<ReferenceValues.Value> values, List<ReferenceValues.Kind> stale) {}

    @GetMapping(path = "/api/v1/reference-values", produces = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR', 'ANALYST', 'AUDITOR')")
    @Operation(summary = "La tabla de UMA y salarios mínimos, y las clases cuyo valor más reciente tiene más de un año")
    Table table() {
        return new Table(values.all(), values.staleToday());
    }

    @PostMapping(path = "/api/v1/reference-values", consumes = "application/json", produces = "application/json")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Registra un valor publicado (UMA, MINIMUM_WAGE_GENERAL o MINIMUM_WAGE_FRONTERA_NORTE)",
            description = "Vigente desde validFrom hasta el siguiente de su clase; acota el SBC de los movimientos"
                    + " con fecha desde entonces. Uno repetido (misma clase y fecha) responde 409; correction=true lo"
                    + " corrige. Un monto a más de 30 % del anterior requiere confirmUnusual=true.")
    ResponseEntity<ReferenceValues.Value> add(@RequestBody ValueRequest request, Principal principal) {
        ReferenceValues.Value added = values.add(
                request.kind(),
                request.validFrom(),
                request.dailyAmount(),
                request.source(),
                Boolean.TRUE.equals(request.confirmUnusual()),
                Boolean.TRUE.equals(request.correction()),
                Actor.api(principal.getName()));
        return ResponseEntity.created(URI.create("/api/v1/reference-values")).body(added);
    }
}
