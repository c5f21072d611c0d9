package mx.huella.employer.access;

import mx.huella.employer.EmployerAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Turns whoever is signed in into the registros they may act on. */
@Component
public class EmployerPrincipals {
    private static final java.util.Set<String> STAFF = java.util.Set.of("ROLE_ADMIN", "ROLE_OPERATOR");

    /** The delegated HR user behind the request, if a delegate makes it; null otherwise. */
    public java.util.UUID delegate(Authentication caller) {
        return caller != null && caller.getPrincipal() instanceof EmployerUser user ? user.delegateId() : null;
    }

    public EmployerAccess access(Authentication caller) {
        if (caller == null) {
            throw new AccessDeniedException("not signed in");
        }
        if (caller.getPrincipal() instanceof EmployerUser user) {
            return user.access();
        }
        boolean staff = caller.getAuthorities().stream().anyMatch(a -> STAFF.contains(a.getAuthority()));
        if (!staff) {
            throw new AccessDeniedException("movements are filed by employers or enrollment staff");
        }
        return EmployerAccess.staff();
    }
}
