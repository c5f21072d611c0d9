package mx.huella.identifier;

import static mx.huella.identifier.IdentifierText.DIGITS;

import mx.huella.identifier.InvalidIdentifierException.Rule;

/**
 * An NSS (Número de Seguridad Social) assigned by IMSS: 11 digits, the last a Luhn check digit over
 * the first 10. Luhn catches every single-digit substitution.
 *
 * <p>Immutable, thread-safe and equal by value; {@link #toString()} is the 11 digits.
 */
public final class Nss {

    private final String value;

    private Nss(String value) {
        this.value = value;
    }

    /**
     * Parses an NSS: trimmed, then exactly 11 digits (no separators) whose last is the Luhn check
     * digit of the first 10.
     *
     * @throws InvalidIdentifierException naming the first broken rule and its position
     */
    public static Nss parse(String text) {
        IdentifierText nss = IdentifierText.canonical(IdentifierType.NSS, text);
        nss.requireLength(11);
        nss.requireEach(1, 11, DIGITS, Rule.NOT_A_DIGIT);
        String value = nss.value();
        char expected = CheckDigits.luhn(value.substring(0, 10));
        if (value.charAt(10) != expected) {
            throw InvalidIdentifierException.checkDigit(
                    IdentifierType.NSS, 11, value.substring(10), String.valueOf(expected));
        }
        // IMSS guidance says the birth year (5-6) should not exceed the registration year (3-4), but
        // both are two-digit years: registered 2015 ("15") and born 1990 ("90") is a normal NSS. The
        // centuries are unknown, so that rule cannot be checked.
        return new Nss(value);
    }

    /**
     * The Luhn check digit for the first 10 digits of an NSS.
     *
     * @throws IllegalArgumentException if there are not exactly 10 characters or one is not a digit
     */
    public static char checkDigit(String first10) {
        CheckDigits.requireLength(first10, 10);
        return CheckDigits.luhn(first10);
    }

    /** The 11 digits. */
    public String value() {
        return value;
    }

    /** Digits 1-2: the IMSS subdelegación where the person was first registered. */
    public String subdelegation() {
        return value.substring(0, 2);
    }

    /** Digits 3-4: the last two digits of the year of first registration. */
    public String registrationYearDigits() {
        return value.substring(2, 4);
    }

    /** Digits 5-6: the last two digits of the birth year; IMSS uses 97 when it was unknown. */
    public String birthYearDigits() {
        return value.substring(4, 6);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Nss nss && value.equals(nss.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
