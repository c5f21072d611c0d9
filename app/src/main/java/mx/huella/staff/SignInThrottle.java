package mx.huella.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Per-client brake on password guessing: after {@link StaffProperties#maxFailuresPerClient()} failed
 * sign-ins from one network address within {@link StaffProperties#clientWindow()}, that address
 * may not try again until the window ends. Complements the per-account lockout, which alone would
 * let one client try one password against every account (and lock them all out).
 *
 * <p>Counts live in this node's memory: with several nodes each applies its own limit, so the
 * effective limit is per node. Memory is bounded by dropping expired windows.
 */
@Component
class SignInThrottle {
    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final StaffProperties properties;
    private final Clock clock;

    SignInThrottle(StaffProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long the client must wait before trying again; zero when it may try now. */
    Duration waitFor(String client) {
        Window window = windows.get(client);
        Instant now = clock.instant();
        if (window == null || window.endsBefore(now) || window.failures() < properties.maxFailuresPerClient()) {
            return Duration.ZERO;
        }
        return Duration.between(now, window.end());
    }

    void recordFailure(String client) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_TRACKED_CLIENTS) {
            windows.values().removeIf(w -> w.endsBefore(now));
        }
        windows.compute(
                client,
                (key, window) -> window == null || window.endsBefore(now)
                        ? new Window(now.plus(properties.clientWindow()), 1)
                        : new Window(window.end(), window.failures() + 1));
    }

    private record Window(Instant end, int failures) {
        boolean endsBefore(Instant now) {
            return !now.isBefore(end);
        }
    }
}
