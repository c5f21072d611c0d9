package mx.huella.employer.registration;

import java.util.List;
import java.util.UUID;
import mx.huella.identifier.Rfc;

/**
 * An employer as the institute's staff manage it: its contact address (where the outbox mails it)
 * and each registro with its wage zone, in registro order. The contact address is null when none was given.
 */
public record EmployerView(UUID id, Rfc rfc, String legalName, String contactEmail, List<EmployerRegistro> registros) {
    public EmployerView {
        registros = List.copyOf(registros);
    }
}
