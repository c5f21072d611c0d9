package mx.huella.employer.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EmployerSignInThrottleTest {
    private Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aClientIsHeldBackAfterTenFailuresUntilTheyAgeOutOfTheWindow() {
        EmployerSignInThrottle throttle = new EmployerSignInThrottle(clock(), 10);

        for (int i = 0; i < 9; i++) {
            throttle.failed("10.0.0.1");
        }
        boolean afterNine = throttle.allows("10.0.0.1");
        throttle.failed("10.0.0.1");
        boolean afterTen = throttle.allows("10.0.0.1");
        boolean otherClient = throttle.allows("10.0.0.2");
        now = now.plus(EmployerSignInThrottle.WINDOW).plus(Duration.ofSeconds(1));

        assertThat(afterNine).isTrue();
        assertThat(afterTen).isFalse();
        assertThat(otherClient).isTrue();
        assertThat(throttle.allows("10.0.0.1")).isTrue();
    }

    @Test
    void aFloodOfQuietAddressesDoesNotWipeTheCountOfAClientStillFailing() {
        EmployerSignInThrottle throttle = new EmployerSignInThrottle(clock(), 10);
        for (int i = 0; i < 99_990; i++) {
            throttle.failed("192.0." + (i / 256) + "." + (i % 256));
        }
        now = now.plus(Duration.ofMinutes(10));
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0.1");
        }
        // The flood has aged out of the window, the held-back client's failures have not, when new
        // addresses take the count past the bound.
        now = now.plus(Duration.ofMinutes(5)).plusSeconds(1);
        for (int i = 0; i < 12; i++) {
            throttle.failed("198.51.100." + i);
        }

        assertThat(throttle.allows("10.0.0.1")).isFalse();
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }
}
