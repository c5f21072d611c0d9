package mx.huella.enrollment;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mx.huella.audit.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each person stands with biometric enrollment, and how they got there: what other modules read
 * (employers, verification, restrictions, the insured's portal) to know whether someone is enrolled
 * and under which biometric subject. Only the enrollment module changes it; every change is kept in
 * the history and announced as {@link BiometricStatusChanged}.
 */
@Service
public class BiometricStatusLedger {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BiometricStatusLedger(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** One change of status. */
    public record StatusChange(BiometricStatus status, java.time.Instant at, String reason, String actor) {}

    /** The person's biometric status, PENDING when nothing was ever recorded. */
    @Transactional(readOnly = true)
    public BiometricStatus status(UUID personId) {
        return jdbc.sql("select status from enrollment.biometric_status where person_id = :person")
                .param("person", personId)
                .query(String.class)
                .optional()
                .map(BiometricStatus::valueOf)
                .orElse(BiometricStatus.PENDING);
    }

    /** The biometric status of each of these persons, in one query; absent ones are PENDING. */
    @Transactional(readOnly = true)
    public Map<UUID, BiometricStatus> statuses(java.util.Collection<UUID> personIds) {
        Map<UUID, BiometricStatus> statuses = new java.util.HashMap<>();
        if (personIds.isEmpty()) {
            return statuses;
        }
        jdbc.sql("select person_id, status from enrollment.biometric_status where person_id = any(:persons)")
                .param("persons", personIds.toArray(UUID[]::new))
                .query((rs, n) -> statuses.put(rs.getObject(1, UUID.class), BiometricStatus.valueOf(rs.getString(2))))
                .list();
        personIds.forEach(id -> statuses.putIfAbsent(id, BiometricStatus.PENDING));
        return statuses;
    }

    /** The biometric subject of a person who is ENROLLED now; empty for anyone else. */
    @Transactional(readOnly = true)
    public Optional<UUID> enrolledSubject(UUID personId) {
        return jdbc.sql("""
            select subject_id from enrollment.biometric_status where person_id = :person and status = 'ENROLLED'
            """).param("person", personId).query(UUID.class).optional();
    }

    /** The person a gallery reference belongs to. */
    @Transactional(readOnly = true)
    public Optional<UUID> personOfSubject(UUID subject) {
        return jdbc.sql("select person_id from enrollment.biometric_status where subject_id = :subject")
                .param("subject", subject)
                .query(UUID.class)
                .optional();
    }

    /** The person's status changes, oldest first. */
    @Transactional(readOnly = true)
    public List<StatusChange> history(UUID personId) {
        return jdbc.sql("""
            select status, changed_at, reason, actor from enrollment.status_history where person_id = :person order by id
            """)
                .param("person", personId)
                .query((rs, n) -> new StatusChange(
                        BiometricStatus.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    /** The confirmed identity-fraud cases that flagged the person, oldest first. */
    @Transactional(readOnly = true)
    public List<UUID> identityFraudCases(UUID personId) {
        return jdbc.sql("select case_id from enrollment.identity_flag where person_id = :person order by flagged_at")
                .param("person", personId)
                .query(UUID.class)
                .list();
    }

    /** The person's biometric subject, whatever the status; the person has one once a session opened. */
    UUID subject(UUID personId) {
        return jdbc.sql("select subject_id from enrollment.biometric_status where person_id = :person")
                .param("person", personId)
                .query(UUID.class)
                .single();
    }

    /** The biometric subjects of these persons, as gallery references. */
    List<String> subjectsOf(Set<UUID> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select subject_id from enrollment.biometric_status where person_id = any(:persons)")
                .param("persons", persons.toArray(UUID[]::new))
                .query((rs, n) -> rs.getObject(1, UUID.class).toString())
                .list();
    }

    /** Gives a person seen for the first time a biometric subject, PENDING. */
    void ensureStatus(UUID personId, Actor actor) {
        int created = jdbc.sql("""
            insert into enrollment.biometric_status (person_id, subject_id, status, changed_at)
            values (:person, :subject, 'PENDING', :at) on conflict (person_id) do nothing
            """)
                .param("person", personId)
                .param("subject", UUID.randomUUID())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        if (created == 1) {
            history(personId, BiometricStatus.PENDING, "ENROLLMENT_OPENED", actor);
        }
    }

    /** Marks a person whose identity was judged fraudulent. */
    @Transactional
    void reject(UUID personId, String reason, Actor analyst) {
        changeStatus(personId, BiometricStatus.REJECTED, reason, analyst);
    }

    void changeStatus(UUID personId, BiometricStatus status, String reason, Actor actor) {
        jdbc.sql("update enrollment.biometric_status set status = :status, changed_at = :at where person_id = :person")
                .param("status", status.name())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("person", personId)
                .update();
        history(personId, status, reason, actor);
        events.publishEvent(new BiometricStatusChanged(personId, status));
    }

    /** One line of the person's history; alone (a case reopened on review) it leaves the status as it is. */
    void history(UUID personId, BiometricStatus status, String reason, Actor actor) {
        jdbc.sql("""
            insert into enrollment.status_history (person_id, status, changed_at, reason, actor)
            values (:person, :status, :at, :reason, :actor)
            """)
                .param("person", personId)
                .param("status", status.name())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("reason", reason)
                .param("actor", actor.name())
                .update();
    }
}
