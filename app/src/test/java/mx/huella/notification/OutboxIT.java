package mx.huella.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import mx.huella.PortalSession;
import mx.huella.RunningPortal;
import mx.huella.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class OutboxIT extends RunningPortal {
    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Test
    void aMessageQueuedInARolledBackTransactionIsNeverSent() {
        String to = "rollback-" + UUID.randomUUID() + "@example.org";

        transactions.executeWithoutResult(status -> {
            outbox.enqueue(new Mail(to, "Asunto", "Cuerpo", "TEST"));
            status.setRollbackOnly();
        });

        assertThat(outbox.recent(to, 10)).isEmpty();
    }

    @Test
    void theDevelopmentMailboxDeliversQueuedMessagesOnceAndShowsThemToAnAdministrator() {
        String to = "dev-" + UUID.randomUUID() + "@example.org";
        outbox.enqueue(new Mail(to, "Alta efectiva", "El alta <b>ya</b> es efectiva.", "TEST"));
        OutboxDispatcher dispatcher = new OutboxDispatcher(jdbc, transactions, new DevelopmentMailbox(), clock);

        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        Outbox.Message sent = outbox.recent(to, 10).getFirst();
        PortalSession admin = new PortalSession(baseUrl());
        admin.signIn("mail.admin", accountWith("mail.admin", Role.ADMIN));
        PortalSession operator = new PortalSession(baseUrl());
        operator.signIn("mail.operator", accountWith("mail.operator", Role.OPERATOR));

        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.deliveredBy()).isEqualTo(DevelopmentMailbox.NAME);
        String page = admin.get("/dev/mailbox?to=" + PortalSession.encode(to)).body();
        assertThat(page).contains("Alta efectiva", "El alta &lt;b&gt;ya&lt;/b&gt; es efectiva.");
        assertThat(operator.get("/dev/mailbox").statusCode()).isEqualTo(403);
    }

    @Test
    void aFailedDeliveryIsRetriedLaterAndGivenUpAfterTheLastAttempt() {
        String to = "fails-" + UUID.randomUUID() + "@example.org";
        UUID id = outbox.enqueue(new Mail(to, "Asunto", "Cuerpo", "TEST"));
        MailDelivery broken = new MailDelivery() {
            @Override
            public void deliver(Mail mail) throws Exception {
                throw new java.net.ConnectException("smtp down");
            }

            @Override
            public String name() {
                return "broken";
            }
        };
        OutboxDispatcher dispatcher = new OutboxDispatcher(jdbc, transactions, broken, clock);

        dispatcher.dispatchDue();
        Outbox.Message once = outbox.recent(to, 1).getFirst();
        for (int attempt = 2; attempt <= OutboxDispatcher.MAX_ATTEMPTS; attempt++) {
            jdbc.sql("update notification.outbox set next_attempt_at = now() - interval '1 second' where id = :id")
                    .param("id", id)
                    .update();
            dispatcher.dispatchDue();
        }
        Outbox.Message last = outbox.recent(to, 1).getFirst();

        assertThat(once.attempts()).isEqualTo(1);
        assertThat(once.sentAt()).isNull();
        assertThat(once.failed()).isFalse();
        assertThat(last.attempts()).isEqualTo(OutboxDispatcher.MAX_ATTEMPTS);
        assertThat(last.failed()).isTrue();
        assertThat(OutboxDispatcher.retryPause(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxDispatcher.retryPause(30)).isEqualTo(Duration.ofHours(6));
    }
}
