package mx.huella.employer.registration;

import java.util.Locale;
import mx.huella.identifier.InvalidIdentifierException;
import mx.huella.identifier.RegistroPatronal;
import mx.huella.identifier.Rfc;

/** Reads the text that staff type or send into identifiers and zones, refusing it by field. */
final class EmployerInput {
    private EmployerInput() {}

    static Rfc rfc(String text) {
        try {
            return Rfc.parse(text);
        } catch (InvalidIdentifierException e) {
            throw new EmployerException(EmployerException.Problem.INVALID_RFC, "rfc", e.getMessage(), e);
        }
    }

    static RegistroPatronal registro(String text, String field) {
        try {
            return RegistroPatronal.parse(text);
        } catch (InvalidIdentifierException e) {
            throw new EmployerException(EmployerException.Problem.INVALID_REGISTRO, field, e.getMessage(), e);
        }
    }

    /** A required contact address, trimmed; the service checks its form. */
    static String email(String text) {
        if (text == null || text.isBlank()) {
            throw new EmployerException(
                    EmployerException.Problem.INVALID_EMAIL, "contactEmail", "the contact address is missing");
        }
        return text.strip();
    }

    static WageZone zone(String text, String field) {
        if (text != null) {
            for (WageZone zone : WageZone.values()) {
                if (zone.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                    return zone;
                }
            }
        }
        throw new EmployerException(
                EmployerException.Problem.INVALID_WAGE_ZONE, field, "the wage zone is GENERAL or FRONTERA_NORTE");
    }
}
