package mx.huella.employer;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Whose registros a caller may see and change: institute staff all of them, an employer signed in
 * with its e.firma all of its own, a delegated HR user only those the employer granted.
 */
public record EmployerAccess(Optional<UUID> employerId, Set<String> registros) {
    public EmployerAccess {
        registros = Set.copyOf(registros);
    }

    public static EmployerAccess staff() {
        return new EmployerAccess(Optional.empty(), Set.of());
    }

    public static EmployerAccess employer(UUID employerId) {
        return new EmployerAccess(Optional.of(employerId), Set.of());
    }

    public static EmployerAccess delegate(UUID employerId, Set<String> registros) {
        if (registros.isEmpty()) {
            throw new IllegalArgumentException("a delegate holds at least one registro");
        }
        return new EmployerAccess(Optional.of(employerId), registros);
    }

    public boolean isStaff() {
        return employerId.isEmpty();
    }

    /** Whether this caller may act on the registro, which belongs to {@code owner}. */
    public boolean covers(UUID owner, String registro) {
        if (employerId.isEmpty()) {
            return true;
        }
        return employerId.get().equals(owner) && (registros.isEmpty() || registros.contains(registro));
    }
}
