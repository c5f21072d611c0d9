package mx.huella.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Remembers which person an idempotent creation request produced, keyed by client and key, with a
 * hash of the request so that a key reused for different data is recognised.
 */
@Repository
class CreationRequests {
    /** Longest idempotency key accepted. */
    static final int MAX_KEY_LENGTH = 100;

    private final JdbcClient jdbc;

    CreationRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person created earlier under this key, if the request is the same; throws if it differs. */
    Optional<UUID> earlierResult(String actor, String key, PersonDraft draft) {
        return jdbc.sql(
                        "select request_hash, person_id from registry.creation_request where actor = :actor and idempotency_key = :key")
                .param("actor", actor)
                .param("key", key)
                .query((rs, row) -> {
                    if (!rs.getString("request_hash").equals(hash(draft))) {
                        throw new IdempotencyKeyReusedException();
                    }
                    return rs.getObject("person_id", UUID.class);
                })
                .optional();
    }

    void remember(String actor, String key, PersonDraft draft, UUID personId, Instant now) {
        jdbc.sql("""
            insert into registry.creation_request (actor, idempotency_key, request_hash, person_id, created_at)
            values (:actor, :key, :hash, :personId, :now)
            """)
                .param("actor", actor)
                .param("key", key)
                .param("hash", hash(draft))
                .param("personId", personId)
                .param("now", Timestamp.from(now))
                .update();
    }

    private static String hash(PersonDraft draft) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(draft.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
