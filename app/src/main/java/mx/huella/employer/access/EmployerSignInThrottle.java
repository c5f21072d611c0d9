package mx.huella.employer.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Holds back a client (by address) after {@code huella.employer.sign-in-failures-per-client} (10) failed employer sign-ins within
 * {@link #WINDOW}: certificate and password guessing from one place is slowed to a trickle. Per
 * node and in memory; accounts have their own lockout in the database.
 */
@Component
class EmployerSignInThrottle {
    static final int DEFAULT_LIMIT = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_CLIENTS = 100_000;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;

    EmployerSignInThrottle(
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${huella.employer.sign-in-failures-per-client:10}")
                    int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    boolean allows(String client) {
        Deque<Instant> recent = failures.get(client);
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() < limit;
        }
    }

    void failed(String client) {
        if (failures.size() > MAX_CLIENTS) {
            forgetQuietClients();
        }
        Deque<Instant> recent = failures.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    /**
     * Bounds the memory a flood of addresses can take: clients with no failure left in the window go
     * first; only when that is not enough (more than {@value #MAX_CLIENTS} addresses failing at once)
     * is everything forgotten.
     */
    private void forgetQuietClients() {
        failures.values().removeIf(recent -> {
            synchronized (recent) {
                prune(recent);
                return recent.isEmpty();
            }
        });
        if (failures.size() > MAX_CLIENTS) {
            failures.clear();
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant since = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
            recent.removeFirst();
        }
    }
}
