package mx.huella.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final StaffProperties properties =
            new StaffProperties(5, Duration.ofMinutes(15), 12, "admin", 3, Duration.ofMinutes(5));
    private final SignInThrottle throttle = new SignInThrottle(properties, clock);

    @Test
    void holdsBackAClientAfterTooManyFailuresUntilTheWindowEnds() {
        throttle.recordFailure("10.0.0.7");
        clock.advance(Duration.ofMinutes(1));
        throttle.recordFailure("10.0.0.7");
        assertThat(throttle.waitFor("10.0.0.7")).isZero();

        throttle.recordFailure("10.0.0.7");

        assertThat(throttle.waitFor("10.0.0.7")).isEqualTo(Duration.ofMinutes(4));
        assertThat(throttle.waitFor("10.0.0.8")).isZero();
        clock.advance(Duration.ofMinutes(4));
        assertThat(throttle.waitFor("10.0.0.7")).isZero();
    }

    @Test
    void startsCountingAfreshOnceTheWindowHasEnded() {
        throttle.recordFailure("10.0.0.7");
        throttle.recordFailure("10.0.0.7");
        clock.advance(Duration.ofMinutes(6));

        throttle.recordFailure("10.0.0.7");

        assertThat(throttle.waitFor("10.0.0.7")).isZero();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
