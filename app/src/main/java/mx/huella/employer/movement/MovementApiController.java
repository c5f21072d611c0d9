package mx.huella.employer.movement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.employer.EmployerAccess;
import mx.huella.employer.MovementException;
import mx.huella.employer.access.EmployerPrincipals;
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

    MovementApiController(
            MovementService movements, EmploymentQueries queries, AcuseDocument acuses, EmployerPrincipals principals) {
        this.movements = movements;
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
}
