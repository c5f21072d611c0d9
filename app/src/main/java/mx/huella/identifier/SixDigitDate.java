package mx.huella.identifier;

import java.time.LocalDate;
import java.time.YearMonth;
import mx.huella.identifier.InvalidIdentifierException.Rule;

/** A YYMMDD date inside an identifier, whose century comes from elsewhere or is unknown. */
final class SixDigitDate {

    private SixDigitDate() {}

    /**
     * Requires the six digits starting at {@code start} to be a real date in at least one of the given
     * centuries (1900, 2000). Digits must already be checked.
     */
    static void require(IdentifierText text, int start, int... centuries) {
        int year = Integer.parseInt(text.slice(start, start + 1));
        int month = Integer.parseInt(text.slice(start + 2, start + 3));
        int day = Integer.parseInt(text.slice(start + 4, start + 5));
        if (month < 1 || month > 12) {
            throw InvalidIdentifierException.at(
                    text.type(), Rule.INVALID_MONTH, start + 2, text.slice(start + 2, start + 3));
        }
        for (int century : centuries) {
            if (day >= 1 && day <= YearMonth.of(century + year, month).lengthOfMonth()) {
                return;
            }
        }
        throw InvalidIdentifierException.at(text.type(), Rule.INVALID_DAY, start + 4, text.slice(start + 4, start + 5));
    }

    /** The date of six digits already accepted by {@link #require} for that century. */
    static LocalDate toDate(String yymmdd, int century) {
        return LocalDate.of(
                century + Integer.parseInt(yymmdd.substring(0, 2)),
                Integer.parseInt(yymmdd.substring(2, 4)),
                Integer.parseInt(yymmdd.substring(4, 6)));
    }
}
