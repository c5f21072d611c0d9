package mx.huella.verification;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code huella.verification.requests-per-minute} (120) verifications per client per
 * minute, per node: enough for a busy counter or kiosk, too few to walk through identities.
 */
@Component
class ClientRateLimit {
    private static final int MAX_CLIENTS = 100_000;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perMinute;

    ClientRateLimit(Clock clock, @Value("${huella.verification.requests-per-minute:120}") int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    void acquire(String client) {
        if (windows.size() > MAX_CLIENTS) {
            windows.clear();
        }
        long minute = clock.millis() / 60_000;
        long[] window = windows.computeIfAbsent(client, k -> new long[2]);
        synchronized (window) {
            if (window[0] != minute) {
                window[0] = minute;
                window[1] = 0;
            }
            if (++window[1] > perMinute) {
                throw new VerificationException(
                        VerificationException.Problem.RATE_LIMITED,
                        "more than " + perMinute + " verifications a minute");
            }
        }
    }
}
