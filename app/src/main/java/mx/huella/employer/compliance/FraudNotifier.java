package mx.huella.employer.compliance;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.employer.registration.EmployerMail;
import mx.huella.enrollment.IdentityFraudConfirmed;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When two analysts confirm that identities belong to one person, every employer that employs one of
 * them (currently, or with an alta waiting for biometrics) is told, in the same transaction as the
 * confirmation, so that no confirmation goes unreported.
 */
@Component
class FraudNotifier {
    private final JdbcClient jdbc;
    private final EmployerMail mail;
    private final PersonService persons;
    private final AuditLog audit;
    private final Clock clock;

    FraudNotifier(JdbcClient jdbc, EmployerMail mail, PersonService persons, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(IdentityFraudConfirmed confirmed) {
        List<Affected> affected = jdbc.sql("""
            select r.employer_id, e.registro, e.person_id from employer.employment e
            join employer.registro_patronal r on r.registro = e.registro
            where e.person_id = any(:persons) and e.state <> 'TERMINATED'
            order by r.employer_id, e.registro
            """)
                .param("persons", confirmed.personIds().toArray(UUID[]::new))
                .query((rs, n) -> new Affected(
                        rs.getObject("employer_id", UUID.class),
                        rs.getString("registro"),
                        rs.getObject("person_id", UUID.class)))
                .list();
        for (Affected one : affected) {
            Person worker = persons.get(one.personId());
            mail.send(
                    one.employerId(),
                    "identityFraud",
                    "IDENTITY_FRAUD",
                    worker.fullName(),
                    worker.nss().map(Object::toString).orElse(worker.curp().value()),
                    one.registro(),
                    confirmed.caseId().toString());
            audit.record(new AuditEntry(
                    clock.instant(),
                    "system",
                    "EMPLOYER_NOTIFIED_IDENTITY_FRAUD",
                    one.employerId().toString(),
                    "case " + confirmed.caseId(),
                    "SYSTEM"));
        }
    }

    private record Affected(UUID employerId, String registro, UUID personId) {}
}
