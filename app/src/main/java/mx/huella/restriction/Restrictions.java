package mx.huella.restriction;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.enrollment.BiometricStatus;
import mx.huella.enrollment.BiometricStatusChanged;
import mx.huella.enrollment.BiometricStatusLedger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Obligations to enroll and the restrictions that follow. {@link #advance()} moves every overdue
 * obligation (DUE to RESTRICTED on the day after the deadline, RESTRICTED to SUSPENDED
 * {@link #COUNTDOWN_DAYS} days later) as of the injected clock; enrollment lifts it in the
 * enrollment's own transaction.
 */
@Service
public class Restrictions {
    public static final int COUNTDOWN_DAYS = 30;
    static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    private final JdbcClient jdbc;
    private final BiometricStatusLedger enrollments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Restrictions(
            JdbcClient jdbc,
            BiometricStatusLedger enrollments,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.enrollments = enrollments;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Requires the person to enroll by the deadline, unless already enrolled; an earlier deadline
     * already set stays.
     */
    @Transactional
    public void require(UUID personId, LocalDate deadline, String source) {
        if (enrollments.status(personId) == BiometricStatus.ENROLLED) {
            return;
        }
        int created = jdbc.sql("""
            insert into restriction.obligation (person_id, deadline, source, state, changed_at)
            values (:p, :deadline, :source, 'DUE', :now)
            on conflict (person_id) do update set deadline = least(restriction.obligation.deadline, excluded.deadline),
              state = case when restriction.obligation.state = 'LIFTED' then 'DUE' else restriction.obligation.state end,
              changed_at = excluded.changed_at
            """)
                .param("p", personId)
                .param("deadline", deadline)
                .param("source", source)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (created > 0) {
            history(personId, "DUE", "deadline " + deadline + " (" + source + ")");
        }
    }

    /**
     * Withdraws the obligation when what created it is gone (the only alta waiting for biometrics was
     * terminated): the person is no longer required to enroll, nor restricted for not having done so.
     */
    @Transactional
    public void withdraw(UUID personId, String reason) {
        int withdrawn = jdbc.sql("""
            update restriction.obligation set state = 'LIFTED', changed_at = :now where person_id = :p and state <> 'LIFTED'
            """)
                .param("now", Timestamp.from(clock.instant()))
                .param("p", personId)
                .update();
        if (withdrawn > 0) {
            changed(personId, RestrictionState.NONE, reason);
        }
    }

    @Transactional(readOnly = true)
    public Restriction of(UUID personId) {
        LocalDate today = today();
        return jdbc.sql("""
            select state, deadline, restricted_on from restriction.obligation where person_id = :p and state <> 'LIFTED'
            """)
                .param("p", personId)
                .query((rs, n) -> {
                    RestrictionState state = RestrictionState.valueOf(rs.getString("state"));
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    LocalDate restricted = rs.getObject("restricted_on", LocalDate.class);
                    Optional<LocalDate> suspension =
                            restricted == null ? Optional.empty() : Optional.of(restricted.plusDays(COUNTDOWN_DAYS));
                    long daysLeft = switch (state) {
                        case DUE -> ChronoUnit.DAYS.between(today, deadline);
                        case RESTRICTED -> Math.max(0, ChronoUnit.DAYS.between(today, suspension.orElse(today)));
                        default -> 0;
                    };
                    return new Restriction(state, Optional.of(deadline), suspension, daysLeft);
                })
                .optional()
                .orElse(Restriction.NONE);
    }

    /** Moves every overdue obligation as of today (the injected clock); returns how many changed. */
    @Transactional
    public int advance() {
        LocalDate today = today();
        List<UUID> restricted = jdbc.sql("""
            update restriction.obligation set state = 'RESTRICTED', restricted_on = deadline + 1, changed_at = :now
            where state = 'DUE' and deadline < :today returning person_id
            """)
                .param("now", Timestamp.from(clock.instant()))
                .param("today", today)
                .query(UUID.class)
                .list();
        List<UUID> suspended = jdbc.sql("""
            update restriction.obligation set state = 'SUSPENDED', suspended_on = restricted_on + :days, changed_at = :now
            where state = 'RESTRICTED' and restricted_on + :days <= :today returning person_id
            """)
                .param("days", COUNTDOWN_DAYS)
                .param("now", Timestamp.from(clock.instant()))
                .param("today", today)
                .query(UUID.class)
                .list();
        restricted.forEach(p -> changed(p, RestrictionState.RESTRICTED, "deadline passed"));
        suspended.forEach(p -> changed(p, RestrictionState.SUSPENDED, COUNTDOWN_DAYS + " days restricted"));
        return restricted.size() + suspended.size();
    }

    @EventListener
    void on(BiometricStatusChanged change) {
        if (change.status() != BiometricStatus.ENROLLED) {
            return;
        }
        int lifted = jdbc.sql("""
            update restriction.obligation set state = 'LIFTED', changed_at = :now where person_id = :p and state <> 'LIFTED'
            """)
                .param("now", Timestamp.from(clock.instant()))
                .param("p", change.personId())
                .update();
        if (lifted > 0) {
            changed(change.personId(), RestrictionState.NONE, "enrolled");
        }
    }

    /** Persons restricted or suspended among these, for an employer's list. */
    @Transactional(readOnly = true)
    public List<UUID> blocked(java.util.Collection<UUID> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
            select person_id from restriction.obligation where person_id = any(:ps) and state in ('RESTRICTED', 'SUSPENDED')
            """)
                .param("ps", persons.toArray(UUID[]::new))
                .query(UUID.class)
                .list();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private void changed(UUID personId, RestrictionState state, String reason) {
        history(personId, state.name(), reason);
        audit.record(new AuditEntry(
                clock.instant(), "system", "RESTRICTION_" + state.name(), personId.toString(), reason, "SYSTEM"));
        events.publishEvent(new RestrictionChanged(personId, state));
    }

    private void history(UUID personId, String state, String reason) {
        jdbc.sql("""
            insert into restriction.history (person_id, state, changed_at, reason) values (:p, :state, :now, :reason)
            """)
                .param("p", personId)
                .param("state", state)
                .param("now", Timestamp.from(clock.instant()))
                .param("reason", reason)
                .update();
    }
}
