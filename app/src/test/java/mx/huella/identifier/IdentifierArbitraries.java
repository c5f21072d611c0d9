package mx.huella.identifier;

import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid identifiers, built from random parts and an independently computed check digit. */
final class IdentifierArbitraries {

    static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String DIGITS = "0123456789";
    static final String CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ";
    // The 33 codes of domain.md section 1.3, written out here rather than read from BirthState.
    static final String[] STATE_CODES = {
        "AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC", "MN",
        "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS",
        "NE"
    };

    private IdentifierArbitraries() {}

    static Arbitrary<String> curps() {
        Arbitrary<String> initials = Combinators.combine(text(LETTERS, 1), text("AEIOUX", 1), text(LETTERS, 2))
                .as((first, vowel, rest) -> first + vowel + rest);
        return Combinators.combine(
                        initials,
                        dates(),
                        text("HMX", 1),
                        Arbitraries.of(STATE_CODES),
                        text(CONSONANTS, 3),
                        text(DIGITS, 1),
                        text(LETTERS, 1))
                .as((start, date, sex, state, consonants, digit, letter) -> {
                    String first17 =
                            start + yymmdd(date) + sex + state + consonants + (date.getYear() < 2000 ? digit : letter);
                    return first17 + CheckDigitSchemes.curpCheckDigit(first17);
                });
    }

    static Arbitrary<String> rfcsFisica() {
        return rfcs(4);
    }

    static Arbitrary<String> rfcsMoral() {
        return rfcs(3);
    }

    static Arbitrary<String> nsses() {
        return text(DIGITS, 10).map(first10 -> first10 + CheckDigitSchemes.luhnCheckDigit(first10));
    }

    static Arbitrary<String> registrosPatronales() {
        return Combinators.combine(text(LETTERS, 1), text(DIGITS, 10)).as(String::concat);
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(1900, 1, 1).toEpochDay(),
                        LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static Arbitrary<String> rfcs(int letters) {
        return Combinators.combine(
                        text(LETTERS + "Ñ&", letters),
                        dates(),
                        text("123456789ABCDEFGHIJKLMNOPQRSTUV", 1),
                        text("123456789" + LETTERS, 1))
                .as((name, date, homoclave1, homoclave2) -> {
                    String body = name + yymmdd(date) + homoclave1 + homoclave2;
                    return body + CheckDigitSchemes.rfcCheckDigit(body);
                });
    }

    private static Arbitrary<String> text(String alphabet, int length) {
        return Arbitraries.strings().withChars(alphabet.toCharArray()).ofLength(length);
    }

    private static String yymmdd(LocalDate date) {
        return String.format(
                Locale.ROOT, "%02d%02d%02d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
    }
}
