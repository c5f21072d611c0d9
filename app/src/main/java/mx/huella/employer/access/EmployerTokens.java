package mx.huella.employer.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bearer tokens for an employer's API client: thirty minutes, bound to who signed in and their scope. */
@Service
public class EmployerTokens {
    static final Duration LIFETIME = Duration.ofMinutes(30);
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    EmployerTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Issued(String token, Instant expiresAt) {}

    @Transactional
    public Issued issue(EmployerUser user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("delete from employer.api_token where expires_at < :now")
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("""
            insert into employer.api_token (token_hash, employer_id, rfc, holder, delegate, delegate_id, may_enroll,
              registros, issued_at, expires_at)
            values (:hash, :employer, :rfc, :holder, :delegate, :delegateId, :enroll, :registros, :now, :expires)
            """)
                .param("hash", sha256(token))
                .param("employer", user.employerId())
                .param("rfc", user.rfc())
                .param("holder", user.name())
                .param("delegate", user.delegate())
                .param("delegateId", user.delegateId())
                .param("enroll", user.mayEnroll())
                .param("registros", user.registros().toArray(String[]::new))
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(LIFETIME)))
                .update();
        return new Issued(token, now.plus(LIFETIME));
    }

    @Transactional(readOnly = true)
    public Optional<EmployerUser> holder(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
            select employer_id, rfc, holder, delegate, delegate_id, may_enroll, registros from employer.api_token
            where token_hash = :hash and expires_at > :now
            """)
                .param("hash", sha256(token.strip()))
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new EmployerUser(
                        rs.getString("holder"),
                        rs.getObject("employer_id", UUID.class),
                        rs.getString("rfc"),
                        Set.copyOf(Arrays.asList(
                                (String[]) rs.getArray("registros").getArray())),
                        rs.getBoolean("delegate"),
                        rs.getBoolean("may_enroll"),
                        rs.getObject("delegate_id", UUID.class)))
                .optional();
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
