package mx.huella.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import mx.huella.audit.Actor;
import mx.huella.biometric.BiometricGallery;
import mx.huella.biometric.FingerReader;
import mx.huella.demo.SyntheticPersons;
import mx.huella.device.DeviceKind;
import mx.huella.device.DeviceRegistry;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.FingerprintTemplates;
import mx.huella.enrollment.ConsentService;
import mx.huella.enrollment.MigrationImport;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import mx.huella.tools.synthetic.GrayImagePng;
import mx.huella.tools.synthetic.SyntheticFingerprints;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./huella bench verify --requests N [--concurrency C] [--persons P] [--json]}: 1:1
 * verification with one finger (388x374 at 500 dpi, the size of FVC2002 DB1 images) over real HTTP
 * (multipart POST to {@code /api/v1/kiosk/verifications} as a registered kiosk) against persons enrolled through the
 * enrollment service; then the same work done by the engine alone (decode, extract, compare with the
 * enrolled template) at the same concurrency, for the throughput ratio.
 */
@Component
@ConditionalOnProperty("huella.bench.verify-requests")
class VerificationBenchmark implements ApplicationRunner {
    private final PersonService persons;
    private final ConsentService consents;
    private final MigrationImport enrollments;
    private final BiometricGallery gallery;
    private final FingerReader reader;
    private final DeviceRegistry devices;
    private final ConfigurableApplicationContext context;
    private final int requests;
    private final int concurrency;
    private final int enrolledPersons;
    private final boolean json;
    private final SyntheticPersons synthetic = new SyntheticPersons(System.nanoTime());

    VerificationBenchmark(
            PersonService persons,
            ConsentService consents,
            MigrationImport enrollments,
            BiometricGallery gallery,
            FingerReader reader,
            DeviceRegistry devices,
            ConfigurableApplicationContext context,
            @Value("${huella.bench.verify-requests}") int requests,
            @Value("${huella.bench.verify-concurrency:2}") int concurrency,
            @Value("${huella.bench.verify-persons:10}") int enrolledPersons,
            @Value("${huella.bench.json:false}") boolean json) {
        this.persons = persons;
        this.consents = consents;
        this.enrollments = enrollments;
        this.gallery = gallery;
        this.reader = reader;
        this.devices = devices;
        this.context = context;
        this.requests = requests;
        this.concurrency = concurrency;
        this.enrolledPersons = enrolledPersons;
        this.json = json;
    }

    private record Probe(String curp, UUID subject, byte[] file) {}

    @Override
    public void run(ApplicationArguments args) throws Exception {
        SyntheticFingerprints fingers = new SyntheticFingerprints(388, 374, 20261123L);
        long family = Math.floorMod(System.nanoTime(), 1_000_000L) * 100;
        List<Probe> probes = new ArrayList<>();
        for (int p = 0; p < enrolledPersons; p++) {
            probes.add(enroll(fingers, family + p * 10L));
        }
        // A registered kiosk, as the clinics' counters call: its credential costs a SHA-256, not a password hash.
        String authorization = devices.register(
                        DeviceKind.KIOSK,
                        "Quiosco de benchmark " + Math.floorMod(System.nanoTime(), 100_000),
                        "",
                        Actor.SYSTEM)
                .authorization();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 30; i++) {
            send(http, port, authorization, probes.get(i % probes.size()));
        }
        List<Long> sequential = new ArrayList<>();
        for (int i = 0; i < Math.min(requests, 200); i++) {
            long start = System.nanoTime();
            send(http, port, authorization, probes.get(i % probes.size()));
            sequential.add(System.nanoTime() - start);
        }
        Collections.sort(sequential);
        AtomicInteger errors = new AtomicInteger();
        double httpPerSecond = concurrent(i -> {
            try {
                if (send(http, port, authorization, probes.get(i % probes.size())) != 200) {
                    errors.incrementAndGet();
                }
            } catch (Exception e) {
                errors.incrementAndGet();
            }
        });
        Map<UUID, Map<FingerPosition, EncodedTemplate>> enrolled = new java.util.HashMap<>();
        probes.forEach(p -> enrolled.put(p.subject(), gallery.enrolledFingers(p.subject())));
        double enginePerSecond = concurrent(i -> {
            Probe probe = probes.get(i % probes.size());
            EncodedTemplate template = reader.read(probe.file()).template();
            FingerprintTemplates.score(template, enrolled.get(probe.subject()).get(FingerPosition.RIGHT_THUMB));
        });
        String result = String.format(
                Locale.ROOT,
                "{\"requests\":%d,\"concurrency\":%d,\"persons\":%d,\"p50Ms\":%.1f,\"p95Ms\":%.1f,\"httpPerSecond\":%.1f,"
                        + "\"enginePerSecond\":%.1f,\"ratio\":%.3f,\"errors\":%d,\"cores\":%d}",
                requests,
                concurrency,
                enrolledPersons,
                sequential.get(sequential.size() / 2) / 1e6,
                sequential.get((int) (sequential.size() * 0.95)) / 1e6,
                httpPerSecond,
                enginePerSecond,
                httpPerSecond / enginePerSecond,
                errors.get(),
                Runtime.getRuntime().availableProcessors());
        System.out.println(json ? result : result.replace(",\"", ",\n  \"").replace("{", "{\n  "));
        context.close();
    }

    private double concurrent(java.util.function.IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    work.accept(i);
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return requests / ((System.nanoTime() - start) / 1e9);
    }

    private Probe enroll(SyntheticFingerprints fingers, long family) {
        Person person = synthetic.registerNext(persons);
        consents.give(person.id(), ConsentService.NOTICE_VERSION, "es", Actor.SYSTEM);
        // Imported rather than enrolled through a session: synthetic fingers of nearby seeds sometimes look
        // alike to the 1:N search, and de-duplication is not what this measures.
        Map<FingerPosition, EncodedTemplate> templates = new java.util.EnumMap<>(FingerPosition.class);
        for (int f = 1; f <= 10; f++) {
            templates.put(
                    FingerPosition.fromCode(f).orElseThrow(),
                    reader.extract(fingers.finger(family + f).impression(0)));
        }
        UUID subject = enrollments.importEnrolled(
                person.id(), templates, java.util.Optional.empty(), "verification benchmark", Actor.SYSTEM);
        return new Probe(
                person.curp().value(),
                subject,
                GrayImagePng.encode(fingers.finger(family + 1).impression(1)));
    }

    private static int send(HttpClient http, int port, String authorization, Probe probe) throws Exception {
        String boundary = "bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"claim\"\r\n\r\n" + probe.curp() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"finger1\"; filename=\"f.png\"\r\n"
                                + "Content-Type: image/png\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(probe.file());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/kiosk/verifications"))
                        .header("Authorization", authorization)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"MATCH\"")) {
            throw new IllegalStateException("verification answered " + response.statusCode() + ": " + response.body());
        }
        return response.statusCode();
    }
}
