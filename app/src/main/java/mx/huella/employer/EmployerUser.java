package mx.huella.employer;

import java.io.Serializable;
import java.util.UUID;

/**
 * An employer signed in to the portal: with its e.firma (all its registros) or as a delegated HR
 * user (the registros granted). Lives in the HTTP session as the authentication's principal.
 */
public record EmployerUser(String name, UUID employerId, String rfc, java.util.Set<String> registros, boolean delegate)
        implements Serializable {
    public EmployerUser {
        registros = java.util.Set.copyOf(registros);
    }

    public EmployerAccess access() {
        return delegate ? EmployerAccess.delegate(employerId, registros) : EmployerAccess.employer(employerId);
    }

    @Override
    public String toString() {
        return name;
    }
}
