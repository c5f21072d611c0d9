package mx.huella.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Accepts mail for delivery as part of the caller's transaction, and lists what was sent. */
@Service
public class Outbox {
    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues the message; it leaves only if the caller's transaction commits. */
    @Transactional(propagation = Propagation.REQUIRED)
    public UUID enqueue(Mail mail) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
            insert into notification.outbox (id, recipient, subject, body, topic, created_at, next_attempt_at)
            values (:id, :to, :subject, :body, :topic, :now, :now)
            """)
                .param("id", id)
                .param("to", mail.recipient())
                .param("subject", mail.subject())
                .param("body", mail.body())
                .param("topic", mail.topic())
                .param("now", now)
                .update();
        return id;
    }

    /** A message as the mailbox page and the tests see it. */
    public record Message(
            UUID id,
            String recipient,
            String subject,
            String body,
            String topic,
            Instant createdAt,
            Instant sentAt,
            String deliveredBy,
            int attempts,
            boolean failed) {}

    /** The newest messages, optionally only those to one address. */
    @Transactional(readOnly = true)
    public List<Message> recent(String recipient, int limit) {
        return jdbc.sql("""
            select id, recipient, subject, body, topic, created_at, sent_at, delivered_by, attempts, failed_at
            from notification.outbox where (cast(:to as text) is null or recipient = :to)
            order by created_at desc, id limit :limit
            """)
                .param("to", recipient)
                .param("limit", limit)
                .query((rs, n) -> new Message(
                        rs.getObject("id", UUID.class),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("topic"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null
                                ? null
                                : rs.getTimestamp("sent_at").toInstant(),
                        rs.getString("delivered_by"),
                        rs.getInt("attempts"),
                        rs.getTimestamp("failed_at") != null))
                .list();
    }
}
