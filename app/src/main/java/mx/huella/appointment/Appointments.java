package mx.huella.appointment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.restriction.Restriction;
import mx.huella.restriction.Restrictions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clinics, their free slots, and the appointments of each person. Clinics keep local time
 * ({@link #ZONE}); consultations are on working days, from the day after today up to
 * {@link #HORIZON_DAYS} days ahead. A person holds at most one upcoming appointment.
 */
@Service
public class Appointments {
    public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    public static final int HORIZON_DAYS = 14;
    private static final String CLINIC_COLUMNS =
            "c.code, c.name, c.address, c.opens_at, c.closes_at, c.slot_minutes, c.rooms";
    private final JdbcClient jdbc;
    private final Restrictions restrictions;
    private final AuditLog audit;
    private final Clock clock;

    Appointments(JdbcClient jdbc, Restrictions restrictions, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.restrictions = restrictions;
        this.audit = audit;
        this.clock = clock;
    }

    /** One consultation time at a clinic and how many rooms are still free then. */
    public record Slot(LocalDateTime start, int free) {}

    @Transactional(readOnly = true)
    public List<Clinic> clinics() {
        return jdbc.sql("select " + CLINIC_COLUMNS + " from appointment.clinic c order by c.code")
                .query((rs, n) -> clinic(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Clinic> clinic(String code) {
        return jdbc.sql("select " + CLINIC_COLUMNS + " from appointment.clinic c where c.code = :code")
                .param("code", code)
                .query((rs, n) -> clinic(rs))
                .optional();
    }

    /** The clinic the person is assigned to (adscripción), if any yet. */
    @Transactional(readOnly = true)
    public Optional<Clinic> clinicOf(UUID personId) {
        return jdbc.sql("select " + CLINIC_COLUMNS
                        + " from appointment.assignment a join appointment.clinic c on c.code = a.clinic_code"
                        + " where a.person_id = :person")
                .param("person", personId)
                .query((rs, n) -> clinic(rs))
                .optional();
    }

    /** Assigns (or reassigns) the person's clinic. */
    @Transactional
    public Clinic assign(UUID personId, String clinicCode, Actor actor) {
        Clinic clinic = clinic(clinicCode)
                .orElseThrow(() -> new AppointmentException(
                        AppointmentException.Problem.UNKNOWN_CLINIC, "no clinic " + clinicCode));
        jdbc.sql("""
            insert into appointment.assignment (person_id, clinic_code, assigned_at, assigned_by)
            values (:person, :clinic, :at, :by)
            on conflict (person_id) do update set clinic_code = excluded.clinic_code,
              assigned_at = excluded.assigned_at, assigned_by = excluded.assigned_by
            """)
                .param("person", personId)
                .param("clinic", clinic.code())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.name())
                .update();
        audit.record(new AuditEntry(
                clock.instant(), actor.name(), "CLINIC_ASSIGNED", personId.toString(), clinic.code(), actor.channel()));
        return clinic;
    }

    /** The days a consultation can be booked on now. */
    public List<LocalDate> bookableDays() {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = today.plusDays(1); !day.isAfter(today.plusDays(HORIZON_DAYS)); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** The slots of a clinic on a day, with their free rooms; none on a day that cannot be booked. */
    @Transactional(readOnly = true)
    public List<Slot> slots(String clinicCode, LocalDate day) {
        Clinic clinic = clinic(clinicCode)
                .orElseThrow(() -> new AppointmentException(
                        AppointmentException.Problem.UNKNOWN_CLINIC, "no clinic " + clinicCode));
        if (!bookableDays().contains(day)) {
            return List.of();
        }
        Map<Instant, Integer> booked = new HashMap<>();
        jdbc.sql("""
            select starts_at, count(*) from appointment.appointment
            where clinic_code = :clinic and state = 'BOOKED' and starts_at >= :from and starts_at < :to
            group by starts_at
            """)
                .param("clinic", clinic.code())
                .param("from", Timestamp.from(day.atStartOfDay(ZONE).toInstant()))
                .param("to", Timestamp.from(day.plusDays(1).atStartOfDay(ZONE).toInstant()))
                .query(rs -> {
                    booked.put(rs.getTimestamp(1).toInstant(), rs.getInt(2));
                });
        List<Slot> slots = new ArrayList<>();
        int opens = clinic.opensAt().toSecondOfDay() / 60;
        int closes = clinic.closesAt().toSecondOfDay() / 60;
        for (int minute = opens; minute + clinic.slotMinutes() <= closes; minute += clinic.slotMinutes()) {
            LocalDateTime start = day.atTime(LocalTime.of(minute / 60, minute % 60));
            int taken = booked.getOrDefault(start.atZone(ZONE).toInstant(), 0);
            slots.add(new Slot(start, Math.max(0, clinic.rooms() - taken)));
        }
        return slots;
    }

    /**
     * Books a consultation at the person's clinic (assigning it when the person has none yet).
     *
     * @throws AppointmentException RESTRICTED for a restricted or suspended person, before anything else;
     *     NOT_YOUR_CLINIC, NOT_A_SLOT, SLOT_FULL, ALREADY_BOOKED (an upcoming appointment exists)
     */
    @Transactional
    public Appointment book(UUID personId, String clinicCode, LocalDateTime start, Actor actor) {
        Restriction restriction = restrictions.of(personId);
        if (restriction.blocksProcedures()) {
            audit.record(new AuditEntry(
                    clock.instant(),
                    actor.name(),
                    "APPOINTMENT_REFUSED",
                    personId.toString(),
                    restriction.state().name(),
                    actor.channel()));
            throw new AppointmentException(
                    AppointmentException.Problem.RESTRICTED, "restricted for want of biometrics", restriction);
        }
        // One booking of a person at a time: the "one upcoming appointment" rule holds under races.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:p, 1))")
                .param("p", personId.toString())
                .query(Object.class)
                .optional();
        Clinic clinic = clinicOf(personId).orElseGet(() -> assign(personId, clinicCode, actor));
        if (!clinic.code().equals(clinicCode)) {
            throw new AppointmentException(
                    AppointmentException.Problem.NOT_YOUR_CLINIC, "the person is assigned to " + clinic.code());
        }
        if (slots(clinic.code(), start.toLocalDate()).stream()
                .noneMatch(slot -> slot.start().equals(start))) {
            throw new AppointmentException(
                    AppointmentException.Problem.NOT_A_SLOT, "not a consultation time of " + clinic.code());
        }
        Instant now = clock.instant();
        if (upcoming(personId).isPresent()) {
            throw new AppointmentException(
                    AppointmentException.Problem.ALREADY_BOOKED, "the person already has an upcoming appointment");
        }
        Instant startsAt = start.atZone(ZONE).toInstant();
        for (int room = 1; room <= clinic.rooms(); room++) {
            UUID id = UUID.randomUUID();
            // A room taken meanwhile by someone else is skipped, not an error that would end the transaction.
            int inserted = jdbc.sql("""
                    insert into appointment.appointment
                      (id, person_id, clinic_code, starts_at, room, state, booked_at, booked_by, channel)
                    values (:id, :person, :clinic, :starts, :room, 'BOOKED', :now, :by, :channel)
                    on conflict do nothing
                    """)
                    .param("id", id)
                    .param("person", personId)
                    .param("clinic", clinic.code())
                    .param("starts", Timestamp.from(startsAt))
                    .param("room", room)
                    .param("now", Timestamp.from(now))
                    .param("by", actor.name())
                    .param("channel", actor.channel())
                    .update();
            if (inserted == 1) {
                audit.record(new AuditEntry(
                        now,
                        actor.name(),
                        "APPOINTMENT_BOOKED",
                        id.toString(),
                        clinic.code() + " " + start,
                        actor.channel()));
                return find(id).orElseThrow();
            }
        }
        throw new AppointmentException(AppointmentException.Problem.SLOT_FULL, "every room is taken at " + start);
    }

    /** Cancels one of the person's own upcoming appointments, freeing its room. */
    @Transactional
    public void cancel(UUID personId, UUID appointmentId, Actor actor) {
        int cancelled = jdbc.sql("""
            update appointment.appointment set state = 'CANCELLED', cancelled_at = :now
            where id = :id and person_id = :person and state = 'BOOKED' and starts_at > :now
            """)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", appointmentId)
                .param("person", personId)
                .update();
        if (cancelled == 0) {
            throw new AppointmentException(
                    AppointmentException.Problem.NOT_FOUND, "no upcoming appointment " + appointmentId);
        }
        audit.record(new AuditEntry(
                clock.instant(),
                actor.name(),
                "APPOINTMENT_CANCELLED",
                appointmentId.toString(),
                "SUCCESS",
                actor.channel()));
    }

    /** The person's appointments, latest first. */
    @Transactional(readOnly = true)
    public List<Appointment> of(UUID personId) {
        return jdbc.sql(select() + " where a.person_id = :person order by a.starts_at desc")
                .param("person", personId)
                .query((rs, n) -> appointment(rs))
                .list();
    }

    /** The person's booked appointment still to come, if any. */
    @Transactional(readOnly = true)
    public Optional<Appointment> upcoming(UUID personId) {
        return jdbc.sql(select() + " where a.person_id = :person and a.state = 'BOOKED' and a.starts_at > :now")
                .param("person", personId)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> appointment(rs))
                .optional();
    }

    private Optional<Appointment> find(UUID id) {
        return jdbc.sql(select() + " where a.id = :id")
                .param("id", id)
                .query((rs, n) -> appointment(rs))
                .optional();
    }

    private static String select() {
        return "select a.id, a.person_id, a.starts_at, a.room, a.state, a.booked_at, " + CLINIC_COLUMNS
                + " from appointment.appointment a join appointment.clinic c on c.code = a.clinic_code";
    }

    private static Appointment appointment(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Appointment(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                clinic(rs),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getInt("room"),
                Appointment.State.valueOf(rs.getString("state")),
                rs.getTimestamp("booked_at").toInstant());
    }

    private static Clinic clinic(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Clinic(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("address"),
                rs.getObject("opens_at", LocalTime.class),
                rs.getObject("closes_at", LocalTime.class),
                rs.getInt("slot_minutes"),
                rs.getInt("rooms"));
    }

    private static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
