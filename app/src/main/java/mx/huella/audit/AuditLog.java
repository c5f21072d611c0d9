package mx.huella.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to and reads the audit trail. An entry joins the caller's transaction, so an action that
 * rolls back leaves no trace claiming it happened; failures (which have no transaction to roll
 * back) are still recorded.
 */
@Service
public class AuditLog {
    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEntry entry) {
        jdbc.sql("""
            insert into audit.event (occurred_at, actor, action, subject, outcome, channel)
            values (:at, :actor, :action, :subject, :outcome, :channel)
            """)
                .param("at", java.sql.Timestamp.from(entry.at()))
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("subject", entry.subject())
                .param("outcome", entry.outcome())
                .param("channel", entry.channel())
                .update();
    }

    /**
     * Records a refused attempt in a transaction of its own: the refusal rolls the caller's
     * transaction back, and the attempt (a second analyst's role taken by the first, say) must still
     * be on record.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(AuditEntry entry) {
        record(entry);
    }

    /** The latest entries about one subject, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latestAbout(String subject, int limit) {
        return jdbc.sql("""
            select occurred_at, actor, action, subject, outcome, channel from audit.event
            where subject = :subject order by occurred_at desc, id desc limit :limit
            """)
                .param("subject", subject)
                .param("limit", limit)
                .query((rs, row) -> new AuditEntry(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("subject"),
                        rs.getString("outcome"),
                        rs.getString("channel")))
                .list();
    }

    /** How many entries record the given action since the given instant. */
    @Transactional(readOnly = true)
    public long count(String action, Instant since) {
        return jdbc.sql("select count(*) from audit.event where action = :action and occurred_at >= :since")
                .param("action", action)
                .param("since", java.sql.Timestamp.from(since))
                .query(Long.class)
                .single();
    }
}
