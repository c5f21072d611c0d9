package mx.huella.employer.bulk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.employer.access.EmployerPrincipals;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk movement files over {@code /api/v1}: uploaded as CSV, followed through their progress, rejected
 * rows fetched as CSV. Staff act on any registro; employers and their delegates only on their own.
 * Errors are problem+json.
 */
@RestController
// The same tag as the single movements: the API documentation lists both together.
@Tag(name = "Movimientos afiliatorios", description = "Altas, bajas y modificaciones de salario con acuse sellado")
class BulkUploadApiController {
    private final BulkUploads bulk;
    private final EmployerPrincipals principals;

    BulkUploadApiController(BulkUploads bulk, EmployerPrincipals principals) {
        this.bulk = bulk;
        this.principals = principals;
    }

    @PostMapping(
            path = "/api/v1/registros/{registro}/bulk-uploads",
            consumes = "text/csv",
            produces = "application/json")
    @Operation(
            summary = "Carga masiva de movimientos (CSV)",
            description =
                    "Columnas: movimiento (08 alta, 02 baja, 07 modificación), curp, nss, tipo_trabajador, tipo_salario,"
                            + " sbc, fecha, causa. Se procesa en segundo plano; mode ALL_OR_NOTHING o VALID_ONLY. Volver a subir el"
                            + " mismo archivo no duplica movimientos.")
    ResponseEntity<Map<String, UUID>> bulkUpload(
            @PathVariable String registro,
            @RequestParam(defaultValue = "VALID_ONLY") BulkUploads.Mode mode,
            @RequestParam(defaultValue = "movimientos.csv") String filename,
            @RequestBody byte[] content,
            Authentication caller) {
        UUID id = bulk.submit(
                registro,
                filename,
                content,
                mode,
                principals.access(caller),
                principals.delegate(caller),
                Actor.api(caller.getName()));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/bulk-uploads/" + id))
                .body(Map.of("id", id));
    }

    @GetMapping(path = "/api/v1/bulk-uploads/{id}", produces = "application/json")
    @Operation(summary = "Avance y resultado de una carga masiva")
    BulkUploads.Status bulkStatus(@PathVariable UUID id, Authentication caller) {
        return bulk.status(id, principals.access(caller));
    }

    @GetMapping(path = "/api/v1/bulk-uploads/{id}/errors", produces = "text/csv")
    @Operation(summary = "Renglones rechazados (linea, campo, motivo) en CSV")
    ResponseEntity<String> bulkErrors(@PathVariable UUID id, Authentication caller) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(bulk.errorsCsv(id, principals.access(caller)));
    }
}
