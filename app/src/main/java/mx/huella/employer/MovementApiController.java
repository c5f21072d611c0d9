package mx.huella.employer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import mx.huella.audit.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Worker movements over {@code /api/v1}. Staff act on any registro; employers and their delegates
 * only on their own (an employment of another employer answers 404). Errors are problem+json.
 */
@RestController
@Tag(name = "Movimientos afiliatorios", description = "Altas, bajas y modificaciones de salario con acuse sellado")
class MovementApiController {
    private final MovementService movements;
    private final EmploymentQueries queries;
    private final AcuseDocument acuses;
    private final EmployerPrincipals principals;
    private final DuplicateRateReport duplicateRates;
    private final BulkUploads bulk;

    MovementApiController(
            MovementService movements,
            EmploymentQueries queries,
            AcuseDocument acuses,
            EmployerPrincipals principals,
            DuplicateRateReport duplicateRates,
            BulkUploads bulk) {
        this.movements = movements;
        this.bulk = bulk;
        this.duplicateRates = duplicateRates;
        this.queries = queries;
        this.acuses = acuses;
        this.principals = principals;
    }

    record HireRequest(
            String curp,
            String nss,
            WorkerType workerType,
            SalaryType salaryType,
            BigDecimal sbc,
            LocalDate startDate) {}

    record TerminationRequest(LocalDate endDate, TerminationCause cause) {}

    record SalaryRequest(BigDecimal sbc, LocalDate effectiveDate) {}

    record EmploymentView(Employment employment, List<Movement> movements) {}

    @PostMapping(
            path = "/api/v1/registros/{registro}/altas",
            consumes = "application/json",
            produces = "application/json")
    @Operation(
            summary = "Registra un alta",
            description =
                    "Alta por CURP y/o NSS con SBC entre el salario mínimo de la zona y 25 UMA a la fecha de inicio."
                            + " Si la persona no está enrolada biométricamente, el alta queda PENDING_BIOMETRICS con fecha"
                            + " límite y se vuelve efectiva al completarse el enrolamiento. Idempotency-Key opcional.")
    ResponseEntity<Movement> hire(
            @PathVariable String registro,
            @RequestBody HireRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        EmployerAccess access = principals.access(caller);
        Movement movement = movements.hire(
                registro,
                new MovementService.Hire(
                        request.curp(),
                        request.nss(),
                        request.workerType(),
                        request.salaryType(),
                        request.sbc(),
                        request.startDate(),
                        idempotencyKey(caller, key)),
                access,
                Actor.api(caller.getName()));
        return ResponseEntity.created(URI.create("/api/v1/employments/" + movement.employmentId()))
                .body(movement);
    }

    @GetMapping(path = "/api/v1/registros/{registro}/employments", produces = "application/json")
    @Operation(summary = "Trabajadores de un registro patronal, pendientes de biometría primero")
    List<Employment> employments(@PathVariable String registro, Authentication caller) {
        return queries.employments(registro, principals.access(caller));
    }

    @GetMapping(path = "/api/v1/employments/{id}", produces = "application/json")
    @Operation(summary = "Una relación laboral con su historia completa de movimientos")
    EmploymentView employment(@PathVariable UUID id, Authentication caller) {
        EmployerAccess access = principals.access(caller);
        return new EmploymentView(queries.employment(id, access), queries.movements(id, access));
    }

    @PostMapping(path = "/api/v1/employments/{id}/baja", consumes = "application/json", produces = "application/json")
    @Operation(
            summary = "Registra una baja con su causa (catálogo IDSE)",
            description =
                    "Idempotency-Key opcional: repetir la solicitud con la misma clave responde la baja ya registrada.")
    Movement terminate(
            @PathVariable UUID id,
            @RequestBody TerminationRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        return movements.terminate(
                id,
                request.endDate(),
                request.cause(),
                principals.access(caller),
                Actor.api(caller.getName()),
                idempotencyKey(caller, key));
    }

    @PostMapping(path = "/api/v1/employments/{id}/salary", consumes = "application/json", produces = "application/json")
    @Operation(
            summary = "Registra una modificación de salario",
            description =
                    "Idempotency-Key opcional: repetir la solicitud con la misma clave responde la modificación ya registrada.")
    Movement changeSalary(
            @PathVariable UUID id,
            @RequestBody SalaryRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        return movements.changeSalary(
                id,
                request.sbc(),
                request.effectiveDate(),
                principals.access(caller),
                Actor.api(caller.getName()),
                idempotencyKey(caller, key));
    }

    // Scoped to the caller, so that two clients choosing the same key never answer each other's movement.
    private static String idempotencyKey(Authentication caller, String key) {
        return key == null || key.isBlank() ? null : "api:" + caller.getName() + ":" + key.strip();
    }

    @GetMapping(path = "/api/v1/employments/{id}/movements/{folio}/acuse", produces = "application/pdf")
    @Operation(summary = "Acuse en PDF de un movimiento, con su cadena original y sello digital")
    ResponseEntity<byte[]> acuse(@PathVariable UUID id, @PathVariable String folio, Authentication caller) {
        EmployerAccess access = principals.access(caller);
        Movement movement = queries.movements(id, access).stream()
                .filter(m -> m.folio().equals(folio))
                .findFirst()
                .orElseThrow(() -> new MovementException(
                        MovementException.Problem.EMPLOYMENT_NOT_FOUND, null, "no such movement"));
        byte[] pdf = acuses.render(queries.employment(id, access), movement);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"acuse-" + folio + ".pdf\"")
                .body(pdf);
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
    ResponseEntity<java.util.Map<String, UUID>> bulkUpload(
            @PathVariable String registro,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "VALID_ONLY") BulkUploads.Mode mode,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "movimientos.csv") String filename,
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
                .body(java.util.Map.of("id", id));
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
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(bulk.errorsCsv(id, principals.access(caller)));
    }

    @GetMapping(path = "/api/v1/reports/employer-duplicates", produces = "application/json")
    @Operation(summary = "Patrones cuyos trabajadores coinciden con identidades duplicadas más de lo esperable")
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('ANALYST', 'AUDITOR')")
    DuplicateRateReport.Report duplicateRates(java.security.Principal principal) {
        return duplicateRates.report(mx.huella.audit.Actor.api(principal.getName()));
    }
}
