package mx.huella.identifier;

import java.util.Locale;
import java.util.Optional;

/**
 * Thrown when a text is not a valid identifier. It reports the first rule that failed, reading the
 * canonical form of the input (trimmed, NFC, upper case; for a registro patronal also without
 * hyphens and spaces) from left to right after checking that it is not blank and has the right
 * length.
 *
 * <p>Positions are 1-based and count Unicode code points of that canonical form; position 0 means
 * the rule concerns the whole value (blank, length). Neither {@link #getMessage()} nor any other
 * accessor contains the input itself, only the offending character or characters, so the exception
 * can be logged without leaking personal data.
 *
 * <p>{@link #getMessage()} is always English so that logs never mix languages; use {@link
 * #message(Locale)} for people, or {@link #messageKey()} with {@link #messageArguments()} to render
 * the same text through another message source.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The rule that a rejected value broke; each has its own message. */
    public enum Rule {
        /** The value is null, empty or only whitespace. */
        BLANK,
        /** The value does not have the single length its type allows. */
        LENGTH,
        /** An RFC has neither 13 (persona física) nor 12 (persona moral) characters. */
        RFC_LENGTH,
        /** The position must hold a letter A-Z. */
        NOT_A_LETTER,
        /** RFC name positions: a letter A-Z, Ñ or &amp;. */
        NOT_A_LETTER_OR_AMPERSAND,
        /** CURP position 2: A, E, I, O, U or X. */
        NOT_A_VOWEL_OR_X,
        /** The position must hold a digit 0-9. */
        NOT_A_DIGIT,
        /** The two digits starting at the position are not a month 01-12. */
        INVALID_MONTH,
        /** The two digits starting at the position are not a day of that month and year. */
        INVALID_DAY,
        /** CURP position 11: H, M or X. */
        INVALID_SEX,
        /** CURP positions 12-13 are not one of the 33 state codes. */
        UNKNOWN_STATE,
        /** The position must hold a consonant (or X). */
        NOT_A_CONSONANT,
        /** CURP position 17: a digit or a letter A-Z. */
        INVALID_HOMONYMY,
        /** RFC homoclave: first character 1-9 or A-V, second 1-9 or A-Z. */
        INVALID_HOMOCLAVE,
        /** RFC check digit: a digit or A. */
        NOT_A_DIGIT_OR_A,
        /** The check digit does not match the one computed from the other characters. */
        CHECK_DIGIT
    }

    private final IdentifierType type;
    private final Rule rule;
    private final int position;
    private final String found;
    private final String expected;
    private final int actualLength;

    private InvalidIdentifierException(
            IdentifierType type, Rule rule, int position, String found, String expected, int actualLength) {
        super((String) null);
        this.type = type;
        this.rule = rule;
        this.position = position;
        this.found = found;
        this.expected = expected;
        this.actualLength = actualLength;
    }

    static InvalidIdentifierException blank(IdentifierType type) {
        return new InvalidIdentifierException(type, Rule.BLANK, 0, null, null, 0);
    }

    static InvalidIdentifierException length(IdentifierType type, Rule rule, String expected, int actualLength) {
        return new InvalidIdentifierException(type, rule, 0, null, expected, actualLength);
    }

    static InvalidIdentifierException at(IdentifierType type, Rule rule, int position, String found) {
        return new InvalidIdentifierException(type, rule, position, found, null, -1);
    }

    static InvalidIdentifierException checkDigit(IdentifierType type, int position, String found, String expected) {
        return new InvalidIdentifierException(type, Rule.CHECK_DIGIT, position, found, expected, -1);
    }

    /** Which identifier was being parsed. */
    public IdentifierType type() {
        return type;
    }

    /** The first rule the value broke. */
    public Rule rule() {
        return rule;
    }

    /** 1-based position of the offending character, or 0 when the rule concerns the whole value. */
    public int position() {
        return position;
    }

    /**
     * What was found at {@link #position()}: one character, or two for a month, day or state code.
     * Empty for whole-value rules.
     */
    public Optional<String> found() {
        return Optional.ofNullable(found);
    }

    /** The expected value where there is exactly one: the check digit, or the required length. */
    public Optional<String> expected() {
        return Optional.ofNullable(expected);
    }

    /**
     * A complete sentence for people: Spanish for any locale whose language is not English (including
     * {@code null}), English otherwise.
     */
    public String message(Locale locale) {
        return MessageCatalog.format(locale, messageKey(), messageArguments());
    }

    /** The English message; never contains the rejected value. */
    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    /** Key of this message in the bundle {@code mx/huella/identifier/messages}. */
    public String messageKey() {
        return "identifier.rule." + rule.name();
    }

    /**
     * {@link java.text.MessageFormat} arguments for {@link #messageKey()}: {0} identifier label,
     * {1} position, {2} what was found (non-printing characters as U+XXXX), {3} expected value,
     * {4} actual length. Absent values are empty strings.
     */
    public Object[] messageArguments() {
        return new Object[] {
            type.label(),
            position,
            found == null ? "" : MessageCatalog.printable(found),
            expected == null ? "" : expected,
            actualLength < 0 ? "" : Integer.toString(actualLength)
        };
    }
}
