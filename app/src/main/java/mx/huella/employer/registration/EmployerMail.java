package mx.huella.employer.registration;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import mx.huella.notification.Mail;
import mx.huella.notification.Outbox;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the messages employers receive, Spanish first and English below, to the employer's contact
 * address; an employer without one gets none (its portal pages show the same facts).
 */
@Component
public class EmployerMail {
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final MessageSource messages;

    EmployerMail(JdbcClient jdbc, Outbox outbox, MessageSource messages) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.messages = messages;
    }

    /** Queues the message {@code mail.<key>} to the employer, within the caller's transaction. */
    public void send(UUID employerId, String key, String topic, Object... arguments) {
        contact(employerId)
                .ifPresent(address -> outbox.enqueue(new Mail(
                        address,
                        messages.getMessage("mail." + key + ".subject", arguments, SPANISH),
                        messages.getMessage("mail." + key + ".body", arguments, SPANISH)
                                + "\n\n-- English --\n\n"
                                + messages.getMessage("mail." + key + ".body", arguments, Locale.ENGLISH),
                        topic)));
    }

    private Optional<String> contact(UUID employerId) {
        return jdbc.sql("select contact_email from employer.employer where id = :id")
                .param("id", employerId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(o -> o);
    }
}
