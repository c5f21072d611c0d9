package mx.huella.employer.access;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.employer.efirma.EfirmaCertificate;
import mx.huella.employer.efirma.EfirmaException;
import mx.huella.employer.efirma.EfirmaRefusal;
import mx.huella.employer.efirma.EfirmaVerifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs employers in. With the e.firma: the server issues a single-use challenge, the browser signs
 * it with the key it decrypted locally, and the server verifies certificate and signature and maps
 * the certificate's RFC to a registered employer. Delegated HR users: password and a TOTP code,
 * locked for fifteen minutes after five failures. Every attempt is audited.
 */
@Service
class EmployerSignIn {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EmployerSignIn.class);
    static final Duration CHALLENGE_TTL = Duration.ofMinutes(2);
    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    private final JdbcClient jdbc;
    private final EfirmaVerifier verifier;
    private final EmployerSignInThrottle throttle;
    private final DelegatePasswords passwords;
    private final TotpSecrets totpSecrets;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    EmployerSignIn(
            JdbcClient jdbc,
            EfirmaVerifier verifier,
            EmployerSignInThrottle throttle,
            DelegatePasswords passwords,
            TotpSecrets totpSecrets,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.verifier = verifier;
        this.throttle = throttle;
        this.passwords = passwords;
        this.totpSecrets = totpSecrets;
        this.audit = audit;
        this.clock = clock;
    }

    /** The string the browser signs, and its id. */
    public record Challenge(UUID id, String text) {}

    @Transactional
    public Challenge challenge() {
        byte[] nonce = new byte[24];
        random.nextBytes(nonce);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String text =
                "||HUELLA|login|" + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce) + "|" + now + "||";
        jdbc.sql("delete from employer.sign_in_challenge where expires_at < :old")
                .param("old", Timestamp.from(now.minus(Duration.ofHours(1))))
                .update();
        jdbc.sql("""
            insert into employer.sign_in_challenge (id, challenge, issued_at, expires_at) values (:id, :text, :now, :expires)
            """)
                .param("id", id)
                .param("text", text)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(CHALLENGE_TTL)))
                .update();
        return new Challenge(id, text);
    }

    /**
     * @param certificate the .cer as sent (DER)
     * @param signature SHA256withRSA of the challenge text by the certificate's key
     * @throws EfirmaException with the reason the employer is shown
     */
    @Transactional(noRollbackFor = EfirmaException.class)
    public EmployerUser withEfirma(UUID challengeId, byte[] certificate, byte[] signature, String client) {
        if (!throttle.allows(client)) {
            throw new EfirmaException(EfirmaRefusal.THROTTLED, "too many failed sign-ins from " + client);
        }
        try {
            String challenge = consume(challengeId)
                    .orElseThrow(
                            () -> new EfirmaException(EfirmaRefusal.CHALLENGE_EXPIRED, "unknown, used or expired"));
            EfirmaCertificate efirma = verifier.verify(certificate, challenge, signature, clock.instant());
            Optional<UUID> employer = jdbc.sql("select id from employer.employer where rfc = :rfc")
                    .param("rfc", efirma.rfc())
                    .query(UUID.class)
                    .optional();
            if (employer.isEmpty()) {
                throw new EfirmaException(EfirmaRefusal.RFC_NOT_REGISTERED, "RFC " + efirma.rfc() + " not registered");
            }
            audit.record(new AuditEntry(
                    clock.instant(),
                    "efirma:" + efirma.rfc(),
                    "EMPLOYER_SIGN_IN_EFIRMA",
                    employer.get().toString(),
                    "SUCCESS certificate " + efirma.number() + " challenge-sha256 " + sha256(challenge),
                    "WEB"));
            return new EmployerUser(efirma.holderName(), employer.get(), efirma.rfc(), Set.of(), false, false, null);
        } catch (EfirmaException e) {
            log.info("e.firma sign-in refused: {} ({})", e.refusal(), e.getMessage());
            throttle.failed(client);
            audit.record(new AuditEntry(
                    clock.instant(),
                    "client:" + client,
                    "EMPLOYER_SIGN_IN_EFIRMA",
                    "-",
                    e.refusal().name(),
                    "WEB"));
            throw e;
        }
    }

    /** Why a delegate's sign-in failed: wrong credentials (never which one), locked, throttled. */
    public enum DelegateRefusal {
        WRONG_CREDENTIALS,
        LOCKED,
        THROTTLED
    }

    public static class DelegateSignInException extends RuntimeException {
        private final DelegateRefusal refusal;

        DelegateSignInException(DelegateRefusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public DelegateRefusal refusal() {
            return refusal;
        }
    }

    @Transactional(noRollbackFor = DelegateSignInException.class)
    public EmployerUser asDelegate(String username, String password, String code, String client) {
        if (!throttle.allows(client)) {
            throw new DelegateSignInException(DelegateRefusal.THROTTLED);
        }
        Instant now = clock.instant();
        Optional<Delegates.Stored> found = jdbc.sql(Delegates.SELECT_STORED + " where d.username = :u for update")
                .param("u", username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
                .query(Delegates::stored)
                .optional();
        if (found.isEmpty() || found.get().revoked()) {
            passwords.matches(password, null);
            return refuse(client, username, DelegateRefusal.WRONG_CREDENTIALS);
        }
        Delegates.Stored delegate = found.get();
        if (delegate.lockedUntil() != null && delegate.lockedUntil().isAfter(now)) {
            return refuse(client, username, DelegateRefusal.LOCKED);
        }
        boolean passwordOk = passwords.matches(password, delegate.passwordHash());
        var step = TotpCodes.match(totpSecret(delegate), code, now, delegate.lastTotpStep());
        if (!passwordOk || step.isEmpty()) {
            int failures = delegate.failedAttempts() + 1;
            boolean lock = failures >= MAX_FAILURES;
            jdbc.sql("update employer.delegate set failed_attempts = :f, locked_until = :until where id = :id")
                    .param("f", lock ? 0 : failures)
                    .param("until", lock ? Timestamp.from(now.plus(LOCKOUT)) : null)
                    .param("id", delegate.id())
                    .update();
            return refuse(client, username, lock ? DelegateRefusal.LOCKED : DelegateRefusal.WRONG_CREDENTIALS);
        }
        jdbc.sql("""
            update employer.delegate set failed_attempts = 0, locked_until = null, last_totp_step = :step where id = :id
            """).param("step", step.getAsLong()).param("id", delegate.id()).update();
        audit.record(new AuditEntry(
                now,
                "delegate:" + delegate.username(),
                "EMPLOYER_SIGN_IN_DELEGATE",
                delegate.employerId().toString(),
                "SUCCESS",
                "WEB"));
        return delegate.asUser();
    }

    // A seed still in plain text was stored by an earlier version and is sealed on the next start
    // (TotpSecretSealing); until then, as during a rolling upgrade, it is read as it is.
    private byte[] totpSecret(Delegates.Stored delegate) {
        return delegate.totpSealed()
                ? totpSecrets.open(delegate.id(), delegate.storedTotpSecret())
                : delegate.storedTotpSecret();
    }

    private EmployerUser refuse(String client, String username, DelegateRefusal refusal) {
        throttle.failed(client);
        audit.record(new AuditEntry(
                clock.instant(),
                "delegate:" + (username == null ? "" : username.strip()),
                "EMPLOYER_SIGN_IN_DELEGATE",
                "-",
                refusal.name(),
                "WEB"));
        throw new DelegateSignInException(refusal);
    }

    private Optional<String> consume(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
            update employer.sign_in_challenge set used_at = :now
            where id = :id and used_at is null and expires_at > :now returning challenge
            """)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .query(String.class)
                .optional();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
