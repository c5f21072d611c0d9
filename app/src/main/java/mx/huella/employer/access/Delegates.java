package mx.huella.employer.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.employer.MovementException;
import mx.huella.notification.Mail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer's delegated HR users: created by the employer (signed in with its e.firma) with some
 * of its registros, optionally allowed to run enrollments of its workers; revoked at any time.
 */
@Service
public class Delegates {
    static final String SELECT_STORED = """
        select d.id, d.employer_id, m.rfc, d.username, d.full_name, d.password_hash, d.totp_secret, d.totp_sealed,
          d.may_enroll,
          d.revoked_at is not null as revoked, d.failed_attempts, d.locked_until, coalesce(d.last_totp_step, -1) as last_step,
          array(select registro from employer.delegate_registro r where r.delegate_id = d.id order by registro) as registros
        from employer.delegate d join employer.employer m on m.id = d.employer_id
        """;
    private final JdbcClient jdbc;
    private final DelegatePasswords passwords;
    private final TotpSecrets totpSecrets;
    private final AuditLog audit;
    private final Clock clock;

    Delegates(JdbcClient jdbc, DelegatePasswords passwords, TotpSecrets totpSecrets, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.totpSecrets = totpSecrets;
        this.audit = audit;
        this.clock = clock;
    }

    record Stored(
            UUID id,
            UUID employerId,
            String rfc,
            String username,
            String fullName,
            String passwordHash,
            byte[] storedTotpSecret,
            boolean totpSealed,
            boolean mayEnroll,
            boolean revoked,
            int failedAttempts,
            Instant lockedUntil,
            long lastTotpStep,
            List<String> registros) {

        EmployerUser asUser() {
            return new EmployerUser(fullName, employerId, rfc, Set.copyOf(registros), true, mayEnroll, id);
        }
    }

    /** A delegate as the employer sees it. */
    public record Delegate(
            UUID id,
            String username,
            String fullName,
            String email,
            List<String> registros,
            boolean mayEnroll,
            boolean revoked) {}

    /** A new delegate's first password and TOTP enrolment, shown to the employer once. */
    public record Created(Delegate delegate, String password, String totpSecret, String totpUri) {}

    /** One of the employer's registros, which it may grant to its delegates, as its pages show it. */
    public record Grantable(String registro, String label) {}

    /** The employer's registros, in registro order: those its delegates may be granted. */
    @Transactional(readOnly = true)
    public List<Grantable> grantable(EmployerUser employer) {
        return jdbc.sql(
                        "select registro, label from employer.registro_patronal where employer_id = :e order by registro")
                .param("e", employer.employerId())
                .query((rs, n) -> new Grantable(rs.getString("registro"), rs.getString("label")))
                .list();
    }

