package mx.huella.employer.access;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import mx.huella.employer.EmployerAccess;

/**
 * An employer signed in to the portal: with its e.firma (all its registros) or as a delegated HR
 * user (the registros granted, and enrollment of its workers when granted). Lives in the HTTP
 * session as the authentication's principal; a delegate's standing is read again on every request
 * (see {@link DelegateStandingFilter}), so the session copy only says who it is.
 *
 * @param delegateId the delegate's id; null for an employer signed in with its e.firma
 */
public record EmployerUser(
        String name,
        UUID employerId,
        String rfc,
        Set<String> registros,
        boolean delegate,
        boolean mayEnroll,
        UUID delegateId)
        implements Serializable {
    public static final String EMPLOYER_ROLE = "ROLE_EMPLOYER";
    public static final String DELEGATE_ROLE = "ROLE_EMPLOYER_DELEGATE";

    public EmployerUser {
        registros = Set.copyOf(registros);
        if (delegate != (delegateId != null)) {
            throw new IllegalArgumentException("a delegate, and only a delegate, has a delegate id");
        }
    }

    public EmployerAccess access() {
        return delegate ? EmployerAccess.delegate(employerId, registros) : EmployerAccess.employer(employerId);
    }

    public String authority() {
        return delegate ? DELEGATE_ROLE : EMPLOYER_ROLE;
    }

    @Override
    public String toString() {
        return (delegate ? "delegate:" : "efirma:") + rfc + ":" + name;
    }
}
