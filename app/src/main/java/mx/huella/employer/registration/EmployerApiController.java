package mx.huella.employer.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.huella.audit.Actor;
import mx.huella.identifier.Rfc;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Employers over {@code /api/v1} for the institute's administrators: register one with its
 * registros patronales, add registros, move a registro to another wage zone, change the contact
 * address. Anyone on the staff may read them; employers' own tokens reach none of this. Refusals
 * are problem+json ({@link mx.huella.web.Refusal}: web answers every refusal of an API).
 */
@RestController
@Tag(name = "Patrones", description = "Alta de patrones, sus registros patronales, zona salarial y correo de contacto")
class EmployerApiController {
    private final EmployerService employers;

    EmployerApiController(EmployerService employers) {
        this.employers = employers;
    }

    record RegistroRequest(String registro, String wageZone) {}

    record RegistrationRequest(String rfc, String legalName, String contactEmail, List<RegistroRequest> registros) {}

    record ContactRequest(String contactEmail) {}

    record WageZoneRequest(String wageZone) {}

    record RegistroResponse(String registro, String formatted, WageZone wageZone) {}

    /** The employer; {@code warnings} says, in the request's language, why its RFC looks doubtful. */
    record EmployerResponse(
            String id,
            String rfc,
            String legalName,
            String contactEmail,
            List<RegistroResponse> registros,
            List<String> warnings) {
        static EmployerResponse of(EmployerView employer, Locale locale) {
            return new EmployerResponse(
                    employer.id().toString(),
                    employer.rfc().value(),
                    employer.legalName(),
                    employer.contactEmail(),
                    employer.registros().stream()
                            .map(r -> new RegistroResponse(
                                    r.registro().value(), r.registro().formatted(), r.zone()))
                            .toList(),
                    employer.rfc().warnings().stream()
                            .map(warning -> warning.message(locale))
                            .toList());
        }
    }

    @PostMapping(path = "/api/v1/employers", consumes = "application/json", produces = "application/json")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Registra un patrón",
            description = "RFC (12 o 13 caracteres; un dígito verificador dudoso se acepta con advertencia), razón"
                    + " social, correo de contacto y, opcionalmente, registros patronales con su zona salarial"
                    + " (GENERAL o FRONTERA_NORTE). Un RFC ya registrado responde 409 DUPLICATE_RFC: repetir la"
                    + " solicitud no crea otro patrón.")
    ResponseEntity<EmployerResponse> register(
            @RequestBody RegistrationRequest request, Authentication caller, Locale locale) {
        Rfc rfc = EmployerInput.rfc(request.rfc());
        List<EmployerRegistro> registros = new ArrayList<>();
        List<RegistroRequest> requested = request.registros() == null ? List.of() : request.registros();
        for (int i = 0; i < requested.size(); i++) {
            registros.add(registro(requested.get(i), "registros[" + i + "]."));
        }
        EmployerView employer = employers.register(
                rfc,
                request.legalName(),
                EmployerInput.email(request.contactEmail()),
                registros,
                Actor.api(caller.getName()));
        return ResponseEntity.created(URI.create("/api/v1/employers/" + rfc.value()))
                .body(EmployerResponse.of(employer, locale));
    }

    @GetMapping(path = "/api/v1/employers/{rfc}", produces = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR', 'ANALYST', 'AUDITOR')")
    @Operation(summary = "Un patrón con sus registros patronales y la zona salarial de cada uno")
    EmployerResponse find(@PathVariable String rfc, Locale locale) {
        return EmployerResponse.of(
                employers
                        .find(EmployerInput.rfc(rfc))
                        .orElseThrow(() -> new EmployerException(
                                EmployerException.Problem.EMPLOYER_NOT_FOUND, "rfc", "no employer has this RFC")),
                locale);
    }

    @PostMapping(
            path = "/api/v1/employers/{rfc}/registros",
            consumes = "application/json",
            produces = "application/json")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Agrega un registro patronal a un patrón",
            description = "Un registro que ya pertenece a este u otro patrón responde 409 REGISTRO_TAKEN.")
    ResponseEntity<EmployerResponse> addRegistro(
            @PathVariable String rfc, @RequestBody RegistroRequest request, Authentication caller, Locale locale) {
        EmployerView employer =
                employers.addRegistro(EmployerInput.rfc(rfc), registro(request, ""), Actor.api(caller.getName()));
        return ResponseEntity.status(HttpStatus.CREATED).body(EmployerResponse.of(employer, locale));
    }

    @PatchMapping(
            path = "/api/v1/employers/{rfc}/registros/{registro}",
            consumes = "application/json",
            produces = "application/json")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Cambia la zona salarial de un registro patronal",
            description = "Los movimientos que se presenten desde ahora se acotan con el salario mínimo de la nueva"
                    + " zona; los ya aceptados no cambian.")
    EmployerResponse changeWageZone(
            @PathVariable String rfc,
            @PathVariable String registro,
            @RequestBody WageZoneRequest request,
            Authentication caller,
            Locale locale) {
        return EmployerResponse.of(
                employers.changeWageZone(
                        EmployerInput.rfc(rfc),
                        EmployerInput.registro(registro, "registro"),
                        EmployerInput.zone(request.wageZone(), "wageZone"),
                        Actor.api(caller.getName())),
                locale);
    }

    @PatchMapping(path = "/api/v1/employers/{rfc}", consumes = "application/json", produces = "application/json")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Cambia el correo de contacto del patrón",
            description = "Los avisos del instituto al patrón (altas efectivas, plazos) se envían a este correo.")
    EmployerResponse changeContact(
            @PathVariable String rfc, @RequestBody ContactRequest request, Authentication caller, Locale locale) {
        return EmployerResponse.of(
                employers.changeContactEmail(
                        EmployerInput.rfc(rfc),
                        EmployerInput.email(request.contactEmail()),
                        Actor.api(caller.getName())),
                locale);
    }

    private static EmployerRegistro registro(RegistroRequest request, String prefix) {
        if (request == null) {
            throw new EmployerException(
                    EmployerException.Problem.INVALID_REGISTRO, prefix + "registro", "the registro is missing");
        }
        return new EmployerRegistro(
                EmployerInput.registro(request.registro(), prefix + "registro"),
                EmployerInput.zone(request.wageZone(), prefix + "wageZone"));
    }
}
