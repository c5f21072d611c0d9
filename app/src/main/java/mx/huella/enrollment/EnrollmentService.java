package mx.huella.enrollment;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.biometric.BiometricGallery;
import mx.huella.biometric.SampleVault;
import mx.huella.engine.face.FaceDescriptor;
import mx.huella.engine.face.FaceGallery;
import mx.huella.engine.face.FaceImpostorModel;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.search.Candidate;
import mx.huella.engine.search.Identification;
import mx.huella.engine.search.MultimodalFusion;
import mx.huella.engine.search.PartialSearch;
import mx.huella.engine.search.SearchOptions;
import mx.huella.registry.PersonService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrollment sessions: open under consent in force, capture fingers and the face with quality
 * feedback (up to 4 attempts per sample), declare finger exceptions for a supervisor to approve, and
 * submit. Submission searches the fused ten-print and face against everyone enrolled and ends
 * ENROLLED, DUPLICATE_SUSPECT or REJECTED_QUALITY, all in one transaction: a crash leaves either no
 * outcome or a complete one, and the gallery follows the database once it commits.
 */
@Service
public class EnrollmentService {
    /** Captures allowed per sample: the first and 3 retries. */
    public static final int MAX_ATTEMPTS = 4;

    /** How many of the nearest enrolled faces a submission weighs besides its fingerprint candidates. */
    static final int FACE_CANDIDATES = 10;

    static final int FACE = 0;

    private final JdbcClient jdbc;
    private final PersonService persons;
    private final ConsentService consents;
    private final SampleReader reader;
    private final SampleVault vault;
    private final BiometricGallery gallery;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int minimumFingers;
    private final double fpir;

    /** How long a submission waits for the ones being searched before it is asked to come back. */
    private final java.time.Duration deduplicationWait;

    EnrollmentService(
            JdbcClient jdbc,
            PersonService persons,
            ConsentService consents,
            SampleReader reader,
            SampleVault vault,
            BiometricGallery gallery,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${huella.enrollment.minimum-fingers:8}") int minimumFingers,
            @Value("${huella.enrollment.fpir:1e-3}") double fpir,
            @Value("${huella.enrollment.deduplication-wait:20s}") java.time.Duration deduplicationWait) {
        this.deduplicationWait = deduplicationWait;
        this.jdbc = jdbc;
        this.persons = persons;
        this.consents = consents;
        this.reader = reader;
        this.vault = vault;
        this.gallery = gallery;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.minimumFingers = minimumFingers;
        this.fpir = fpir;
    }

    /** What a capture gave the operator to see. */
    public record CaptureFeedback(
            int position, int attempt, int quality, List<String> issues, boolean usable, int attemptsLeft) {}

    /** How a submission ended; {@code caseId} when a duplicate case was opened. */
    public record Submission(UUID sessionId, EnrollmentOutcome outcome, Optional<UUID> caseId) {}

