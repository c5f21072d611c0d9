package mx.huella.appointment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import mx.huella.notification.Mail;
import mx.huella.notification.Outbox;
import mx.huella.registry.PersonService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds patients by e-mail (through the outbox) of an appointment in the next {@link #AHEAD}: once per
 * appointment whatever the number of nodes, since the row is marked in the same transaction that queues
 * the mail and concurrent runs skip rows another has locked. Persons without an address are marked too.
 */
@Component
class AppointmentReminders {
    static final Duration AHEAD = Duration.ofHours(24);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'a las' HH:mm", Locale.forLanguageTag("es-MX"));
    private final JdbcClient jdbc;
    private final PersonService persons;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AppointmentReminders(
            JdbcClient jdbc, PersonService persons, Outbox outbox, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huella.appointment.reminder-interval:15m}", initialDelayString = "90s")
    void tick() {
        send();
    }

    private record Due(UUID id, UUID personId, Instant startsAt, String clinic, String address, int room) {}

    /** Queues the reminders due now; returns how many appointments were reminded. */
    int send() {
        Integer sent = transactions.execute(status -> {
            Instant now = clock.instant();
            List<Due> due = jdbc.sql("""
                select a.id, a.person_id, a.starts_at, c.name, c.address, a.room
                from appointment.appointment a join appointment.clinic c on c.code = a.clinic_code
                where a.state = 'BOOKED' and a.reminded_at is null and a.starts_at > :now and a.starts_at <= :until
                order by a.starts_at limit 500
                for update of a skip locked
                """)
                    .param("now", Timestamp.from(now))
                    .param("until", Timestamp.from(now.plus(AHEAD)))
                    .query((rs, n) -> new Due(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getTimestamp(3).toInstant(),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getInt(6)))
                    .list();
            var people = persons.byIds(due.stream().map(Due::personId).toList());
            for (Due one : due) {
                var person = people.get(one.personId());
                if (person != null) {
                    person.email().filter(Mail::isAddress).ifPresent(address -> outbox.enqueue(mail(address, one)));
                }
                jdbc.sql("update appointment.appointment set reminded_at = :now where id = :id")
                        .param("now", Timestamp.from(now))
                        .param("id", one.id())
                        .update();
            }
            return due.size();
        });
        return sent == null ? 0 : sent;
    }

    private static Mail mail(String address, Due due) {
        String when = WHEN.format(LocalDateTime.ofInstant(due.startsAt(), Appointments.ZONE));
        return new Mail(
                address,
                "Recordatorio de su cita médica",
                "Le recordamos su cita de medicina familiar el " + when + " en la " + due.clinic() + " ("
                        + due.address() + "), consultorio " + due.room()
                        + ". Preséntese 15 minutos antes con una identificación. Si no puede asistir, cancele la cita"
                        + " en su portal para que otra persona use el horario.\n\n-- English --\n\nA reminder of your"
                        + " family-medicine appointment on "
                        + LocalDateTime.ofInstant(due.startsAt(), Appointments.ZONE)
                        + " at " + due.clinic() + ", room " + due.room() + ". If you cannot come, cancel it in your"
                        + " portal.",
                "APPOINTMENT_REMINDER");
    }
}
