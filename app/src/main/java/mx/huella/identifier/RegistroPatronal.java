package mx.huella.identifier;

import static mx.huella.identifier.IdentifierText.DIGITS;
import static mx.huella.identifier.IdentifierText.LETTERS;

import mx.huella.identifier.InvalidIdentifierException.Rule;

/**
 * An IMSS registro patronal (employer registration number): one letter and ten digits, often
 * written {@code A12-34567-10-1}.
 *
 * <p>Only the format is checked. The last digit is said to be a check digit, but IMSS has not
 * published its algorithm and no public implementation has it, so any digit-for-digit typo is
 * accepted; confirm authenticity through the employer's e.firma or an IMSS lookup instead.
 *
 * <p>Immutable, thread-safe and equal by value; {@link #toString()} is the 11 characters without
 * separators.
 */
public final class RegistroPatronal {

    private final String value;

    private RegistroPatronal(String value) {
        this.value = value;
    }

    /**
     * Parses a registro patronal. The text is trimmed and upper-cased, and hyphens and whitespace are
     * removed, so {@code "a12-34567-10-1"} is accepted; positions in errors count the characters that
     * remain.
     *
     * @throws InvalidIdentifierException naming the first broken rule and its position
     */
    public static RegistroPatronal parse(String text) {
        IdentifierText registro = IdentifierText.withoutSeparators(IdentifierType.REGISTRO_PATRONAL, text);
        registro.requireLength(11);
        registro.require(1, LETTERS, Rule.NOT_A_LETTER);
        registro.requireEach(2, 11, DIGITS, Rule.NOT_A_DIGIT);
        return new RegistroPatronal(registro.value());
    }

    /** The 11 characters without separators, e.g. {@code A1234567101}. */
    public String value() {
        return value;
    }

    /** The usual written form, e.g. {@code A12-34567-10-1}. */
    public String formatted() {
        return value.substring(0, 3)
                + '-'
                + value.substring(3, 8)
                + '-'
                + value.substring(8, 10)
                + '-'
                + value.substring(10);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegistroPatronal registro && value.equals(registro.value);
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