    @Transactional
    public Created create(
            EmployerUser employer,
            String username,
            String fullName,
            String email,
            Set<String> registros,
            boolean mayEnroll) {
        if (employer.delegate()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "only the employer's e.firma creates delegates");
        }
        String login = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!login.matches("[a-z0-9._-]{3,40}")) {
            throw new MovementException(
                    MovementException.Problem.INVALID_FIELD, "username", "3 to 40 letters, digits, dots, dashes");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new MovementException(MovementException.Problem.INVALID_FIELD, "fullName", "the name is required");
        }
        if (!Mail.isAddress(email)) {
            throw new MovementException(MovementException.Problem.INVALID_FIELD, "email", "not an e-mail address");
        }
        List<String> own = grantable(employer).stream().map(Grantable::registro).toList();
        if (registros.isEmpty() || !own.containsAll(registros)) {
            throw new MovementException(
                    MovementException.Problem.NOT_YOUR_REGISTRO,
                    "registros",
                    "grant at least one of your own registros");
        }
        String password = passwords.generate();
        byte[] secret = TotpCodes.newSecret();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                insert into employer.delegate (id, employer_id, username, full_name, email, password_hash, totp_secret,
                  totp_sealed, may_enroll, created_at, created_by)
                values (:id, :employer, :username, :name, :email, :hash, :secret, true, :enroll, :now, :by)
                """)
                    .param("id", id)
                    .param("employer", employer.employerId())
                    .param("username", login)
                    .param("name", fullName.strip())
                    .param("email", email.strip())
                    .param("hash", passwords.hash(password))
                    .param("secret", totpSecrets.seal(id, secret))
                    .param("enroll", mayEnroll)
                    .param("now", Timestamp.from(clock.instant()))
                    .param("by", employer.toString())
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new MovementException(MovementException.Problem.INVALID_FIELD, "username", "that user name is taken");
        }
        for (String registro : registros) {
            jdbc.sql("insert into employer.delegate_registro (delegate_id, registro) values (:id, :r)")
                    .param("id", id)
                    .param("r", registro)
                    .update();
        }
        audit.record(new AuditEntry(
                clock.instant(),
                employer.toString(),
                "EMPLOYER_DELEGATE_CREATED",
                id.toString(),
                String.join(",", registros),
                "WEB"));
        Delegate delegate = new Delegate(
                id,
                login,
                fullName.strip(),
                email.strip(),
                List.copyOf(new java.util.TreeSet<>(registros)),
                mayEnroll,
                false);
        return new Created(delegate, password, TotpCodes.base32(secret), TotpCodes.uri("Huella", login, secret));
    }

    @Transactional
    public void revoke(EmployerUser employer, UUID delegateId) {
        int changed = jdbc.sql("""
            update employer.delegate set revoked_at = :now where id = :id and employer_id = :employer and revoked_at is null
            """)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", delegateId)
                .param("employer", employer.employerId())
                .update();
        if (changed == 1) {
            jdbc.sql("delete from employer.api_token where delegate_id = :id")
                    .param("id", delegateId)
                    .update();
            audit.record(new AuditEntry(
                    clock.instant(),
                    employer.toString(),
                    "EMPLOYER_DELEGATE_REVOKED",
                    delegateId.toString(),
                    "SUCCESS",
                    "WEB"));
        }
    }

    /** The registros a delegate holds now; empty when it was revoked or never existed. */
    @Transactional(readOnly = true)
    public Optional<Set<String>> currentRegistros(UUID delegateId) {
        return jdbc.sql("""
                select array(select registro from employer.delegate_registro r where r.delegate_id = d.id) from employer.delegate d
                where d.id = :id and d.revoked_at is null
                """)
                .param("id", delegateId)
                .query((rs, n) -> Set.copyOf(
                        java.util.Arrays.asList((String[]) rs.getArray(1).getArray())))
                .optional();
    }

    /**
     * The delegate as it stands now: its current registros and permission, or nothing once it is
     * revoked or holds no registro any more.
     */
    @Transactional(readOnly = true)
    public Optional<EmployerUser> standing(EmployerUser delegate) {
        if (!delegate.delegate()) {
            return Optional.of(delegate);
        }
        return jdbc.sql(SELECT_STORED + " where d.id = :id and d.employer_id = :employer")
                .param("id", delegate.delegateId())
                .param("employer", delegate.employerId())
                .query(Delegates::stored)
                .optional()
                .filter(stored -> !stored.revoked() && !stored.registros().isEmpty())
                .map(Stored::asUser);
    }

    @Transactional(readOnly = true)
    public List<Delegate> of(EmployerUser employer) {
        return jdbc.sql("""
            select d.id, d.username, d.full_name, d.email, d.may_enroll, d.revoked_at is not null as revoked,
              array(select registro from employer.delegate_registro r where r.delegate_id = d.id order by registro) as registros
            from employer.delegate d where d.employer_id = :employer order by d.revoked_at nulls first, d.username
            """)
                .param("employer", employer.employerId())
                .query((rs, n) -> new Delegate(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getString("email"),
                        registros(rs),
                        rs.getBoolean("may_enroll"),
                        rs.getBoolean("revoked")))
                .list();
    }

    static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(
                rs.getObject("id", UUID.class),
                rs.getObject("employer_id", UUID.class),
                rs.getString("rfc"),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("password_hash"),
                rs.getBytes("totp_secret"),
                rs.getBoolean("totp_sealed"),
                rs.getBoolean("may_enroll"),
                rs.getBoolean("revoked"),
                rs.getInt("failed_attempts"),
                rs.getTimestamp("locked_until") == null
                        ? null
                        : rs.getTimestamp("locked_until").toInstant(),
                rs.getLong("last_step"),
                registros(rs));
    }

    private static List<String> registros(ResultSet rs) throws SQLException {
        java.sql.Array array = rs.getArray("registros");
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
