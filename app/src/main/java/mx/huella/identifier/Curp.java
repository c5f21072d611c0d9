package mx.huella.identifier;

import static mx.huella.identifier.IdentifierText.DIGITS;
import static mx.huella.identifier.IdentifierText.LETTERS;

import java.time.LocalDate;
import mx.huella.identifier.InvalidIdentifierException.Rule;

/**
 * A CURP (Clave Única de Registro de Población), the 18-character population register key.
 *
 * <p>Immutable, thread-safe and equal by value. {@link #toString()} is the canonical upper-case
 * value. The check digit at position 18 uses weights 18..2 modulo 10, so it cannot notice a change at
 * position 9, a change by 5 in the value of a character at an even-weighted position, or a change
 * by 10 anywhere (for example A and K): format rules catch some of these, not all.
 */
public final class Curp {

    private static final String VOWELS_OR_X = "AEIOUX";
    private static final String CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ";
    private static final String HOMONYMY = DIGITS + LETTERS;

    private final String value;
    private final LocalDate birthDate;
    private final Sex sex;
    private final BirthState birthState;

    private Curp(String value, LocalDate birthDate, Sex sex, BirthState birthState) {
        this.value = value;
        this.birthDate = birthDate;
        this.sex = sex;
        this.birthState = birthState;
    }

    /**
     * Parses a CURP. The text is trimmed, upper-cased ({@link java.util.Locale#ROOT}) and
     * NFC-normalised first, so {@code " pegj900101hdfrrn09 "} is accepted.
     *
     * <p>Rules, in the order they are checked: not blank; 18 characters; 1 a letter; 2 a vowel or X;
     * 3-4 letters; 5-10 digits forming a real date YYMMDD whose century is 19 when position 17 is a
     * digit and 20 when it is a letter; 11 H, M or X; 12-13 one of the 33 state codes; 14-16
     * consonants; 17 a digit or letter; 18 the computed check digit.
     *
     * @throws InvalidIdentifierException naming the first broken rule and its position
     */
    public static Curp parse(String text) {
        IdentifierText curp = IdentifierText.canonical(IdentifierType.CURP, text);
        curp.requireLength(18);
        curp.require(1, LETTERS, Rule.NOT_A_LETTER);
        curp.require(2, VOWELS_OR_X, Rule.NOT_A_VOWEL_OR_X);
        curp.requireEach(3, 4, LETTERS, Rule.NOT_A_LETTER);
        curp.requireEach(5, 10, DIGITS, Rule.NOT_A_DIGIT);
        requireBirthDate(curp);
        curp.require(11, "HMX", Rule.INVALID_SEX);
        BirthState state = BirthState.fromCode(curp.slice(12, 13))
                .orElseThrow(() ->
                        InvalidIdentifierException.at(IdentifierType.CURP, Rule.UNKNOWN_STATE, 12, curp.slice(12, 13)));
        curp.requireEach(14, 16, CONSONANTS, Rule.NOT_A_CONSONANT);
        curp.require(17, HOMONYMY, Rule.INVALID_HOMONYMY);
        curp.require(18, DIGITS, Rule.NOT_A_DIGIT);
        String value = curp.value();
        char expected = CheckDigits.curp(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw InvalidIdentifierException.checkDigit(
                    IdentifierType.CURP, 18, value.substring(17), String.valueOf(expected));
        }
        return new Curp(
                value,
                SixDigitDate.toDate(value.substring(4, 10), century(value.charAt(16))),
                Sex.fromCode(value.substring(10, 11)).orElseThrow(),
                state);
    }

    private static void requireBirthDate(IdentifierText curp) {
        int homonymy = curp.codePointAt(17);
        if (DIGITS.indexOf(homonymy) >= 0 || LETTERS.indexOf(homonymy) >= 0) {
            SixDigitDate.require(curp, 5, century((char) homonymy));
        } else {
            // Position 17 is wrong and will be reported there; do not blame the date for it.
            SixDigitDate.require(curp, 5, 1900, 2000);
        }
    }

    private static int century(char homonymy) {
        return DIGITS.indexOf(homonymy) >= 0 ? 1900 : 2000;
    }

    /**
     * Builds a CURP from a person's data, for demo data and test fixtures. Positions 1-16 follow the
     * common reading of RENAPO's instructivo: accents dropped and Ñ read as X; particles such as DE,
     * DEL, LA, LOS, Y, MC, VON, VAN skipped in surnames and given names; MARIA, MA., JOSE and J.
     * skipped as first given name when a second one exists; X for a missing second surname or a
     * missing internal vowel or consonant; position 2 replaced by X when positions 1-4 spell a word
     * from the inconvenient-word list. RENAPO's exact handling of rarer cases (special characters,
     * names made only of particles, its current word list) is not reproduced, so the result is a
     * valid CURP but not necessarily the one RENAPO would issue.
     *
     * @param secondSurname may be {@code null} or blank
     * @param birthDate from 1900-01-01 to 2099-12-31
     * @param homonymy position 17: a digit when born before 2000, a letter A-Z from 2000 on
     * @throws IllegalArgumentException if a name has no letters, the date is out of range or the
     *     homonymy character does not fit the birth year
     */
    public static Curp compose(
            String firstSurname,
            String secondSurname,
            String givenNames,
            LocalDate birthDate,
            Sex sex,
            BirthState state,
            char homonymy) {
        String first16 = CurpComposer.firstSixteen(firstSurname, secondSurname, givenNames, birthDate, sex, state);
        String allowedHomonymy = birthDate.getYear() < 2000 ? DIGITS : LETTERS;
        if (allowedHomonymy.indexOf(homonymy) < 0) {
            throw new IllegalArgumentException(
                    "homonymy must be a digit for births before 2000 and a letter A-Z from 2000 on");
        }
        String first17 = first16 + homonymy;
        return parse(first17 + CheckDigits.curp(first17));
    }

    /**
     * The check digit (position 18) for the first 17 characters of a CURP, upper case.
     *
     * @throws IllegalArgumentException if there are not 17 characters or one is outside 0-9, A-Z, Ñ
     */
    public static char checkDigit(String first17) {
        return CheckDigits.curp(first17);
    }

    /** The canonical 18 characters. */
    public String value() {
        return value;
    }

    /** Birth date from positions 5-10, century from position 17. */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** Sex from position 11. */
    public Sex sex() {
        return sex;
    }

    /** Birth state from positions 12-13; {@link BirthState#BORN_ABROAD} for NE. */
    public BirthState birthState() {
        return birthState;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Curp curp && value.equals(curp.value);
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
