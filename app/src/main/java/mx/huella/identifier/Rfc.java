package mx.huella.identifier;

import static mx.huella.identifier.IdentifierText.DIGITS;
import static mx.huella.identifier.IdentifierText.LETTERS;

import java.util.List;
import java.util.Set;
import mx.huella.identifier.InvalidIdentifierException.Rule;

/**
 * An RFC (Registro Federal de Contribuyentes): 13 characters for a persona física, 12 for a
 * persona moral.
 *
 * <p>Immutable, thread-safe and equal by value; {@link #toString()} is the canonical upper-case
 * value. The format is checked strictly, but a wrong check digit is only a {@linkplain #warnings()
 * warning}: SAT has issued RFCs whose check digit fails (about 1.5 % by python-stdnum's estimate),
 * so rejecting them would lock real taxpayers out. The generic RFCs {@code XAXX010101000} (público
 * en general) and {@code XEXX010101000} (foreign counterpart) are accepted as personas físicas with
 * {@link #isGeneric()} true and no warning.
 */
public final class Rfc {

    /** Whether the RFC belongs to an individual or a company. */
    public enum Kind {
        PERSONA_FISICA,
        PERSONA_MORAL
    }

    private static final Set<String> GENERIC = Set.of("XAXX010101000", "XEXX010101000");
    private static final String NAME_LETTERS = LETTERS + "Ñ&";
    // SAT's homoclave table has no O and its first character is a quotient of at most 29 (V); the
    // check follows python-stdnum's looser pattern, which allows O, rather than reject RFCs SAT issued.
    private static final String HOMOCLAVE_FIRST = "123456789ABCDEFGHIJKLMNOPQRSTUV";
    private static final String HOMOCLAVE_SECOND = "123456789" + LETTERS;

    private final String value;
    private final Kind kind;
    private final List<IdentifierWarning> warnings;

    private Rfc(String value, Kind kind, List<IdentifierWarning> warnings) {
        this.value = value;
        this.kind = kind;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Parses an RFC. The text is trimmed, upper-cased ({@link java.util.Locale#ROOT}) and
     * NFC-normalised first.
     *
     * <p>Layout (n = 4 for física, 3 for moral): positions 1..n a letter, Ñ or &amp;; then YYMMDD, a
     * real date in 19YY or 20YY (the century is not encoded); then the homoclave, 1-9 or A-V followed
     * by 1-9 or A-Z; then the check digit, 0-9 or A. A check digit that differs from the computed one
     * yields a {@link IdentifierWarning.Code#CHECK_DIGIT_MISMATCH} warning, not an exception.
     *
     * @throws InvalidIdentifierException naming the first broken format rule and its position
     */
    public static Rfc parse(String text) {
        IdentifierText rfc = IdentifierText.canonical(IdentifierType.RFC, text);
        if (GENERIC.contains(rfc.value())) {
            return new Rfc(rfc.value(), Kind.PERSONA_FISICA, List.of());
        }
        Kind kind = switch (rfc.length()) {
            case 13 -> Kind.PERSONA_FISICA;
            case 12 -> Kind.PERSONA_MORAL;
            default -> throw InvalidIdentifierException.length(IdentifierType.RFC, Rule.RFC_LENGTH, null, rfc.length());
        };
        int letters = kind == Kind.PERSONA_FISICA ? 4 : 3;
        rfc.requireEach(1, letters, NAME_LETTERS, Rule.NOT_A_LETTER_OR_AMPERSAND);
        rfc.requireEach(letters + 1, letters + 6, DIGITS, Rule.NOT_A_DIGIT);
        SixDigitDate.require(rfc, letters + 1, 1900, 2000);
        rfc.require(letters + 7, HOMOCLAVE_FIRST, Rule.INVALID_HOMOCLAVE);
        rfc.require(letters + 8, HOMOCLAVE_SECOND, Rule.INVALID_HOMOCLAVE);
        int checkPosition = letters + 9;
        rfc.require(checkPosition, DIGITS + "A", Rule.NOT_A_DIGIT_OR_A);
        String value = rfc.value();
        String found = value.substring(checkPosition - 1);
        String expected = String.valueOf(CheckDigits.rfc(value.substring(0, checkPosition - 1)));
        List<IdentifierWarning> warnings = found.equals(expected)
                ? List.of()
                : List.of(new IdentifierWarning(
                        IdentifierType.RFC,
                        checkPosition,
                        IdentifierWarning.Code.CHECK_DIGIT_MISMATCH,
                        found,
                        expected));
        return new Rfc(value, kind, warnings);
    }

    /**
     * The check digit for an RFC without its last character: 12 characters for a física, 11 for a
     * moral, upper case, from 0-9, A-Z, Ñ, &amp; and space.
     *
     * @return a digit or {@code 'A'}
     * @throws IllegalArgumentException for another length or character
     */
    public static char checkDigit(String rfcWithoutCheckDigit) {
        return CheckDigits.rfc(rfcWithoutCheckDigit);
    }

    /** The canonical 12 or 13 characters. */
    public String value() {
        return value;
    }

    /** Física (13 characters, including the generic RFCs) or moral (12). */
    public Kind kind() {
        return kind;
    }

    /** Whether this is XAXX010101000 or XEXX010101000. */
    public boolean isGeneric() {
        return GENERIC.contains(value);
    }

    /** Doubts about an accepted RFC; empty when the check digit matches or the RFC is generic. */
    public List<IdentifierWarning> warnings() {
        return warnings;
    }

    /**
     * Whether the check digit matches the computed one. Generic RFCs report {@code true}: their check
     * digit is fixed by SAT and exempt (XAXX010101000's computed digit would be 4).
     */
    public boolean checkDigitMatches() {
        return warnings.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rfc rfc && value.equals(rfc.value);
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
