package mx.huella.staff;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates staff accounts and changes their passwords. Passwords handed out by the institute are
 * one-time: the holder must choose their own at the next sign-in.
 */
@Service
public class StaffService {
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");

    private final StaffAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final StaffProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    StaffService(
            StaffAccountRepository accounts,
            PasswordEncoder encoder,
            StaffProperties properties,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates the account, or resets an existing one with that user name, with a one-time password
     * that must be changed at the first sign-in.
     *
     * @return the one-time password, to be handed to its holder and never stored in clear
     * @throws IllegalArgumentException when the user name is malformed or no role is given
     */
    @Transactional
    public String issueAccount(String username, String displayName, Set<Role> roles, Actor actor) {
        return storeWithRandomPassword(username, displayName, roles, true, actor);
    }

    /**
     * Creates or resets an account with a fresh random password and no forced change; for demo and
     * test set-ups that must be usable at once. Never for real staff: their first password must be
     * one-time ({@link #issueAccount}).
     *
     * @return the password, to be shown once
     */
    @Transactional
    public String provisionAccount(String username, String displayName, Set<Role> roles, Actor actor) {
        return storeWithRandomPassword(username, displayName, roles, false, actor);
    }

    /**
     * Replaces the holder's password after checking the current one.
     *
     * @throws PasswordRejectedException when the current password is wrong or the new one too weak
     */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        StaffAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new PasswordRejectedException("password.currentWrong"));
        if (!encoder.matches(currentPassword, account.passwordHash())) {
            audit.record(
                    new AuditEntry(clock.instant(), username, "PASSWORD_CHANGE", username, "WRONG_CURRENT", "WEB"));
            throw new PasswordRejectedException("password.currentWrong");
        }
        if (encoder.matches(newPassword, account.passwordHash())) {
            throw new PasswordRejectedException("password.sameAsOld");
        }
        checkStrength(username, newPassword);
        accounts.changePassword(username, encoder.encode(newPassword), clock.instant());
        audit.record(new AuditEntry(clock.instant(), username, "PASSWORD_CHANGE", username, "SUCCESS", "WEB"));
    }

    @Transactional(readOnly = true)
    public List<StaffSummary> accounts() {
        return accounts.findAll().stream()
                .map(a -> new StaffSummary(
                        a.username(), a.displayName(), a.roles(), a.passwordChangeDue(), a.isLockedAt(clock.instant())))
                .toList();
    }

    /**
     * Creates the first administrator with a one-time password, unless an administrator exists.
     * Safe when several nodes start at once: exactly one of them creates it.
     *
     * @return the one-time password, or empty when an administrator already existed
     */
    @Transactional
    public java.util.Optional<String> createInitialAdministrator(String username) {
        accounts.lockForInitialAdministrator();
        if (accounts.anyWithRole(Role.ADMIN)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                storeWithRandomPassword(username, "Administrador", Set.of(Role.ADMIN), true, Actor.SYSTEM));
    }

    @Transactional(readOnly = true)
    public boolean anyAdministrator() {
        return accounts.anyWithRole(Role.ADMIN);
    }

    private String storeWithRandomPassword(
            String username, String displayName, Set<Role> roles, boolean changeDue, Actor actor) {
        String password = OneTimePasswords.generate();
        store(username, displayName, roles, password, changeDue);
        String action = changeDue ? "STAFF_ACCOUNT_ISSUED" : "STAFF_ACCOUNT_PROVISIONED";
        audit.record(new AuditEntry(clock.instant(), actor.name(), action, username, "SUCCESS", actor.channel()));
        return password;
    }

    private void store(String username, String displayName, Set<Role> roles, String password, boolean changeDue) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "user names are 3-40 characters: lower-case letters, digits, '.', '_' or '-'");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        accounts.upsert(username, name, roles, encoder.encode(password), changeDue, clock.instant());
    }

    private void checkStrength(String username, String password) {
        if (password.length() < properties.minPasswordLength()) {
            throw new PasswordRejectedException("password.tooShort", properties.minPasswordLength());
        }
        if (password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw new PasswordRejectedException("password.containsUsername");
        }
        if (password.chars().distinct().count() < 5) {
            throw new PasswordRejectedException("password.tooSimple");
        }
    }
}
