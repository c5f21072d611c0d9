package mx.huella.verification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.huella.biometric.BiometricGallery;
import mx.huella.engine.face.FaceDescriptor;
import mx.huella.engine.face.FaceVerification;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FalseMatchRate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.FingerprintTemplates;
import mx.huella.engine.search.Identification;
import mx.huella.engine.search.SearchOptions;
import mx.huella.enrollment.BiometricStatusLedger;
import mx.huella.identifier.Curp;
import mx.huella.identifier.InvalidIdentifierException;
import mx.huella.identifier.Nss;
import mx.huella.notification.Mail;
import mx.huella.notification.Outbox;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 1:1 verification with fingers and/or a face, and 1:N identification with fingers. A 1:1 match needs
 * the 1-in-10,000 level for the evidence compared (fingers fused; with a face, both combined); what
 * the person did not enroll is not compared. Five failed
 * 1:1 attempts against one identity within fifteen minutes lock it for fifteen minutes and the holder
 * is told by e-mail; every attempt is recorded (time, mode, channel, device, operator, result).
 */
@Service
public class VerificationService {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final FaceVerification FACES = FaceVerification.calibrated();
    private final JdbcClient jdbc;
    private final PersonService persons;
    private final BiometricStatusLedger enrollments;
    private final BiometricGallery gallery;
    private final ProbeReader probes;
    private final ClientRateLimit rateLimit;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    VerificationService(
            JdbcClient jdbc,
            PersonService persons,
            BiometricStatusLedger enrollments,
            BiometricGallery gallery,
            ProbeReader probes,
            ClientRateLimit rateLimit,
            Outbox outbox,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.persons = persons;
        this.enrollments = enrollments;
        this.gallery = gallery;
        this.probes = probes;
        this.rateLimit = rateLimit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Who asks and through what: recorded with the attempt. */
    public record Context(String channel, String device, String operator, String client) {}

    public enum Decision {
        MATCH,
        NO_MATCH,
        NOT_ENROLLED
    }

    /** The answer; {@code personId} is the matched person of a 1:N identification. */
    public record Result(UUID attemptId, Decision decision, ScoreBand scoreBand, Optional<UUID> personId) {}

    /**
     * 1:1 with fingers only.
     *
     * @see #verify(String, Map, byte[], Context)
     */
    public Result verify(String claim, Map<Integer, byte[]> fingers, Context context) {
        return verify(claim, fingers, null, context);
    }

    /**
     * 1:1 against the claimed person's enrollment. With fingers only, their fused score decides; with a
     * face only, its distance; with both, the fingers' band (as the false-match rate it stands for) and the
     * face's false-match probability multiply, as independent evidence does. A finger or a face the
     * person did not enroll adds nothing.
     *
     * @param claim a CURP or an NSS
     * @param fingers finger files by ISO position (0 to 4 of them)
     * @param face a face photo (PNG or JPEG), or null
     * @throws VerificationException when the identity is unknown or locked, nothing or something unreadable
     *     is presented, or the client asks too often
     */
    public Result verify(String claim, Map<Integer, byte[]> fingers, byte[] face, Context context) {
        rateLimit.acquire(context.client());
        if (fingers.isEmpty() && face == null) {
            throw new VerificationException(
                    VerificationException.Problem.NO_FINGERS, "a finger or a face photo is needed");
        }
        Person person = claimed(claim);
        Instant now = clock.instant();
        Presented presented = new Presented(fingers.size(), face != null);
        if (lockedUntil(person.id()).filter(now::isBefore).isPresent()) {
            record(now, "ONE_TO_ONE", context, person.id(), null, "LOCKED", ScoreBand.NONE, presented);
            throw new VerificationException(
                    VerificationException.Problem.LOCKED, "verification of this identity is locked");
        }
        // Extraction keeps a core busy for tens of milliseconds: no database connection is held meanwhile.
        Map<FingerPosition, EncodedTemplate> probe = probes.fingersIfAny(fingers);
        Optional<FaceDescriptor> faceProbe = Optional.ofNullable(face).map(probes::face);
        return transactions.execute(status -> compare(person, probe, faceProbe, presented, now, context));
    }

    /** What was presented, for the attempt's record. */
    private record Presented(int fingers, boolean face) {}

    private Result compare(
            Person person,
            Map<FingerPosition, EncodedTemplate> probe,
            Optional<FaceDescriptor> faceProbe,
            Presented presented,
            Instant now,
            Context context) {
        // One query on the hot path: the subject only when the person is ENROLLED.
        Optional<UUID> subject = enrollments.enrolledSubject(person.id());
        if (subject.isEmpty()) {
            UUID id = record(now, "ONE_TO_ONE", context, person.id(), null, "NOT_ENROLLED", ScoreBand.NONE, presented);
            return new Result(id, Decision.NOT_ENROLLED, ScoreBand.NONE, Optional.empty());
        }
        ScoreBand band = probe.isEmpty() ? ScoreBand.NONE : fingerBand(subject.get(), probe);
        if (faceProbe.isPresent()) {
            Optional<FaceDescriptor> enrolledFace = gallery.enrolledFace(subject.get());
            double faceProbability = enrolledFace
                    .map(enrolled -> FACES.verify(faceProbe.get(), enrolled, FalseMatchRate.ONE_IN_TEN_THOUSAND)
                            .falseMatchProbability())
                    .orElse(1.0);
            double fingerProbability = probe.isEmpty() ? 1.0 : band.falseMatchBound();
            band = ScoreBand.ofProbability(fingerProbability * faceProbability);
        }
        Decision decision = band.matches() ? Decision.MATCH : Decision.NO_MATCH;
        UUID id = record(
                now,
                "ONE_TO_ONE",
                context,
                person.id(),
                band.matches() ? person.id() : null,
                decision.name(),
                band,
                presented);
        if (decision == Decision.NO_MATCH) {
            lockAfterRepeatedFailures(person, now);
        }
        return new Result(id, decision, band, band.matches() ? Optional.of(person.id()) : Optional.empty());
    }

    private ScoreBand fingerBand(UUID subject, Map<FingerPosition, EncodedTemplate> probe) {
        Map<FingerPosition, EncodedTemplate> enrolled = gallery.enrolledFingers(subject, probe.keySet());
        List<Double> scores = new ArrayList<>();
        probe.forEach((position, template) -> {
            EncodedTemplate reference = enrolled.get(position);
            // A finger the person did not enroll scores nothing: it cannot help a match.
            scores.add(reference == null ? 0.0 : FingerprintTemplates.score(template, reference));
        });
        return ScoreBand.of(scores);
    }

    /** 1:N: who, among everyone enrolled, these fingers belong to (a HIT at FPIR 1e-3), if anyone. */
    public Result identify(Map<Integer, byte[]> fingers, Context context) {
        rateLimit.acquire(context.client());
        Map<FingerPosition, EncodedTemplate> probe = probes.fingers(fingers);
        Identification search = gallery.identify(probe, new SearchOptions(1, 200, 1e-3, java.util.Set.of()));
        Optional<UUID> person =
                search.hit().flatMap(candidate -> enrollments.personOfSubject(UUID.fromString(candidate.reference())));
        ScoreBand band = search.hit()
                .map(candidate ->
                        ScoreBand.of(List.copyOf(candidate.fingerScores().values())))
                .orElse(ScoreBand.NONE);
        if (person.isPresent() && band == ScoreBand.NONE) {
            band = ScoreBand.LOW;
        }
        UUID id = record(
                clock.instant(),
                "ONE_TO_MANY",
                context,
                null,
                person.orElse(null),
                person.isPresent() ? "MATCH" : "NO_MATCH",
                band,
                new Presented(fingers.size(), false));
        return new Result(id, person.isPresent() ? Decision.MATCH : Decision.NO_MATCH, band, person);
    }

    /** "Who verified me, when and where": the latest attempts that named or found this person. */
    @Transactional(readOnly = true)
    public List<AttemptView> attemptsAbout(UUID personId, int limit) {
        return jdbc.sql("""
            select attempted_at, mode, channel, device, operator, decision from verification.attempt
            where claimed_person = :p or matched_person = :p order by attempted_at desc limit :limit
            """)
                .param("p", personId)
                .param("limit", limit)
                .query((rs, n) -> new AttemptView(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    public record AttemptView(
            Instant at, String mode, String channel, String device, String operator, String decision) {}

    private void lockAfterRepeatedFailures(Person person, Instant now) {
        // Only failures count towards a lockout, so only they queue behind one another.
        lockRow(person.id());
        long failures = jdbc.sql("""
            select count(*) from verification.attempt where claimed_person = :p and decision = 'NO_MATCH'
            and attempted_at > :since and attempted_at > coalesce(
              (select locked_until from verification.identity_lock where person_id = :p), '-infinity')
            """)
                .param("p", person.id())
                .param("since", Timestamp.from(now.minus(WINDOW)))
                .query(Long.class)
                .single();
        if (failures < MAX_FAILURES) {
            return;
        }
        jdbc.sql("""
            insert into verification.identity_lock (person_id, locked_until, locked_at) values (:p, :until, :now)
            on conflict (person_id) do update set locked_until = excluded.locked_until, locked_at = excluded.locked_at
            """)
                .param("p", person.id())
                .param("until", Timestamp.from(now.plus(LOCKOUT)))
                .param("now", Timestamp.from(now))
                .update();
        person.email()
                .filter(Mail::isAddress)
                .ifPresent(address -> outbox.enqueue(new Mail(
                        address,
                        "Verificación biométrica bloqueada por intentos fallidos",
                        "Hubo " + MAX_FAILURES
                                + " intentos fallidos de verificar su identidad con huella en 15 minutos. "
                                + "La verificación biométrica de su identidad quedó bloqueada 15 minutos. Si no fue usted, "
                                + "acuda a su Unidad de Medicina Familiar.\n\n-- English --\n\n"
                                + MAX_FAILURES
                                + " failed attempts to verify your identity by fingerprint within 15 minutes: "
                                + "biometric verification of your identity is locked for 15 minutes. If it was not you, go to "
                                + "your family medicine unit.",
                        "VERIFICATION_LOCKED")));
    }

    private void lockRow(UUID personId) {
        // Serializes concurrent failures against one identity, so that the fifth failure locks exactly once.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:p, 0))")
                .param("p", personId.toString())
                .query(Object.class)
                .optional();
    }

    private Optional<Instant> lockedUntil(UUID personId) {
        return jdbc.sql("select locked_until from verification.identity_lock where person_id = :p")
                .param("p", personId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    private Person claimed(String claim) {
        String text = claim == null ? "" : claim.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            Optional<Person> person = text.length() == 11 && text.chars().allMatch(Character::isDigit)
                    ? persons.findByNss(Nss.parse(text))
                    : persons.findByCurp(Curp.parse(text));
            return person.orElseThrow(() -> new VerificationException(
                    VerificationException.Problem.UNKNOWN_IDENTITY, "no person with that CURP or NSS"));
        } catch (InvalidIdentifierException e) {
            throw new VerificationException(VerificationException.Problem.UNKNOWN_IDENTITY, "not a CURP or an NSS");
        }
    }

    private UUID record(
            Instant at,
            String mode,
            Context context,
            UUID claimed,
            UUID matched,
            String decision,
            ScoreBand band,
            Presented presented) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
            insert into verification.attempt (id, attempted_at, mode, channel, device, operator, claimed_person,
              matched_person, decision, score_band, fingers, face)
            values (:id, :at, :mode, :channel, :device, :operator, :claimed, :matched, :decision, :band, :fingers, :face)
            """)
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("mode", mode)
                .param("channel", context.channel())
                .param("device", context.device())
                .param("operator", context.operator())
                .param("claimed", claimed)
                .param("matched", matched)
                .param("decision", decision)
                .param("band", band.name())
                .param("fingers", presented.fingers())
                .param("face", presented.face())
                .update();
        return id;
    }
}
