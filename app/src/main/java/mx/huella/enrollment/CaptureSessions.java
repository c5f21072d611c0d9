package mx.huella.enrollment;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.biometric.SampleVault;
import mx.huella.engine.fingerprint.FingerPosition;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrollment sessions up to their submission: opened under consent in force, fingers and the face
 * captured with quality feedback (up to {@value #MAX_ATTEMPTS} attempts per sample), usable samples
 * sealed, and finger exceptions declared for a supervisor to approve.
 */
@Service
public class CaptureSessions {
    /** Captures allowed per sample: the first and 3 retries. */
    public static final int MAX_ATTEMPTS = 4;

    /** The face's position in a session, beside the fingers' ISO codes 1 to 10. */
    static final int FACE = 0;

    private final JdbcClient jdbc;
    private final ConsentService consents;
    private final EnrollmentEligibility eligibility;
    private final BiometricStatusLedger ledger;
    private final Sessions sessions;
    private final SampleReader reader;
    private final SampleVault vault;
    private final AuditLog audit;
    private final Clock clock;

    CaptureSessions(
            JdbcClient jdbc,
            ConsentService consents,
            EnrollmentEligibility eligibility,
            BiometricStatusLedger ledger,
            Sessions sessions,
            SampleReader reader,
            SampleVault vault,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.eligibility = eligibility;
        this.ledger = ledger;
        this.sessions = sessions;
        this.reader = reader;
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a capture gave the operator to see. */
    public record CaptureFeedback(
            int position, int attempt, int quality, List<String> issues, boolean usable, int attemptsLeft) {}

    /** Opens a session for a registered person with consent in force. */
    @Transactional
    public UUID open(UUID personId, Actor actor) {
        UUID consent = eligibility.consentInForce(personId);
        ledger.ensureStatus(personId, actor);
        eligibility.refuseUnlessEnrollable(personId);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                insert into enrollment.session (id, person_id, consent_id, opened_by, channel, opened_at, state)
                values (:id, :person, :consent, :by, :channel, :at, :state)
                """)
                    .param("id", id)
                    .param("person", personId)
                    .param("consent", consent)
                    .param("by", actor.name())
                    .param("channel", actor.channel())
                    .param("at", java.sql.Timestamp.from(clock.instant()))
                    .param("state", SessionState.OPEN.name())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.SESSION_ALREADY_OPEN, "a session is already open for " + personId);
        }
        sessions.audit(actor, "ENROLLMENT_OPENED", id, "SUCCESS");
        return id;
    }

    /** Reads, judges and (when usable) seals one finger capture. */
    @Transactional
    public CaptureFeedback captureFinger(UUID sessionId, FingerPosition position, byte[] file, Actor actor) {
        if (!position.isSingleFinger()) {
            throw new EnrollmentException(EnrollmentException.Problem.NOT_A_FINGER, position + " is not one finger");
        }
        return capture(sessionId, position.code(), reader.finger(file), file, actor);
    }

    /** Reads, judges and (when usable) seals the face photo. */
    @Transactional
    public CaptureFeedback captureFace(UUID sessionId, byte[] photo, Actor actor) {
        return capture(sessionId, FACE, reader.face(photo), photo, actor);
    }

    private CaptureFeedback capture(UUID sessionId, int position, CapturedSample sample, byte[] file, Actor actor) {
        Session session = sessions.lockOpen(sessionId);
        if (consents.active(session.personId()).isEmpty()) {
            throw new EnrollmentException(EnrollmentException.Problem.CONSENT_REQUIRED, "consent was withdrawn");
        }
        int attempts = jdbc.sql("""
            select count(*) from enrollment.capture where session_id = :session and finger_position = :position
            """)
                .param("session", sessionId)
                .param("position", position)
                .query(Integer.class)
                .single();
        if (attempts >= MAX_ATTEMPTS) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.ATTEMPTS_EXHAUSTED, "position " + position + " was captured 4 times");
        }
        UUID sampleId = null;
        if (sample.usable()) {
            // Only usable samples are kept: the others are no use for enrollment or adjudication. The raw
            // file stays (sealed) for the adjudication period, so that an analyst can look at it.
            sampleId = position == FACE
                    ? vault.storeFace(session.subjectId(), sample.face(), file)
                    : vault.storeFinger(
                            session.subjectId(),
                            FingerPosition.fromCode(position).orElseThrow(),
                            sample.template(),
                            file);
        }
        jdbc.sql("""
            insert into enrollment.capture (session_id, finger_position, attempt, quality, issues, usable, sample_id, captured_at)
            values (:session, :position, :attempt, :quality, :issues, :usable, :sample, :at)
            """)
                .param("session", sessionId)
                .param("position", position)
                .param("attempt", attempts + 1)
                .param("quality", sample.quality())
                .param("issues", String.join(",", sample.issues()))
                .param("usable", sample.usable())
                .param("sample", sampleId)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        sessions.audit(
                actor,
                position == FACE ? "FACE_CAPTURED" : "FINGER_CAPTURED",
                sessionId,
                sample.usable() ? "USABLE" : "LOW_QUALITY");
        return new CaptureFeedback(
                position,
                attempts + 1,
                sample.quality(),
                sample.issues(),
                sample.usable(),
                MAX_ATTEMPTS - attempts - 1);
    }

    /** Declares that a finger cannot be captured, and why; a supervisor must approve it. */
    @Transactional
    public void declareException(UUID sessionId, FingerPosition position, String reason, String note, Actor actor) {
        sessions.lockOpen(sessionId);
        if (!position.isSingleFinger()
                || !Set.of("AMPUTATED", "INJURED", "UNABLE_TO_CAPTURE").contains(reason)
                || note == null
                || note.isBlank()) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.INVALID_EXCEPTION,
                    "a finger exception needs a single finger, a reason (AMPUTATED, INJURED, UNABLE_TO_CAPTURE) and a note");
        }
        jdbc.sql("""
            insert into enrollment.finger_exception (session_id, finger_position, reason, note, declared_by, declared_at)
            values (:session, :position, :reason, :note, :by, :at)
            on conflict (session_id, finger_position) do update set reason = excluded.reason, note = excluded.note,
                declared_by = excluded.declared_by, declared_at = excluded.declared_at, approved_by = null, approved_at = null
            """)
                .param("session", sessionId)
                .param("position", position.code())
                .param("reason", reason)
                .param("note", note.strip())
                .param("by", actor.name())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        sessions.audit(actor, "FINGER_EXCEPTION_DECLARED", sessionId, reason);
    }

    /** A supervisor approves a declared exception; not the one who declared it. */
    @Transactional
    public void approveException(UUID sessionId, FingerPosition position, Actor supervisor) {
        sessions.lockOpen(sessionId);
        Optional<String> declaredBy = jdbc.sql("""
            select declared_by from enrollment.finger_exception where session_id = :session and finger_position = :position
            """)
                .param("session", sessionId)
                .param("position", position.code())
                .query(String.class)
                .optional();
        if (declaredBy.isEmpty()) {
            throw new EnrollmentException(EnrollmentException.Problem.EXCEPTION_NOT_DECLARED, "nothing to approve");
        }
        if (declaredBy.get().equals(supervisor.name())) {
            audit.recordRefusal(new AuditEntry(
                    clock.instant(),
                    supervisor.name(),
                    "FINGER_EXCEPTION_APPROVAL_ATTEMPTED",
                    sessionId.toString(),
                    "REFUSED SELF_APPROVAL " + position.code(),
                    supervisor.channel()));
            throw new EnrollmentException(
                    EnrollmentException.Problem.INVALID_EXCEPTION,
                    "an exception is approved by someone other than who declared it");
        }
        jdbc.sql("""
            update enrollment.finger_exception set approved_by = :by, approved_at = :at
            where session_id = :session and finger_position = :position
            """)
                .param("by", supervisor.name())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("session", sessionId)
                .param("position", position.code())
                .update();
        sessions.audit(supervisor, "FINGER_EXCEPTION_APPROVED", sessionId, "SUCCESS");
    }

    /** The session at a glance: per position, attempts, best quality, usable, exception. */
    @Transactional(readOnly = true)
    public SessionProgress progress(UUID sessionId) {
        Session session = sessions.find(sessionId);
        return SessionProgress.read(jdbc, session.id(), session.personId(), session.state(), session.outcome());
    }
}
