package mx.huella.employer.registration;

import java.util.List;
import java.util.UUID;
import mx.huella.identifier.RegistroPatronal;
import mx.huella.identifier.Rfc;

/** An employer and its registros patronales, in the order they were registered. */
public record Employer(UUID id, Rfc rfc, String legalName, List<RegistroPatronal> registros) {
    public Employer {
        registros = List.copyOf(registros);
    }
}
