package mx.huella.employer.movement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.employer.registration.EmployerMail;
import mx.huella.enrollment.BiometricStatus;
import mx.huella.enrollment.BiometricStatusChanged;
import mx.huella.registry.PersonService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Follows biometric status changes inside the enrollment's own transaction: the altas held for a
 * worker take effect in the same commit that enrolls the worker (never one without the other), and a
 * suspected duplicate is counted for the duplicate-rate report.
 */
@Component
class BiometricGate {
    private final JdbcClient jdbc;
    private final EmployerMail mail;
    private final PersonService persons;
    private final AuditLog audit;
    private final Clock clock;

    BiometricGate(JdbcClient jdbc, EmployerMail mail, PersonService persons, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(BiometricStatusChanged change) {
        if (change.status() == BiometricStatus.ENROLLED) {
            activatePendingAltas(change.personId());
        } else if (change.status() == BiometricStatus.UNDER_REVIEW) {
            countDuplicateHit(change.personId());
        }
    }

    private void activatePendingAltas(UUID personId) {
        Instant now = clock.instant();
        // An existing worker given a deadline by the enrollment schedule has met it.
        jdbc.sql(
                        "update employer.employment set biometric_deadline = null where person_id = :person and state = 'ACTIVE'")
                .param("person", personId)
                .update();
        List<Activated> activated = jdbc.sql("""
            update employer.employment e set state = 'ACTIVE', biometric_deadline = null
            from employer.registro_patronal r
            where e.person_id = :person and e.state = 'PENDING_BIOMETRICS' and r.registro = e.registro
            returning e.id, e.registro, r.employer_id
            """)
                .param("person", personId)
                .query((rs, n) -> new Activated(
                        rs.getObject("id", UUID.class),
                        rs.getString("registro"),
                        rs.getObject("employer_id", UUID.class)))
                .list();
        if (activated.isEmpty()) {
            return;
        }
        String name = persons.get(personId).fullName();
        for (Activated employment : activated) {
            List<String> folios = jdbc.sql("""
                update employer.movement set state = 'EFFECTIVE', effective_at = :now
                where employment_id = :id and state = 'PENDING_BIOMETRICS' returning folio
                """)
                    .param("now", Timestamp.from(now))
                    .param("id", employment.id())
                    .query(String.class)
                    .list();
            for (String folio : folios) {
                audit.record(new AuditEntry(now, "system", "ALTA_EFFECTIVE", folio, "SUCCESS", "SYSTEM"));
                mail.send(
                        employment.employerId(), "altaEffective", "ALTA_EFFECTIVE", name, employment.registro(), folio);
            }
        }
    }

    private void countDuplicateHit(UUID personId) {
        jdbc.sql("""
            insert into employer.duplicate_hit (person_id, first_at, hits) values (:person, :now, 1)
            on conflict (person_id) do update set hits = employer.duplicate_hit.hits + 1
            """)
                .param("person", personId)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private record Activated(UUID id, String registro, UUID employerId) {}
}
