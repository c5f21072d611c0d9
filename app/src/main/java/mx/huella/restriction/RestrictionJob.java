package mx.huella.restriction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Advances the restrictions every {@code huella.restriction.check-interval} (1 h). With several nodes
 * the one that takes the transaction-scoped advisory lock does it and the others skip; the states
 * themselves live in the database, so a restart loses nothing and a missed run is made up by the next.
 */
@Component
class RestrictionJob {
    private static final Logger log = LoggerFactory.getLogger(RestrictionJob.class);
    private static final long LOCK = 0x68756c6c61_01L;
    private final JdbcClient jdbc;
    private final Restrictions restrictions;
    private final TransactionTemplate transactions;

    RestrictionJob(JdbcClient jdbc, Restrictions restrictions, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.restrictions = restrictions;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${huella.restriction.check-interval:1h}", initialDelayString = "30s")
    void tick() {
        Integer changed = transactions.execute(status -> {
            boolean mine = Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                    .param("key", LOCK)
                    .query(Boolean.class)
                    .single());
            return mine ? restrictions.advance() : 0;
        });
        if (changed != null && changed > 0) {
            log.info("Restrictions: {} persons changed state", changed);
        }
    }
}
