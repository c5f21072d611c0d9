package mx.huella.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due messages. Rows are claimed with {@code for update skip locked}, so with several nodes
 * each message is handled by one of them; a failed delivery is retried with a growing pause and
 * given up after {@link #MAX_ATTEMPTS}, keeping the reason (never the body) in the log.
 */
@Component
class OutboxDispatcher {
    static final int MAX_ATTEMPTS = 10;
    private static final int BATCH = 50;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofHours(6);
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MailDelivery delivery;
    private final Clock clock;

    OutboxDispatcher(JdbcClient jdbc, TransactionTemplate transactions, MailDelivery delivery, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huella.mail.dispatch-interval:5s}", initialDelayString = "5s")
    void tick() {
        int delivered;
        do {
            delivered = dispatchDue();
        } while (delivered == BATCH);
    }

    /** Delivers one batch of due messages; returns how many were handled. */
    int dispatchDue() {
        Integer handled = transactions.execute(status -> {
            Instant now = clock.instant();
            List<Claimed> due = jdbc.sql("""
                select id, recipient, subject, body, topic, attempts from notification.outbox
                where sent_at is null and failed_at is null and next_attempt_at <= :now
                order by next_attempt_at limit :batch for update skip locked
                """)
                    .param("now", Timestamp.from(now))
                    .param("batch", BATCH)
                    .query((rs, n) -> new Claimed(
                            rs.getObject("id", UUID.class),
                            new Mail(
                                    rs.getString("recipient"),
                                    rs.getString("subject"),
                                    rs.getString("body"),
                                    rs.getString("topic")),
                            rs.getInt("attempts")))
                    .list();
            due.forEach(message -> deliver(message, now));
            return due.size();
        });
        return handled == null ? 0 : handled;
    }

    private void deliver(Claimed message, Instant now) {
        int attempts = message.attempts() + 1;
        try {
            delivery.deliver(message.mail());
            jdbc.sql("""
                update notification.outbox set sent_at = :now, attempts = :attempts, delivered_by = :by,
                last_error = null where id = :id
                """)
                    .param("now", Timestamp.from(now))
                    .param("attempts", attempts)
                    .param("by", delivery.name())
                    .param("id", message.id())
                    .update();
        } catch (Exception e) {
            boolean givenUp = attempts >= MAX_ATTEMPTS;
            String reason = e.getClass().getSimpleName();
            log.warn(
                    "Mail {} ({}) not delivered, attempt {}: {}",
                    message.id(),
                    message.mail().topic(),
                    attempts,
                    reason);
            jdbc.sql("""
                update notification.outbox set attempts = :attempts, last_error = :error,
                next_attempt_at = :next, failed_at = :failed where id = :id
                """)
                    .param("attempts", attempts)
                    .param("error", reason)
                    .param("next", Timestamp.from(now.plus(retryPause(attempts))))
                    .param("failed", givenUp ? Timestamp.from(now) : null)
                    .param("id", message.id())
                    .update();
        }
    }

    static Duration retryPause(int attempts) {
        Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return pause.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause;
    }

    private record Claimed(UUID id, Mail mail, int attempts) {}
}
