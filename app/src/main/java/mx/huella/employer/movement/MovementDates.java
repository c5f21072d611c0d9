package mx.huella.employer.movement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import mx.huella.employer.MovementException;

/**
 * Which dates a movement may carry. An alta may be filed up to 30 days ahead (afiliación previa) and
 * a year late; a baja or a salary change only for a day that has come, at the earliest the start of
 * the employment. Older movements go through a counter, not the portal.
 */
public final class MovementDates {
    public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    static final int DAYS_AHEAD = 30;
    static final int DAYS_LATE = 365;

    private MovementDates() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    static void checkStart(LocalDate start, LocalDate today) {
        within("startDate", start, today.minusDays(DAYS_LATE), today.plusDays(DAYS_AHEAD));
    }

    static void checkLater(String field, LocalDate date, LocalDate employmentStart, LocalDate today) {
        if (date == null) {
            throw new MovementException(MovementException.Problem.INVALID_FIELD, field, field + " is required");
        }
        if (date.isBefore(employmentStart)) {
            throw new MovementException(
                    MovementException.Problem.DATE_OUT_OF_RANGE,
                    field,
                    field + " " + date + " is before the employment started (" + employmentStart + ")",
                    "date-before-start",
                    field,
                    date.toString(),
                    employmentStart.toString());
        }
        within(field, date, today.minusDays(DAYS_LATE), today);
    }

    private static void within(String field, LocalDate date, LocalDate earliest, LocalDate latest) {
        if (date == null) {
            throw new MovementException(MovementException.Problem.INVALID_FIELD, field, field + " is required");
        }
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            throw new MovementException(
                    MovementException.Problem.DATE_OUT_OF_RANGE,
                    field,
                    field + " " + date + " must lie between " + earliest + " and " + latest,
                    "date-out-of-range",
                    field,
                    date.toString(),
                    earliest.toString(),
                    latest.toString());
        }
    }
}
