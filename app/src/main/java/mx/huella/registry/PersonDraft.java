package mx.huella.registry;

/**
 * A person's data as entered, before validation. Every field is text exactly as typed, so that a
 * bad value can be reported back with the field it came from; blank optional fields mean absent.
 *
 * @param birthDate ISO date, {@code yyyy-MM-dd}
 * @param sex {@code H}, {@code M} or {@code X}, as in the CURP
 * @param birthState the two-letter state code of the CURP ({@code NE} for born abroad)
 */
public record PersonDraft(
        String curp,
        String nss,
        String givenNames,
        String firstSurname,
        String secondSurname,
        String birthDate,
        String sex,
        String birthState,
        String email,
        String phone) {}
