package mx.huella.enrollment;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One submission searches and enters the gallery at a time, the gallery entry made before the commit
 * that releases this lock: two people presenting the same hand at two stations at once are then
 * searched one after the other, and the second finds the first.
 */
@Component
class DeduplicationLock {
    private final JdbcClient jdbc;

    /** How long a submission waits for the ones being searched before it is asked to come back. */
    private final Duration deduplicationWait;

    DeduplicationLock(
            JdbcClient jdbc, @Value("${huella.enrollment.deduplication-wait:20s}") Duration deduplicationWait) {
        this.jdbc = jdbc;
        this.deduplicationWait = deduplicationWait;
    }

    /**
     * Takes the lock for the rest of the current transaction (a PostgreSQL transaction-level advisory lock).
     *
     * @throws EnrollmentException BUSY when the searches ahead take longer than the wait
     */
    void holdUntilCommit() {
        // Each waiting submission holds a pooled connection: past the bound it is told to come back
        // rather than queue for ever and starve the pool.
        jdbc.sql("select set_config('lock_timeout', :wait, true)")
                .param("wait", deduplicationWait.toMillis() + "ms")
                .query()
                .singleValue();
        try {
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended('huella.enrollment.de-duplication', 0))")
                    .query()
                    .singleValue();
        } catch (org.springframework.dao.DataAccessException e) {
            // PostgreSQL's lock_not_available (55P03); Spring leaves it uncategorized here.
            if (e.getMostSpecificCause() instanceof java.sql.SQLException sql && "55P03".equals(sql.getSQLState())) {
                throw new EnrollmentException(
                        EnrollmentException.Problem.BUSY,
                        "other enrollments are being searched; submit again in a few seconds");
            }
            throw e;
        }
        jdbc.sql("select set_config('lock_timeout', '0', true)").query().singleValue();
    }
}
