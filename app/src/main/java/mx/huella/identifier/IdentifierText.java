package mx.huella.identifier;

import java.text.Normalizer;
import java.util.Locale;
import mx.huella.identifier.InvalidIdentifierException.Rule;

/**
 * The canonical form of a text being parsed as an identifier, with checks that throw {@link
 * InvalidIdentifierException} naming the 1-based position. Positions count code points, so that a
 * character outside the BMP is reported whole rather than as half a surrogate pair.
 */
final class IdentifierText {

    static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String DIGITS = "0123456789";

    private final IdentifierType type;
    private final String value;
    private final int[] codePoints;

    private IdentifierText(IdentifierType type, String value) {
        this.type = type;
        this.value = value;
        this.codePoints = value.codePoints().toArray();
    }

    /** Trims, upper-cases with {@link Locale#ROOT} and NFC-normalises; rejects blank input. */
    static IdentifierText canonical(IdentifierType type, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidIdentifierException.blank(type);
        }
        // Upper-casing can decompose (e.g. U+01F0), so normalise afterwards.
        String upper = raw.strip().toUpperCase(Locale.ROOT);
        return new IdentifierText(type, Normalizer.normalize(upper, Normalizer.Form.NFC));
    }

    /** As {@link #canonical} and then drops hyphens and whitespace used as visual separators. */
    static IdentifierText withoutSeparators(IdentifierType type, String raw) {
        IdentifierText text = canonical(type, raw);
        StringBuilder kept = new StringBuilder();
        for (int cp : text.codePoints) {
            if (cp != '-' && !Character.isWhitespace(cp)) {
                kept.appendCodePoint(cp);
            }
        }
        if (kept.isEmpty()) {
            throw InvalidIdentifierException.blank(type);
        }
        return new IdentifierText(type, kept.toString());
    }

    String value() {
        return value;
    }

    int length() {
        return codePoints.length;
    }

    IdentifierType type() {
        return type;
    }

    void requireLength(int expected) {
        if (codePoints.length != expected) {
            throw InvalidIdentifierException.length(type, Rule.LENGTH, Integer.toString(expected), codePoints.length);
        }
    }

    int codePointAt(int position) {
        return codePoints[position - 1];
    }

    /** The characters from {@code from} to {@code to}, both inclusive. */
    String slice(int from, int to) {
        return new String(codePoints, from - 1, to - from + 1);
    }

    void require(int position, String allowed, Rule rule) {
        int cp = codePointAt(position);
        if (allowed.indexOf(cp) < 0) {
            throw InvalidIdentifierException.at(type, rule, position, Character.toString(cp));
        }
    }

    void requireEach(int from, int to, String allowed, Rule rule) {
        for (int position = from; position <= to; position++) {
            require(position, allowed, rule);
        }
    }
}