    /** Opens a session for a registered person with consent in force. */
    @Transactional
    public UUID open(UUID personId, Actor actor) {
        UUID consent = consentInForce(personId);
        ensureStatus(personId, actor);
        refuseUnlessEnrollable(personId);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                insert into enrollment.session (id, person_id, consent_id, opened_by, channel, opened_at, state)
                values (:id, :person, :consent, :by, :channel, :at, 'OPEN')
                """)
                    .param("id", id)
                    .param("person", personId)
                    .param("consent", consent)
                    .param("by", actor.name())
                    .param("channel", actor.channel())
                    .param("at", java.sql.Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.SESSION_ALREADY_OPEN, "a session is already open for " + personId);
        }
        audit(actor, "ENROLLMENT_OPENED", id, "SUCCESS");
        return id;
    }

    /**
     * Why no enrollment may be opened or submitted for the person now, if anything stands in the way:
     * an enrolled identity is not replaced by new samples (that would swap a person's fingers without
     * any check), one under review waits for its analyst, and one found to be identity fraud stays
     * rejected. A rejection for quality alone may be retried.
     */
    @Transactional(readOnly = true)
    public Optional<EnrollmentException.Problem> refusal(UUID personId) {
        return switch (status(personId)) {
            case ENROLLED -> Optional.of(EnrollmentException.Problem.ALREADY_ENROLLED);
            case UNDER_REVIEW -> Optional.of(EnrollmentException.Problem.UNDER_REVIEW);
            case REJECTED ->
                identityFraudCases(personId).isEmpty()
                        ? Optional.empty()
                        : Optional.of(EnrollmentException.Problem.IDENTITY_FRAUD);
            case PENDING -> Optional.empty();
        };
    }

    /** The confirmed identity-fraud cases that flagged the person, oldest first. */
    @Transactional(readOnly = true)
    public List<UUID> identityFraudCases(UUID personId) {
        return jdbc.sql("select case_id from enrollment.identity_flag where person_id = :person order by flagged_at")
                .param("person", personId)
                .query(UUID.class)
                .list();
    }

    /**
     * The consent in force, locked (shared) until the submission commits: a withdrawal waits for it
     * rather than slipping in while the enrollment is searched.
     */
    private UUID holdConsent(UUID personId) {
        requireRegistered(personId);
        return jdbc.sql(
                        "select id from enrollment.consent where person_id = :person and withdrawn_at is null for share")
                .param("person", personId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new EnrollmentException(
                        EnrollmentException.Problem.CONSENT_REQUIRED, "no consent in force for " + personId));
    }

    /**
     * Refuses a person the registry does not know.
     *
     * @throws EnrollmentException PERSON_NOT_FOUND
     */
    @Transactional(readOnly = true)
    public void requireRegistered(UUID personId) {
        if (persons.find(personId).isEmpty()) {
            throw new EnrollmentException(EnrollmentException.Problem.PERSON_NOT_FOUND, "no person " + personId);
        }
    }

    private void refuseUnlessEnrollable(UUID personId) {
        refusal(personId).ifPresent(problem -> {
            throw new EnrollmentException(problem, "person " + personId + " is " + status(personId));
        });
    }

    /** The consent in force of a registered person: nothing biometric happens without one. */
    private UUID consentInForce(UUID personId) {
        requireRegistered(personId);
        return consents.active(personId)
                .orElseThrow(() -> new EnrollmentException(
                        EnrollmentException.Problem.CONSENT_REQUIRED, "no consent in force for " + personId));
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
        Session session = lockOpen(sessionId);
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
        audit(
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
        lockOpen(sessionId);
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
        audit(actor, "FINGER_EXCEPTION_DECLARED", sessionId, reason);
    }

    /** A supervisor approves a declared exception; not the one who declared it. */
    @Transactional
    public void approveException(UUID sessionId, FingerPosition position, Actor supervisor) {
        lockOpen(sessionId);
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
        audit(supervisor, "FINGER_EXCEPTION_APPROVED", sessionId, "SUCCESS");
    }

    /** The session at a glance: per position, attempts, best quality, usable, exception. */
    @Transactional(readOnly = true)
    public SessionProgress progress(UUID sessionId) {
        Session session = find(sessionId);
        return SessionProgress.read(jdbc, session.id(), session.personId(), session.state(), session.outcome());
    }

    /**
     * Submits the session: searches the enrollment against everyone enrolled and records the outcome.
     * Repeating a submission (with the same idempotency key, or after it ended) answers its outcome again.
     */
    @Transactional
    public Submission submit(UUID sessionId, String idempotencyKey, Actor actor) {
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
        Session seen = find(sessionId);
        if (seen.state().equals("SUBMITTED")) {
            return new Submission(sessionId, EnrollmentOutcome.valueOf(seen.outcome()), caseOf(sessionId));
        }
        // One submission searches and enters the gallery at a time, the gallery entry made before the
        // commit that releases this lock: two people presenting the same hand at two stations at once
        // are then searched one after the other, and the second finds the first.
        serialiseDeduplication();
        Session session = lock(sessionId);
        if (session.state().equals("SUBMITTED")) {
            return new Submission(sessionId, EnrollmentOutcome.valueOf(session.outcome()), caseOf(sessionId));
        }
        if (session.state().equals("WITHDRAWN")) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.CONSENT_REQUIRED,
                    "the session ended when consent was withdrawn; a new consent opens a new session");
        }
        holdConsent(session.personId());
        refuseUnlessEnrollable(session.personId());
        SessionProgress progress = SessionProgress.read(jdbc, sessionId, session.personId(), "OPEN", null);
        EnrollmentOutcome outcome;
        Optional<UUID> caseId = Optional.empty();
        if (!progress.meetsMinimum(minimumFingers)) {
            if (progress.canStillComplete(minimumFingers, MAX_ATTEMPTS)) {
                throw new EnrollmentException(EnrollmentException.Problem.INCOMPLETE, progress.summary());
            }
            outcome = EnrollmentOutcome.REJECTED_QUALITY;
            changeStatus(session.personId(), BiometricStatus.REJECTED, "REJECTED_QUALITY", actor);
        } else {
            Map<FingerPosition, EncodedTemplate> fingers = vault.fingers(progress.bestFingerSamples());
            Optional<FaceDescriptor> face = progress.bestFaceSample().map(vault::face);
            Identification search = search(session.subjectId(), fingers, face);
            if (search.decision() == Identification.Decision.HIT) {
                outcome = EnrollmentOutcome.DUPLICATE_SUSPECT;
                caseId = Optional.of(openCase(session, search));
                changeStatus(session.personId(), BiometricStatus.UNDER_REVIEW, "DUPLICATE_SUSPECT", actor);
            } else {
                outcome = EnrollmentOutcome.ENROLLED;
                enroll(session.subjectId(), fingers, face);
                changeStatus(session.personId(), BiometricStatus.ENROLLED, "ENROLLED", actor);
            }
        }
        try {
            jdbc.sql("""
                update enrollment.session set state = 'SUBMITTED', outcome = :outcome, submitted_at = :at, idempotency_key = :key
                where id = :id
                """)
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
        audit(actor, "ENROLLMENT_SUBMITTED", sessionId, outcome.name());
        return new Submission(sessionId, outcome, caseId);
    }

    private void serialiseDeduplication() {
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

    /**
     * Records as ENROLLED a consenting person whose fingers were captured and de-duplicated by another
     * system (a migration from the previous platform, or a load-test population): no session and no 1:N
     * search here, which is why it is reachable from no HTTP endpoint. Audited with its source.
     *
     * @return the person's biometric subject
     * @throws EnrollmentException when the person is unknown, has no consent in force or already has a
     *     biometric status other than PENDING
     */
    @Transactional
    public UUID importEnrolled(
            UUID personId,
            Map<FingerPosition, EncodedTemplate> fingers,
            Optional<FaceDescriptor> face,
            String source,
            Actor actor) {
        if (fingers.isEmpty() && face.isEmpty()) {
            throw new IllegalArgumentException("an import needs fingers or a face");
        }
        UUID consent = consentInForce(personId);
        ensureStatus(personId, actor);
        if (status(personId) != BiometricStatus.PENDING) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.SESSION_ALREADY_OPEN, "person " + personId + " is not PENDING");
        }
        UUID subject = jdbc.sql("select subject_id from enrollment.biometric_status where person_id = :person")
                .param("person", personId)
                .query(UUID.class)
                .single();
        enroll(subject, fingers, face);
        changeStatus(personId, BiometricStatus.ENROLLED, "IMPORTED", actor);
        audit.record(new AuditEntry(
                clock.instant(),
                actor.name(),
                "ENROLLMENT_IMPORTED",
                personId.toString(),
                source + "; consent " + consent,
                actor.channel()));
        return subject;
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
        serialiseDeduplication();
        Session session = lock(sessionId);
        if (consents.active(session.personId()).isEmpty()) {
            changeStatus(session.personId(), BiometricStatus.PENDING, "CONSENT_WITHDRAWN", analyst);
            return Optional.empty();
        }
        SessionProgress progress = SessionProgress.read(jdbc, sessionId, session.personId(), session.state(), null);
        Map<FingerPosition, EncodedTemplate> fingers = vault.fingers(progress.bestFingerSamples());
        Optional<FaceDescriptor> face = progress.bestFaceSample().map(vault::face);
        Set<String> excluded = new java.util.HashSet<>(subjectsOf(judgedDifferent));
        excluded.add(session.subjectId().toString());
        Identification search = search(excluded, fingers, face);
        if (search.decision() == Identification.Decision.HIT) {
            UUID newCase = openCase(session, search);
            history(session.personId(), BiometricStatus.UNDER_REVIEW, "DUPLICATE_SUSPECT", analyst);
            return Optional.of(newCase);
        }
        enroll(session.subjectId(), fingers, face);
        changeStatus(session.personId(), BiometricStatus.ENROLLED, "DIFFERENT_PERSON", analyst);
        return Optional.empty();
    }

    private List<String> subjectsOf(Set<UUID> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select subject_id from enrollment.biometric_status where person_id = any(:persons)")
                .param("persons", persons.toArray(UUID[]::new))
                .query((rs, n) -> rs.getObject(1, UUID.class).toString())
                .list();
    }

    /** A closed case no longer keeps its persons' images past their adjudication period. */
    @Transactional
    void caseClosed(UUID caseId) {
        vault.releaseImages(caseId);
    }

    /** Marks a person whose identity was judged fraudulent. */
    @Transactional
    void reject(UUID personId, String reason, Actor analyst) {
        changeStatus(personId, BiometricStatus.REJECTED, reason, analyst);
    }

    private void enroll(UUID subject, Map<FingerPosition, EncodedTemplate> fingers, Optional<FaceDescriptor> face) {
        if (!fingers.isEmpty()) {
            gallery.enroll(subject, fingers);
        }
        face.ifPresent(descriptor -> gallery.enrollFace(subject, descriptor));
    }

    /** The person's biometric status, PENDING when nothing was ever recorded. */
    @Transactional(readOnly = true)
    public BiometricStatus status(UUID personId) {
        return jdbc.sql("select status from enrollment.biometric_status where person_id = :person")
                .param("person", personId)
                .query(String.class)
                .optional()
                .map(BiometricStatus::valueOf)
                .orElse(BiometricStatus.PENDING);
    }

    /** The biometric status of each of these persons, in one query; absent ones are PENDING. */
    @Transactional(readOnly = true)
    public Map<UUID, BiometricStatus> statuses(java.util.Collection<UUID> personIds) {
        Map<UUID, BiometricStatus> statuses = new java.util.HashMap<>();
        if (personIds.isEmpty()) {
            return statuses;
        }
        jdbc.sql("select person_id, status from enrollment.biometric_status where person_id = any(:persons)")
                .param("persons", personIds.toArray(UUID[]::new))
                .query((rs, n) -> statuses.put(rs.getObject(1, UUID.class), BiometricStatus.valueOf(rs.getString(2))))
                .list();
        personIds.forEach(id -> statuses.putIfAbsent(id, BiometricStatus.PENDING));
        return statuses;
    }

    /** The biometric subject of a person who is ENROLLED now; empty for anyone else. */
    @Transactional(readOnly = true)
    public Optional<UUID> enrolledSubject(UUID personId) {
        return jdbc.sql("""
            select subject_id from enrollment.biometric_status where person_id = :person and status = 'ENROLLED'
            """).param("person", personId).query(UUID.class).optional();
    }

    /** The person a gallery reference belongs to. */
    @Transactional(readOnly = true)
    public Optional<UUID> personOfSubject(UUID subject) {
        return jdbc.sql("select person_id from enrollment.biometric_status where subject_id = :subject")
                .param("subject", subject)
                .query(UUID.class)
                .optional();
    }

    /** The person's status changes, oldest first. */
    @Transactional(readOnly = true)
    public List<StatusChange> history(UUID personId) {
        return jdbc.sql("""
            select status, changed_at, reason, actor from enrollment.status_history where person_id = :person order by id
            """)
                .param("person", personId)
                .query((rs, n) -> new StatusChange(
                        BiometricStatus.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    /** One change of status. */
    public record StatusChange(BiometricStatus status, java.time.Instant at, String reason, String actor) {}

    private Identification search(
            UUID ownSubject, Map<FingerPosition, EncodedTemplate> fingers, Optional<FaceDescriptor> face) {
        return search(Set.of(ownSubject.toString()), fingers, face);
    }

    /** The 1:N search, leaving out these references (the person's own subject, candidates judged different). */
    private Identification search(
            Set<String> excluded, Map<FingerPosition, EncodedTemplate> fingers, Optional<FaceDescriptor> face) {
        SearchOptions options = new SearchOptions(10, 200, fpir, Set.of());
        List<Candidate> others = List.of();
        long comparisons = 0;
        int scored = 0;
        if (!fingers.isEmpty()) {
            Identification byFingers = gallery.identify(fingers, options);
            others = byFingers.candidates().stream()
                    .filter(c -> !excluded.contains(c.reference()))
                    .toList();
            comparisons = byFingers.comparisons();
            scored = byFingers.scored();
        }
        Map<String, FaceGallery.Match> faces = new java.util.LinkedHashMap<>();
        if (face.isPresent()) {
            FaceDescriptor probe = face.get();
            // Face evidence for every fingerprint candidate, and the nearest faces of everyone enrolled:
            // an enrollment with few usable fingers (face plus exceptions) is still searched in full.
            for (Candidate candidate : others) {
                vault.enrolledFace(UUID.fromString(candidate.reference()))
                        .ifPresent(enrolled -> faces.put(
                                candidate.reference(),
                                new FaceGallery.Match(candidate.reference(), probe.distanceTo(enrolled))));
            }
            gallery.nearestFaces(probe, FACE_CANDIDATES + excluded.size()).stream()
                    .filter(match -> !excluded.contains(match.reference()))
                    .forEach(match -> faces.putIfAbsent(match.reference(), match));
        }
        return MultimodalFusion.decide(
                List.of(new PartialSearch(others, comparisons, scored)),
                List.copyOf(faces.values()),
                face.isPresent() ? gallery.enrolledFaces() : 0,
                FaceImpostorModel.faces(),
                options);
    }

    private UUID openCase(Session session, Identification search) {
        StringBuilder candidates = new StringBuilder("[");
        for (Candidate candidate : search.candidates()) {
            Optional<UUID> person = jdbc.sql(
                            "select person_id from enrollment.biometric_status where subject_id = :subject")
                    .param("subject", UUID.fromString(candidate.reference()))
                    .query(UUID.class)
                    .optional();
            if (person.isEmpty()) {
                continue;
            }
            Map<Integer, Double> byCode = new java.util.TreeMap<>();
            candidate.fingerScores().forEach((position, score) -> byCode.put(position.code(), score));
            candidates
                    .append(candidates.length() > 1 ? "," : "")
                    .append(String.format(
                            Locale.ROOT,
                            "{\"personId\":\"%s\",\"fusedScore\":%.3f,\"falseMatchProbability\":%.3e,\"faceDistance\":%s,\"fingerScores\":{%s}}",
                            person.get(),
                            candidate.fusedScore(),
                            candidate.falseMatchProbability(),
                            candidate.hasFace() ? String.format(Locale.ROOT, "%.4f", candidate.faceDistance()) : "null",
                            String.join(
                                    ",",
                                    byCode.entrySet().stream()
                                            .map(e ->
                                                    String.format(Locale.ROOT, "\"%d\":%.3f", e.getKey(), e.getValue()))
                                            .toList())));
        }
        UUID id = UUID.randomUUID();
        Optional<UUID> matched = search.candidates().stream()
                .findFirst()
                .flatMap(best -> jdbc.sql(
                                "select person_id from enrollment.biometric_status where subject_id = :subject")
                        .param("subject", UUID.fromString(best.reference()))
                        .query(UUID.class)
                        .optional());
        jdbc.sql("""
            insert into enrollment.duplicate_case (id, session_id, person_id, opened_at, state, candidates, matched_person)
            values (:id, :session, :person, :at, 'OPEN', :candidates, :matched)
            """)
                .param("id", id)
                .param("session", session.id())
                .param("person", session.personId())
                .param("matched", matched.orElse(null))
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("candidates", candidates.append(']').toString())
                .update();
        vault.holdImages(session.subjectId(), id);
        search.candidates().forEach(candidate -> vault.holdImages(UUID.fromString(candidate.reference()), id));
        return id;
    }

    private Optional<UUID> caseOf(UUID sessionId) {
        return jdbc.sql(
                        "select id from enrollment.duplicate_case where session_id = :session order by opened_at desc limit 1")
                .param("session", sessionId)
                .query(UUID.class)
                .optional();
    }

    private void ensureStatus(UUID personId, Actor actor) {
        int created = jdbc.sql("""
            insert into enrollment.biometric_status (person_id, subject_id, status, changed_at)
            values (:person, :subject, 'PENDING', :at) on conflict (person_id) do nothing
            """)
                .param("person", personId)
                .param("subject", UUID.randomUUID())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        if (created == 1) {
            history(personId, BiometricStatus.PENDING, "ENROLLMENT_OPENED", actor);
        }
    }

    private void changeStatus(UUID personId, BiometricStatus status, String reason, Actor actor) {
        jdbc.sql("update enrollment.biometric_status set status = :status, changed_at = :at where person_id = :person")
                .param("status", status.name())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("person", personId)
                .update();
        history(personId, status, reason, actor);
        events.publishEvent(new BiometricStatusChanged(personId, status));
    }

    private void history(UUID personId, BiometricStatus status, String reason, Actor actor) {
        jdbc.sql("""
            insert into enrollment.status_history (person_id, status, changed_at, reason, actor)
            values (:person, :status, :at, :reason, :actor)
            """)
                .param("person", personId)
                .param("status", status.name())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("reason", reason)
                .param("actor", actor.name())
                .update();
    }

    private record Session(UUID id, UUID personId, UUID subjectId, String state, String outcome) {}

    private Session find(UUID sessionId) {
        return jdbc.sql("""
            select s.id, s.person_id, b.subject_id, s.state, s.outcome from enrollment.session s
            join enrollment.biometric_status b on b.person_id = s.person_id where s.id = :id
            """)
                .param("id", sessionId)
                .query((rs, n) -> new Session(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5)))
                .optional()
                .orElseThrow(() -> new EnrollmentException(
                        EnrollmentException.Problem.SESSION_NOT_FOUND, "no session " + sessionId));
    }

    /** The session, its row locked until the transaction ends: captures and submissions of one session queue. */
    private Session lock(UUID sessionId) {
        jdbc.sql("select id from enrollment.session where id = :id for update")
                .param("id", sessionId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new EnrollmentException(
                        EnrollmentException.Problem.SESSION_NOT_FOUND, "no session " + sessionId));
        return find(sessionId);
    }

    private Session lockOpen(UUID sessionId) {
        Session session = lock(sessionId);
        if (!session.state().equals("OPEN")) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.SESSION_CLOSED, "session " + sessionId + " was submitted");
        }
        return session;
    }

    private void audit(Actor actor, String action, UUID sessionId, String outcome) {
        audit.record(
                new AuditEntry(clock.instant(), actor.name(), action, sessionId.toString(), outcome, actor.channel()));
    }
}
