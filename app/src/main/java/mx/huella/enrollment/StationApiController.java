package mx.huella.enrollment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.device.Device;
import mx.huella.enrollment.EnrollmentException.Problem;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The capture-station channel. Operators assign a session to a station; the station, authenticated
 * as a device ({@code Authorization: Device <id>:<secret>}), lists its work and sends raw samples.
 */
@RestController
@Tag(name = "Estaciones de captura", description = "Muestras enviadas por estaciones de captura registradas")
class StationApiController {
    private final CaptureStations stations;

    StationApiController(CaptureStations stations) {
        this.stations = stations;
    }

    record StationRequest(UUID stationId) {}

    @Refusals({Problem.SESSION_NOT_FOUND, Problem.SESSION_CLOSED, Problem.NOT_A_CAPTURE_STATION})
    @PutMapping(path = "/api/v1/enrollments/{id}/station", consumes = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR')")
    @Operation(summary = "Asigna la sesión a una estación de captura registrada (stationId nulo la libera)")
    ResponseEntity<Void> assign(@PathVariable UUID id, @RequestBody StationRequest request, Principal principal) {
        stations.assign(id, request.stationId(), Actor.api(principal.getName()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/api/v1/station/sessions", produces = "application/json")
    @Operation(summary = "Sesiones abiertas asignadas a esta estación y lo que falta capturar")
    List<CaptureStations.Assignment> work(Authentication station) {
        return stations.work(device(station));
    }

    @Refusals({
        Problem.SESSION_NOT_FOUND,
        Problem.SESSION_CLOSED,
        Problem.NOT_A_FINGER,
        Problem.CONSENT_REQUIRED,
        Problem.ATTEMPTS_EXHAUSTED,
        Problem.UNREADABLE_SAMPLE
    })
    @PutMapping(path = "/api/v1/station/sessions/{id}/fingers/{position}", produces = "application/json")
    @Operation(summary = "La estación envía un dedo (PNG, JPEG, WSQ o ANSI/NIST) a una sesión asignada")
    CaptureSessions.CaptureFeedback finger(
            @PathVariable UUID id, @PathVariable int position, InputStream body, Authentication station)
            throws IOException {
        return stations.finger(
                device(station), id, EnrollmentApiController.finger(position), EnrollmentApiController.read(body));
    }

    @Refusals({
        Problem.SESSION_NOT_FOUND,
        Problem.SESSION_CLOSED,
        Problem.CONSENT_REQUIRED,
        Problem.ATTEMPTS_EXHAUSTED,
        Problem.UNREADABLE_SAMPLE
    })
    @PutMapping(path = "/api/v1/station/sessions/{id}/face", produces = "application/json")
    @Operation(summary = "La estación envía la foto del rostro (PNG o JPEG) a una sesión asignada")
    CaptureSessions.CaptureFeedback face(@PathVariable UUID id, InputStream body, Authentication station)
            throws IOException {
        return stations.face(device(station), id, EnrollmentApiController.read(body));
    }

    private static Device device(Authentication authentication) {
        return (Device) authentication.getPrincipal();
    }
}
