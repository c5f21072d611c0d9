package mx.huella.staff;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StaffAccountRepository {
    private final JdbcClient jdbc;

    StaffAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StaffAccount> findByUsername(String username) {
        return jdbc.sql("select * from staff.account where username = :username")
                .param("username", username)
                .query(StaffAccountRepository::map)
                .optional();
    }

    List<StaffAccount> findAll() {
        return jdbc.sql("select * from staff.account order by username")
                .query(StaffAccountRepository::map)
                .list();
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("select exists (select 1 from staff.account where :role = any(roles))")
                .param("role", role.name())
                .query(Boolean.class)
                .single();
    }

    /** Inserts the account, or replaces the name, roles and password of the one with its user name. */
    void upsert(
            String username, String displayName, Set<Role> roles, String passwordHash, boolean changeDue, Instant now) {
        jdbc.sql("""
            insert into staff.account (id, username, display_name, password_hash, roles, password_change_due,
              created_at, password_changed_at)
            values (:id, :username, :displayName, :hash, :roles::text[], :changeDue, :now, :now)
            on conflict (username) do update set display_name = excluded.display_name,
              password_hash = excluded.password_hash, roles = excluded.roles,
              password_change_due = excluded.password_change_due, failed_attempts = 0, locked_until = null,
              password_changed_at = excluded.password_changed_at
            """)
                .param("id", UUID.randomUUID())
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwordHash)
                .param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}")))
                .param("changeDue", changeDue)
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Serialises the first-start check across nodes that start together: held until the calling
     * transaction ends.
     */
    void lockForInitialAdministrator() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('huella.staff.initial-administrator'))")
                .query()
                .singleRow();
    }

    void changePassword(String username, String passwordHash, Instant now) {
        jdbc.sql("""
            update staff.account set password_hash = :hash, password_change_due = false,
              password_changed_at = :now where username = :username
            """)
                .param("hash", passwordHash)
                .param("now", Timestamp.from(now))
                .param("username", username)
                .update();
    }

    /**
     * Counts one more failure. At the limit the account is locked until {@code lockUntil} and the
     * count starts again, so the next lock comes after as many new failures.
     *
     * @return true when this failure locked the account
     */
    boolean recordFailure(String username, int maxFailedAttempts, Instant lockUntil) {
        return jdbc.sql("""
            update staff.account set
              locked_until = case when failed_attempts + 1 >= :max then :lockUntil else locked_until end,
              failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end
            where username = :username returning failed_attempts = 0
            """)
                .param("max", maxFailedAttempts)
                .param("lockUntil", Timestamp.from(lockUntil))
                .param("username", username)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void recordSuccess(String username) {
        jdbc.sql("update staff.account set failed_attempts = 0, locked_until = null where username = :username")
                .param("username", username)
                .update();
    }

    private static StaffAccount map(ResultSet rs, int row) throws SQLException {
        Array roles = rs.getArray("roles");
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        return new StaffAccount(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).collect(Collectors.toUnmodifiableSet()),
                rs.getBoolean("password_change_due"),
                rs.getInt("failed_attempts"),
                Optional.ofNullable(lockedUntil).map(Timestamp::toInstant),
                rs.getBoolean("enabled"));
    }
}
