package mx.huella.employer.compliance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.huella.employer.movement.MovementDates;
import mx.huella.employer.registration.EmployerMail;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells employers, by e-mail through the outbox, of altas (and existing workers given a deadline by the
 * enrollment schedule) whose biometric deadline is a week away,
 * tomorrow, or past: one message per employer per run listing the workers, each reminder recorded so
 * that it is sent once even with several nodes.
 */
@Component
class DeadlineReminders {
    private final JdbcClient jdbc;
    private final PersonService persons;
    private final EmployerMail mail;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeadlineReminders(
            JdbcClient jdbc, PersonService persons, EmployerMail mail, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huella.employer.reminder-interval:1h}", initialDelayString = "1m")
    void tick() {
        send();
    }

    /** Sends what is due now; returns how many reminders went out. */
    int send() {
        Integer sent = transactions.execute(status -> {
            LocalDate today = MovementDates.today(clock);
            int count = 0;
            count += remind("DUE_IN_7_DAYS", "e.biometric_deadline = :date", today.plusDays(7), "deadlineSoon");
            count += remind("DUE_TOMORROW", "e.biometric_deadline = :date", today.plusDays(1), "deadlineTomorrow");
            count += remind("OVERDUE", "e.biometric_deadline < :date", today, "deadlineOverdue");
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private int remind(String kind, String condition, LocalDate date, String message) {
        List<Due> due = jdbc
                .sql("""
            insert into employer.deadline_reminder (employment_id, kind, sent_at)
            select e.id, :kind, :now from employer.employment e
            where e.state <> 'TERMINATED' and e.biometric_deadline is not null and %s
            on conflict do nothing
            returning employment_id
            """.formatted(condition))
                .param("kind", kind)
                .param("now", Timestamp.from(clock.instant()))
                .param("date", date)
                .query(UUID.class)
                .list()
                .stream()
                .map(this::due)
                .toList();
        Map<UUID, Person> workers =
                persons.byIds(due.stream().map(Due::personId).toList());
        Map<UUID, StringBuilder> byEmployer = new LinkedHashMap<>();
        for (Due one : due) {
            Person worker = workers.get(one.personId());
            byEmployer
                    .computeIfAbsent(one.employerId(), k -> new StringBuilder())
                    .append("- ")
                    .append(one.registro())
                    .append(" · ")
                    .append(worker.fullName())
                    .append(" (NSS ")
                    .append(worker.nss().map(Object::toString).orElse("—"))
                    .append(") · ")
                    .append(WHEN.format(one.deadline()))
                    .append('\n');
        }
        byEmployer.forEach((employer, list) -> mail.send(employer, message, "BIOMETRIC_DEADLINE", list.toString()));
        return due.size();
    }

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private record Due(UUID employerId, String registro, UUID personId, LocalDate deadline) {}

    private Due due(UUID employmentId) {
        return jdbc.sql("""
            select r.employer_id, e.registro, e.person_id, e.biometric_deadline from employer.employment e
            join employer.registro_patronal r on r.registro = e.registro where e.id = :id
            """)
                .param("id", employmentId)
                .query((rs, n) -> new Due(
                        rs.getObject("employer_id", UUID.class),
                        rs.getString("registro"),
                        rs.getObject("person_id", UUID.class),
                        rs.getObject("biometric_deadline", LocalDate.class)))
                .single();
    }
}
