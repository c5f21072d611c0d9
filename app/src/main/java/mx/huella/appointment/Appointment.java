package mx.huella.appointment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/** A booked or cancelled consultation. */
public record Appointment(
        UUID id, UUID personId, Clinic clinic, Instant startsAt, int room, State state, Instant bookedAt) {
    /** When it starts, in the clinic's local time. */
    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(startsAt, Appointments.ZONE);
    }

    public enum State {
        BOOKED,
        CANCELLED
    }
}
