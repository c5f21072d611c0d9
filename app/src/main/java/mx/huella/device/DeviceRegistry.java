package mx.huella.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, revokes and authenticates devices. The secret is 256 random bits, so a plain SHA-256 of
 * it is safe to keep; five wrong secrets in a row lock the device for fifteen minutes.
 */
@Service
public class DeviceRegistry {
    static final int MAX_FAILURES = 5;
    private static final Duration SEEN_PRECISION = Duration.ofMinutes(1);
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final String COLUMNS =
            "id, kind, label, location, registered_at, registered_by, revoked_at, last_seen_at, owner_rfc from device.device";
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private final List<DeviceOwners> owners;

    DeviceRegistry(JdbcClient jdbc, AuditLog audit, Clock clock, List<DeviceOwners> owners) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.owners = owners;
    }

    /** A new device and the secret it authenticates with, which is shown this once. */
    public record Registered(Device device, String secret) {
        /** The value of the device's {@code Authorization} header. */
        public String authorization() {
            return "Device " + device.id() + ":" + secret;
        }
    }

    /** Why an authentication failed. */
    public enum Refusal {
        UNKNOWN_OR_WRONG_SECRET,
        LOCKED,
        REVOKED
    }

    /** The outcome of an authentication: the device, or why not. */
    public record Authentication(Optional<Device> device, Optional<Refusal> refusal) {}

    /** An institute device. */
    @Transactional
    public Registered register(DeviceKind kind, String label, String location, Actor actor) {
        return register(kind, label, location, null, actor);
    }

    /**
     * A device; a capture station may be owned by a registered employer (by RFC), for enrollments at
     * its premises by its own HR users only.
     *
     * @throws IllegalArgumentException for a missing kind or label, a kiosk with an owner, or an owner
     *     that is not a registered employer's RFC
     */
    @Transactional
    public Registered register(DeviceKind kind, String label, String location, String ownerRfc, Actor actor) {
        if (kind == null || label == null || label.isBlank() || label.length() > 100) {
            throw new IllegalArgumentException("a device needs a kind and a label of at most 100 characters");
        }
        String owner = ownerRfc == null || ownerRfc.isBlank() ? null : canonicalOwner(ownerRfc);
        if (owner != null && kind != DeviceKind.CAPTURE_STATION) {
            throw new IllegalArgumentException("only a capture station may stand on an employer's premises");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
            insert into device.device (id, kind, label, location, secret_hash, registered_at, registered_by, owner_rfc)
            values (:id, :kind, :label, :location, :hash, :now, :by, :owner)
            """)
                .param("owner", owner)
                .param("id", id)
                .param("kind", kind.name())
                .param("label", label.strip())
                .param("location", location == null ? "" : location.strip())
                .param("hash", sha256(secret))
                .param("now", Timestamp.from(now))
                .param("by", actor.name())
                .update();
        audit.record(
                new AuditEntry(now, actor.name(), "DEVICE_REGISTERED", id.toString(), kind.name(), actor.channel()));
        return new Registered(find(id).orElseThrow(), secret);
    }

    @Transactional
    public void revoke(UUID id, Actor actor) {
        int changed = jdbc.sql("update device.device set revoked_at = :now where id = :id and revoked_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        if (changed == 1) {
            audit.record(new AuditEntry(
                    clock.instant(), actor.name(), "DEVICE_REVOKED", id.toString(), "SUCCESS", actor.channel()));
        }
    }

    @Transactional(readOnly = true)
    public List<Device> all() {
        return jdbc.sql("select " + COLUMNS + " order by revoked_at nulls first, kind, label")
                .query(DeviceRegistry::device)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Device> active(DeviceKind kind) {
        return jdbc.sql("select " + COLUMNS + " where kind = :kind and revoked_at is null order by label")
                .param("kind", kind.name())
                .query(DeviceRegistry::device)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Device> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " where id = :id")
                .param("id", id)
                .query(DeviceRegistry::device)
                .optional();
    }

    /** Checks a device's secret; failures count towards its lockout even though the request fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Authentication authenticate(UUID id, String secret) {
        Instant now = clock.instant();
        // A kiosk calls many times a second: a right secret with nothing to reset or note is one read, no row
        // lock (its calls would queue behind each other) and no write. last_seen_at is kept to the minute.
        List<Device> quietlyValid = jdbc.sql(
                        "select secret_hash, locked_until, failed_attempts, " + COLUMNS + " where id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    Device device = device(rs, n);
                    boolean quiet = rs.getTimestamp("locked_until") == null
                            && rs.getInt("failed_attempts") == 0
                            && device.active()
                            && device.lastSeenAt()
                                    .filter(seen -> seen.isAfter(now.minus(SEEN_PRECISION)))
                                    .isPresent()
                            && secret != null
                            && MessageDigest.isEqual(sha256(secret), rs.getBytes("secret_hash"));
                    return quiet ? device : null;
                })
                .list();
        if (quietlyValid.size() == 1 && quietlyValid.get(0) != null) {
            return new Authentication(Optional.of(quietlyValid.get(0)), Optional.empty());
        }
        Optional<Stored> stored = jdbc.sql("""
            select secret_hash, revoked_at, locked_until, failed_attempts from device.device where id = :id for update
            """)
                .param("id", id)
                .query((rs, n) -> new Stored(
                        rs.getBytes(1),
                        rs.getTimestamp(2) != null,
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(),
                        rs.getInt(4)))
                .optional();
        if (stored.isEmpty()) {
            // Hash anyway, so that an unknown id takes as long as a wrong secret.
            MessageDigest.isEqual(sha256(secret == null ? "" : secret), new byte[32]);
            return refused(Refusal.UNKNOWN_OR_WRONG_SECRET);
        }
        Stored device = stored.get();
        if (device.lockedUntil() != null && device.lockedUntil().isAfter(now)) {
            return refused(Refusal.LOCKED);
        }
        boolean matches = secret != null && MessageDigest.isEqual(sha256(secret), device.hash());
        if (!matches) {
            int failures = device.failures() + 1;
            boolean lock = failures >= MAX_FAILURES;
            jdbc.sql("update device.device set failed_attempts = :f, locked_until = :until where id = :id")
                    .param("f", lock ? 0 : failures)
                    .param("until", lock ? Timestamp.from(now.plus(LOCKOUT)) : null)
                    .param("id", id)
                    .update();
            audit.record(new AuditEntry(
                    now, "device:" + id, "DEVICE_AUTHENTICATION", id.toString(), lock ? "LOCKED" : "FAILURE", "API"));
            return refused(lock ? Refusal.LOCKED : Refusal.UNKNOWN_OR_WRONG_SECRET);
        }
        if (device.revoked()) {
            return refused(Refusal.REVOKED);
        }
        jdbc.sql(
                        "update device.device set failed_attempts = 0, locked_until = null, last_seen_at = :now where id = :id")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
        return new Authentication(find(id), Optional.empty());
    }

    private static Authentication refused(Refusal refusal) {
        return new Authentication(Optional.empty(), Optional.of(refusal));
    }

    private record Stored(byte[] hash, boolean revoked, Instant lockedUntil, int failures) {}

    private String canonicalOwner(String rfc) {
        String canonical;
        try {
            canonical = mx.huella.identifier.Rfc.parse(rfc).value();
        } catch (mx.huella.identifier.InvalidIdentifierException e) {
            throw new IllegalArgumentException("the owner is not a valid RFC: " + e.getMessage());
        }
        if (owners.stream().noneMatch(o -> o.isRegistered(canonical))) {
            throw new IllegalArgumentException("no registered employer has the RFC " + canonical);
        }
        return canonical;
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Device device(ResultSet rs, int row) throws SQLException {
        return new Device(
                rs.getObject("id", UUID.class),
                DeviceKind.valueOf(rs.getString("kind")),
                rs.getString("label"),
                rs.getString("location"),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getString("registered_by"),
                Optional.ofNullable(rs.getTimestamp("revoked_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getTimestamp("last_seen_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getString("owner_rfc")));
    }
}
