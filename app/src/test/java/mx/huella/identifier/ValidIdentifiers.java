package mx.huella.identifier;

import static mx.huella.generated.Generated.between;
import static mx.huella.generated.Generated.oneOf;
import static mx.huella.generated.Generated.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Valid identifiers drawn from random parts and an independently computed check digit. */
final class ValidIdentifiers {

    static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String DIGITS = "0123456789";
    static final String CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ";
    // The 33 codes of domain.md section 1.3, written out here rather than read from BirthState.
    static final String[] STATE_CODES = {
        "AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC", "MN",
        "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS",
        "NE"
    };

    private ValidIdentifiers() {}

    static String curp(SplittableRandom random) {
        String initials = text(random, LETTERS, 1, 1) + text(random, "AEIOUX", 1, 1) + text(random, LETTERS, 2, 2);
        LocalDate date = date(random);
        String first17 = initials
                + yymmdd(date)
                + text(random, "HMX", 1, 1)
                + oneOf(random, List.of(STATE_CODES))
                + text(random, CONSONANTS, 3, 3)
                + text(random, date.getYear() < 2000 ? DIGITS : LETTERS, 1, 1);
        return first17 + CheckDigitSchemes.curpCheckDigit(first17);
    }

    static String rfcFisica(SplittableRandom random) {
        return rfc(random, 4);
    }

    static String rfcMoral(SplittableRandom random) {
        return rfc(random, 3);
    }

    static String nss(SplittableRandom random) {
        String first10 = text(random, DIGITS, 10, 10);
        return first10 + CheckDigitSchemes.luhnCheckDigit(first10);
    }

    static String registroPatronal(SplittableRandom random) {
        return text(random, LETTERS, 1, 1) + text(random, DIGITS, 10, 10);
    }

    static LocalDate date(SplittableRandom random) {
        long first = LocalDate.of(1900, 1, 1).toEpochDay();
        long last = LocalDate.of(2099, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(first + between(random, 0, (int) (last - first)));
    }

    private static String rfc(SplittableRandom random, int letters) {
        String body = text(random, LETTERS + "Ñ&", letters, letters)
                + yymmdd(date(random))
                + text(random, "123456789ABCDEFGHIJKLMNOPQRSTUV", 1, 1)
                + text(random, "123456789" + LETTERS, 1, 1);
        return body + CheckDigitSchemes.rfcCheckDigit(body);
    }

    private static String yymmdd(LocalDate date) {
        return String.format(
                Locale.ROOT, "%02d%02d%02d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
    }
}
