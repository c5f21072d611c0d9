package mx.huella.staff;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A staff account as stored; the hash is Argon2id in Spring Security's encoded form. */
record StaffAccount(
        UUID id,
        String username,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        boolean passwordChangeDue,
        int failedAttempts,
        Optional<Instant> lockedUntil,
        boolean enabled) {

    boolean isLockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }
}
