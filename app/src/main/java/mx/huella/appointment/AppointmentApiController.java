package mx.huella.appointment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.registry.PersonService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appointments over {@code /api/v1}, for clinic reception staff booking on a patient's behalf: the
 * same rules as the patient's own page (restricted persons refused, one upcoming appointment, a time
 * never over its rooms). Refusals are problem+json ({@link mx.huella.web.Refusal}).
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR')")
@Tag(name = "Citas médicas", description = "Clínicas, horarios libres y citas de una persona")
class AppointmentApiController {
    private final Appointments appointments;
    private final PersonService persons;

    AppointmentApiController(Appointments appointments, PersonService persons) {
        this.appointments = appointments;
        this.persons = persons;
    }

    /** What a booking asks for: the clinic and the local start time (America/Mexico_City). */
    record BookingRequest(String clinic, LocalDateTime start) {}

    @GetMapping("/api/v1/clinics")
    @Operation(summary = "Las Unidades de Medicina Familiar y cómo atienden")
    List<Clinic> clinics() {
        return appointments.clinics();
    }

    @GetMapping("/api/v1/clinics/{code}/slots")
    @Operation(summary = "Los horarios de un día y cuántos consultorios quedan libres en cada uno")
    List<Appointments.Slot> slots(@PathVariable String code, @RequestParam LocalDate date) {
        return appointments.slots(code, date);
    }

    @GetMapping("/api/v1/persons/{person}/appointments")
    @Operation(summary = "Las citas de una persona, la más reciente primero")
    List<Appointment> of(@PathVariable UUID person) {
        known(person);
        return appointments.of(person);
    }

    @PostMapping("/api/v1/persons/{person}/appointments")
    @Operation(
            summary = "Agenda una cita",
            description = "Rechazada (409 RESTRICTED, con el estado y las fechas de la restricción) si la persona está"
                    + " restringida o suspendida por falta de biometría.")
    ResponseEntity<Appointment> book(
            @PathVariable UUID person, @RequestBody BookingRequest booking, Authentication caller) {
        known(person);
        if (booking == null || booking.clinic() == null || booking.start() == null) {
            throw new AppointmentException(AppointmentException.Problem.NOT_A_SLOT, "clinic and start are required");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(appointments.book(person, booking.clinic(), booking.start(), Actor.api(caller.getName())));
    }

    @DeleteMapping("/api/v1/persons/{person}/appointments/{appointment}")
    @Operation(summary = "Cancela una cita por venir")
    ResponseEntity<Void> cancel(@PathVariable UUID person, @PathVariable UUID appointment, Authentication caller) {
        appointments.cancel(person, appointment, Actor.api(caller.getName()));
        return ResponseEntity.noContent().build();
    }

    private void known(UUID person) {
        if (persons.find(person).isEmpty()) {
            throw new AppointmentException(AppointmentException.Problem.NOT_FOUND, "no person " + person);
        }
    }
}
