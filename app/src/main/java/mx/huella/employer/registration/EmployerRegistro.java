package mx.huella.employer.registration;

import java.util.Objects;
import mx.huella.identifier.RegistroPatronal;

/**
 * A registro patronal with the wage zone of the workplace it covers; the zone decides which minimum
 * wage bounds the SBC of its workers.
 */
public record EmployerRegistro(RegistroPatronal registro, WageZone zone) {
    public EmployerRegistro {
        Objects.requireNonNull(registro);
        Objects.requireNonNull(zone);
    }
}
