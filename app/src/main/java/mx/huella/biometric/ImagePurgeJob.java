package mx.huella.biometric;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Purges raw sample images once their adjudication period is over, once a day. The schedule lives in
 * {@code biometric.scheduled_job}: a restart does not lose it, and with several nodes the one that
 * locks the row runs the job while the others skip it.
 */
@Component
class ImagePurgeJob {
    private static final Logger log = LoggerFactory.getLogger(ImagePurgeJob.class);
    static final String NAME = "image-purge";

    private final JdbcClient jdbc;
    private final SampleVault vault;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration interval;

    ImagePurgeJob(
            JdbcClient jdbc,
            SampleVault vault,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${huella.biometric.image-purge-interval:1d}") Duration interval) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.transactions = transactions;
        this.clock = clock;
        this.interval = interval;
    }

    /** Checks every few minutes whether the job is due; runs it at most on one node. */
    @Scheduled(fixedDelayString = "${huella.biometric.job-check-interval:5m}", initialDelayString = "1m")
    void tick() {
        runIfDue()
                .ifPresent(purged ->
                        log.info("Image purge: {} sample images past their adjudication period removed", purged));
    }

    /** Runs the purge when it is due and no other node holds it; returns how many images went. */
    Optional<Integer> runIfDue() {
        return transactions.execute(status -> {
            Instant now = clock.instant();
            Optional<Instant> next = jdbc.sql("""
                select next_run_at from biometric.scheduled_job where name = :name for update skip locked
                """)
                    .param("name", NAME)
                    .query((rs, n) -> rs.getTimestamp(1).toInstant())
                    .optional();
            if (next.isEmpty() || next.get().isAfter(now)) {
                return Optional.empty();
            }
            int purged = vault.purgeExpiredImages();
            jdbc.sql("""
                update biometric.scheduled_job set next_run_at = :next, last_run_at = :now, last_result = :result
                where name = :name
                """)
                    .param("next", java.sql.Timestamp.from(now.plus(interval)))
                    .param("now", java.sql.Timestamp.from(now))
                    .param("result", "purged " + purged)
                    .param("name", NAME)
                    .update();
            return Optional.of(purged);
        });
    }
}
