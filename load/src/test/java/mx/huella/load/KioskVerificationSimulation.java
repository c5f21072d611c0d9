package mx.huella.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Concurrent 1:1 verifications over HTTP, as clinic kiosks send them: a multipart POST of one finger
 * image (388x374 at 500 dpi) and a CURP to {@code /api/v1/kiosk/verifications} with a registered
 * kiosk's credential, every answer checked to be 200 and MATCH. A closed model: {@code users} kiosks,
 * each sending its next request as soon as the last is answered, first for the warm-up, then for the
 * measured period. Run by {@code ./huella bench load}, which prepares the portal and its population
 * ({@code <dir>/ready}, {@code kiosk.txt}, {@code probes.csv}); writes what it measured to
 * {@code <dir>/gatling.json}, which the launcher puts beside the engine's figures.
 */
public class KioskVerificationSimulation extends Simulation {
    private static final Path DIR = Path.of(System.getProperty("huella.load.dir", "../target/bench-load"));
    private static final int USERS = Integer.getInteger("huella.load.users", 4);
    private static final int WARMUP_SECONDS = Integer.getInteger("huella.load.warmup-seconds", 20);
    private static final int SECONDS = Integer.getInteger("huella.load.seconds", 60);

    private final List<Map<String, Object>> probes = probes();
    private final AtomicInteger nextProbe = new AtomicInteger();
    private final AtomicLong measuredFrom = new AtomicLong();
    private final AtomicLong measuredUntil = new AtomicLong();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final ConcurrentLinkedQueue<Integer> millis = new ConcurrentLinkedQueue<>();

    {
        HttpProtocolBuilder portal = http.baseUrl(read("ready").trim())
                .header("Authorization", read("kiosk.txt").trim())
                .shareConnections();
        Iterator<Map<String, Object>> feeder = Stream.generate(
                        () -> probes.get(Math.floorMod(nextProbe.getAndIncrement(), probes.size())))
                .iterator();
        ScenarioBuilder warmup =
                scenario("warm-up").during(Duration.ofSeconds(WARMUP_SECONDS)).on(verify("warm-up", feeder));
        ScenarioBuilder measured = scenario("measured")
                .exec(session -> {
                    measuredFrom.compareAndSet(0, System.nanoTime());
                    return session;
                })
                .during(Duration.ofSeconds(SECONDS))
                .on(verify("verify one finger", feeder).exec(session -> {
                    if (session.isFailed()) {
                        failed.incrementAndGet();
                    } else {
                        answered.incrementAndGet();
                    }
                    if (session.contains("millis")) {
                        millis.add(session.getInt("millis"));
                    }
                    measuredUntil.accumulateAndGet(System.nanoTime(), Math::max);
                    return session.remove("millis").markAsSucceeded();
                }));
        setUp(warmup.injectClosed(constantConcurrentUsers(USERS).during(1))
                        .andThen(measured.injectClosed(
                                constantConcurrentUsers(USERS).during(1))))
                .protocols(portal);
    }

    private io.gatling.javaapi.core.ChainBuilder verify(String name, Iterator<Map<String, Object>> feeder) {
        return io.gatling.javaapi.core.CoreDsl.feed(feeder)
                .exec(http(name)
                        .post("/api/v1/kiosk/verifications")
                        .bodyPart(StringBodyPart("claim", "#{curp}"))
                        .bodyPart(ByteArrayBodyPart("finger1", "#{image}")
                                .fileName("finger.png")
                                .contentType("image/png"))
                        .asMultipartForm()
                        .check(status().is(200))
                        .check(substring("\"decision\":\"MATCH\""))
                        .check(responseTimeInMillis().saveAs("millis")));
    }

    @Override
    public void after() {
        List<Integer> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        double seconds = (measuredUntil.get() - measuredFrom.get()) / 1e9;
        String result = String.format(
                Locale.ROOT,
                "{\"users\":%d,\"seconds\":%.1f,\"requests\":%d,\"errors\":%d,\"p50Ms\":%d,\"p95Ms\":%d,"
                        + "\"httpPerSecond\":%.1f}",
                USERS,
                seconds,
                answered.get() + failed.get(),
                failed.get(),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2),
                sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.95)),
                answered.get() / seconds);
        try {
            Files.writeString(DIR.resolve("gatling.json"), result + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> probes() {
        List<Map<String, Object>> probes = new ArrayList<>();
        List<String> lines = List.of(read("probes.csv").split("\n"));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            try {
                probes.add(Map.of("curp", fields[0], "image", Files.readAllBytes(Path.of(fields[1]))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (probes.isEmpty()) {
            throw new IllegalStateException("no probes in " + DIR.resolve("probes.csv"));
        }
        return probes;
    }

    private static String read(String name) {
        try {
            return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
