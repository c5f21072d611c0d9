package mx.huella.enrollment;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.biometric.SampleVault;
import mx.huella.engine.face.FaceDescriptor;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.search.Identification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitted sessions: the fused ten-print and face searched against everyone enrolled under the
 * de-duplication lock, ending ENROLLED, DUPLICATE_SUSPECT (a case opened for the analysts) or
 * REJECTED_QUALITY, all in one transaction: a crash leaves either no outcome or a complete one, and
 * the gallery follows the database once it commits. A case found to be someone else completes here.
 */
@Service
class EnrollmentSubmissions {
    private final JdbcClient jdbc;
    private final ConsentService consents;
    private final EnrollmentEligibility eligibility;
    private final BiometricStatusLedger ledger;
    private final Sessions sessions;
    private final DeduplicationLock deduplication;
    private final EnrollmentGallery gallery;
    private final DuplicateCases cases;
    private final SampleVault vault;
    private final Clock clock;
    private final int minimumFingers;

    EnrollmentSubmissions(
            JdbcClient jdbc,
            ConsentService consents,
            EnrollmentEligibility eligibility,
            BiometricStatusLedger ledger,
            Sessions sessions,
            DeduplicationLock deduplication,
            EnrollmentGallery gallery,
            DuplicateCases cases,
            SampleVault vault,
            Clock clock,
            @Value("${huella.enrollment.minimum-fingers:8}") int minimumFingers) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.eligibility = eligibility;
        this.ledger = ledger;
        this.sessions = sessions;
        this.deduplication = deduplication;
        this.gallery = gallery;
        this.cases = cases;
        this.vault = vault;
        this.clock = clock;
        this.minimumFingers = minimumFingers;
    }

    /** How a submission ended; {@code caseId} when a duplicate case was opened. */
    record Submission(UUID sessionId, EnrollmentOutcome outcome, Optional<UUID> caseId) {}

    /**
     * Submits the session: searches the enrollment against everyone enrolled and records the outcome.
     * Repeating a submission (with the same idempotency key, or after it ended) answers its outcome again.
     */
    @Transactional
    Submission submit(UUID sessionId, String idempotencyKey, Actor actor) {
        if (idempotencyKey != null) {
            Optional<UUID> keyed = jdbc.sql("select id from enrollment.session where idempotency_key = :key")
                    .param("key", idempotencyKey)
                    .query(UUID.class)
                    .optional();
            if (keyed.isPresent() && !keyed.get().equals(sessionId)) {
                throw new EnrollmentException(
                        EnrollmentException.Problem.IDEMPOTENCY_KEY_REUSED, "the key was used for another session");
            }
        }
        // A replay of a submission that ended is answered at once, without queueing behind searches.
        Session seen = sessions.find(sessionId);
        if (seen.state() == SessionState.SUBMITTED) {
            return new Submission(sessionId, EnrollmentOutcome.valueOf(seen.outcome()), cases.of(sessionId));
        }
        deduplication.holdUntilCommit();
        Session session = sessions.lock(sessionId);
        if (session.state() == SessionState.SUBMITTED) {
            return new Submission(sessionId, EnrollmentOutcome.valueOf(session.outcome()), cases.of(sessionId));
        }
        if (session.state() == SessionState.WITHDRAWN) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.CONSENT_REQUIRED,
                    "the session ended when consent was withdrawn; a new consent opens a new session");
        }
        eligibility.holdConsent(session.personId());
        eligibility.refuseUnlessEnrollable(session.personId());
        SessionProgress progress = SessionProgress.read(jdbc, sessionId, session.personId(), SessionState.OPEN, null);
        EnrollmentOutcome outcome;
        Optional<UUID> caseId = Optional.empty();
        if (!progress.meetsMinimum(minimumFingers)) {
            if (progress.canStillComplete(minimumFingers, CaptureSessions.MAX_ATTEMPTS)) {
                throw new EnrollmentException(EnrollmentException.Problem.INCOMPLETE, progress.summary());
            }
            outcome = EnrollmentOutcome.REJECTED_QUALITY;
            ledger.changeStatus(session.personId(), BiometricStatus.REJECTED, "REJECTED_QUALITY", actor);
        } else {
            Map<FingerPosition, EncodedTemplate> fingers = vault.fingers(progress.bestFingerSamples());
            Optional<FaceDescriptor> face = progress.bestFaceSample().map(vault::face);
            Identification search = gallery.search(session.subjectId(), fingers, face);
            if (search.decision() == Identification.Decision.HIT) {
                outcome = EnrollmentOutcome.DUPLICATE_SUSPECT;
                caseId = Optional.of(cases.open(session, search));
                ledger.changeStatus(session.personId(), BiometricStatus.UNDER_REVIEW, "DUPLICATE_SUSPECT", actor);
            } else {
                outcome = EnrollmentOutcome.ENROLLED;
                gallery.enroll(session.subjectId(), fingers, face);
                ledger.changeStatus(session.personId(), BiometricStatus.ENROLLED, "ENROLLED", actor);
            }
        }
        try {
            jdbc.sql("""
                update enrollment.session set state = :state, outcome = :outcome, submitted_at = :at, idempotency_key = :key
                where id = :id
                """)
                    .param("state", SessionState.SUBMITTED.name())
                    .param("outcome", outcome.name())
                    .param("at", java.sql.Timestamp.from(clock.instant()))
                    .param("key", idempotencyKey)
                    .param("id", sessionId)
                    .update();
        } catch (DuplicateKeyException e) {
            // Another session took the key while this one was searched: the whole submission rolls back.
            throw new EnrollmentException(
                    EnrollmentException.Problem.IDEMPOTENCY_KEY_REUSED, "the key was used for another session");
        }
        sessions.audit(actor, "ENROLLMENT_SUBMITTED", sessionId, outcome.name());
        return new Submission(sessionId, outcome, caseId);
    }

    /**
     * Completes an enrollment held for review, once an analyst found the match to be someone else:
     * its best samples enter the gallery and the person is ENROLLED. A person who withdrew consent
     * while the case waited is not enrolled: back to PENDING, as if never captured.
     */
    @Transactional
    Optional<UUID> completeAfterReview(UUID sessionId, Set<UUID> judgedDifferent, Actor analyst) {
        // While the person was held, others may have enrolled whom the first search could not see;
        // searched again under the same lock as a submission, leaving out those judged different.
        deduplication.holdUntilCommit();
        Session session = sessions.lock(sessionId);
        if (consents.active(session.personId()).isEmpty()) {
            ledger.changeStatus(session.personId(), BiometricStatus.PENDING, "CONSENT_WITHDRAWN", analyst);
            return Optional.empty();
        }
        SessionProgress progress = SessionProgress.read(jdbc, sessionId, session.personId(), session.state(), null);
        Map<FingerPosition, EncodedTemplate> fingers = vault.fingers(progress.bestFingerSamples());
        Optional<FaceDescriptor> face = progress.bestFaceSample().map(vault::face);
        Set<String> excluded = new java.util.HashSet<>(ledger.subjectsOf(judgedDifferent));
        excluded.add(session.subjectId().toString());
        Identification search = gallery.search(excluded, fingers, face);
        if (search.decision() == Identification.Decision.HIT) {
            UUID newCase = cases.open(session, search);
            ledger.history(session.personId(), BiometricStatus.UNDER_REVIEW, "DUPLICATE_SUSPECT", analyst);
            return Optional.of(newCase);
        }
        gallery.enroll(session.subjectId(), fingers, face);
        ledger.changeStatus(session.personId(), BiometricStatus.ENROLLED, "DIFFERENT_PERSON", analyst);
        return Optional.empty();
    }
}
