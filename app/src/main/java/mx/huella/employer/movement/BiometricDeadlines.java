package mx.huella.employer.movement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * How near a worker's biometric deadline is, in days of the institute's calendar: the days left
 * (negative once past, when the worker is restricted) and the window in which it counts as due soon.
 */
@Component
public class BiometricDeadlines {
    /** A deadline at most this many days away is due soon: the dashboard's count and the worker filter agree. */
    public static final int DUE_SOON_DAYS = 7;

    private final Clock clock;

    BiometricDeadlines(Clock clock) {
        this.clock = clock;
    }

    /** Days left before the deadline (negative once past), for the worker lists. */
    public long daysLeft(LocalDate deadline) {
        return ChronoUnit.DAYS.between(MovementDates.today(clock), deadline);
    }
}
