package mx.huella.enrollment;

import java.time.Clock;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Enrollment sessions by id: found, or locked so that the captures and submissions of one session
 * queue; and what is done to them, audited under their id.
 */
@Component
class Sessions {
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Sessions(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    Session find(UUID sessionId) {
        return jdbc.sql("""
            select s.id, s.person_id, b.subject_id, s.state, s.outcome from enrollment.session s
            join enrollment.biometric_status b on b.person_id = s.person_id where s.id = :id
            """)
                .param("id", sessionId)
                .query((rs, n) -> new Session(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        SessionState.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .optional()
                .orElseThrow(() -> new EnrollmentException(
                        EnrollmentException.Problem.SESSION_NOT_FOUND, "no session " + sessionId));
    }

    /** The session, its row locked until the transaction ends: captures and submissions of one session queue. */
    Session lock(UUID sessionId) {
        jdbc.sql("select id from enrollment.session where id = :id for update")
                .param("id", sessionId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new EnrollmentException(
                        EnrollmentException.Problem.SESSION_NOT_FOUND, "no session " + sessionId));
        return find(sessionId);
    }

    Session lockOpen(UUID sessionId) {
        Session session = lock(sessionId);
        if (session.state() != SessionState.OPEN) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.SESSION_CLOSED, "session " + sessionId + " was submitted");
        }
        return session;
    }

    void audit(Actor actor, String action, UUID sessionId, String outcome) {
        audit.record(
                new AuditEntry(clock.instant(), actor.name(), action, sessionId.toString(), outcome, actor.channel()));
    }
}
