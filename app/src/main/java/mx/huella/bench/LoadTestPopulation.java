package mx.huella.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import mx.huella.audit.Actor;
import mx.huella.biometric.BiometricGallery;
import mx.huella.biometric.FingerReader;
import mx.huella.demo.SyntheticPersons;
import mx.huella.device.DeviceKind;
import mx.huella.device.DeviceRegistry;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FalseMatchRate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.FingerprintTemplates;
import mx.huella.engine.fingerprint.FingerprintVerification;
import mx.huella.engine.fingerprint.TemplateInterchange;
import mx.huella.enrollment.ConsentService;
import mx.huella.enrollment.MigrationImport;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import mx.huella.tools.synthetic.GrayImagePng;
import mx.huella.tools.synthetic.SyntheticFingerprints;
import mx.huella.tools.synthetic.SyntheticTemplates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Prepares a running portal for {@code ./huella bench load}, the Gatling load script of 1:1
 * verifications: enrolls a population of {@code persons} (kept in the data directory, so a second run
 * reuses it), of which the first {@code probe-persons} have their right thumb enrolled from a synthetic
 * 388x374 image and another impression of it written as the probe the script sends; the others carry
 * synthetic ten-print templates. Then registers a kiosk, measures what the engine alone does with the
 * same probes on this machine (decode and extract through the biometric module's reader, compare with the enrolled
 * thumb, one thread per core:
 * {@code engine-before.json}) and writes {@code ready} with the port. When the script is done, the
 * launcher creates {@code measure-engine} and the engine is measured again ({@code engine-after.json}).
 * The portal keeps serving until it is stopped.
 */
@Component
@ConditionalOnProperty("huella.bench.load-dir")
class LoadTestPopulation implements ApplicationRunner {
    private static final String SOURCE = "load-test population";
    private static final long SEED = 20261123L;

    private final PersonService persons;
    private final ConsentService consents;
    private final MigrationImport enrollments;
    private final BiometricGallery gallery;
    private final FingerReader reader;
    private final DeviceRegistry devices;
    private final ConfigurableApplicationContext context;
    private final Path dir;
    private final int population;
    private final int probePersons;
    private final int engineSeconds;

    LoadTestPopulation(
            PersonService persons,
            ConsentService consents,
            MigrationImport enrollments,
            BiometricGallery gallery,
            FingerReader reader,
            DeviceRegistry devices,
            ConfigurableApplicationContext context,
            @Value("${huella.bench.load-dir}") Path dir,
            @Value("${huella.bench.load-persons:10000}") int population,
            @Value("${huella.bench.load-probe-persons:300}") int probePersons,
            @Value("${huella.bench.load-engine-seconds:30}") int engineSeconds) {
        if (probePersons < 1 || probePersons > population) {
            throw new IllegalArgumentException("probe persons must be between 1 and the population");
        }
        this.persons = persons;
        this.consents = consents;
        this.enrollments = enrollments;
        this.gallery = gallery;
        this.reader = reader;
        this.devices = devices;
        this.context = context;
        this.dir = dir;
        this.population = population;
        this.probePersons = probePersons;
        this.engineSeconds = engineSeconds;
    }

    private record Probe(String curp, UUID subject, Path file) {}

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Files.createDirectories(dir.resolve("probes"));
        Files.deleteIfExists(dir.resolve("ready"));
        List<Probe> probes = populate();
        String kiosk = devices.register(
                        DeviceKind.KIOSK,
                        "Quiosco de carga " + Math.floorMod(System.nanoTime(), 100_000),
                        "bench load",
                        Actor.SYSTEM)
                .authorization();
        Files.writeString(dir.resolve("kiosk.txt"), kiosk);
        Files.deleteIfExists(dir.resolve("engine-after.json"));
        writeEngine("engine-before.json", engineAlone(probes), probes.size());
        // Measured again once the script is done, the portal as warm as it will be; the better figure counts.
        Thread.ofPlatform().daemon().name("load-engine-after").start(() -> {
            try {
                while (!Files.exists(dir.resolve("measure-engine"))) {
                    Thread.sleep(500);
                }
                Files.delete(dir.resolve("measure-engine"));
                writeEngine("engine-after.json", engineAlone(probes), probes.size());
            } catch (Exception e) {
                System.err.println("bench load: engine measurement failed: " + e);
            }
        });
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        write("ready", "http://localhost:" + port + "\n");
    }

    private void writeEngine(String name, double enginePerSecond, int probes) throws IOException {
        write(
                name,
                String.format(
                        Locale.ROOT,
                        "{\"persons\":%d,\"probePersons\":%d,\"enginePerSecond\":%.1f,\"cores\":%d}%n",
                        population,
                        probes,
                        enginePerSecond,
                        Runtime.getRuntime().availableProcessors()));
    }

    /** The population, enrolled once: a CSV of the persons enrolled so far makes the work resumable. */
    private List<Probe> populate() throws Exception {
        Path enrolled = dir.resolve("persons.csv");
        List<String> lines =
                Files.exists(enrolled) ? Files.readAllLines(enrolled, StandardCharsets.UTF_8) : new ArrayList<>();
        SyntheticFingerprints images = new SyntheticFingerprints(388, 374, SEED);
        SyntheticTemplates templates = new SyntheticTemplates(SEED);
        SyntheticPersons drawn = new SyntheticPersons(SEED + lines.size());
        AtomicLong next = new AtomicLong(lines.size());
        AtomicBoolean failed = new AtomicBoolean();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long index;
                    while (!failed.get() && (index = next.getAndIncrement()) < population) {
                        String line = enroll(index, images, templates, drawn);
                        synchronized (this) {
                            append(enrolled, line);
                            if ((index + 1) % 1_000 == 0) {
                                System.err.printf(
                                        Locale.ROOT,
                                        "bench load: %d persons enrolled (%.0f s)%n",
                                        index + 1,
                                        (System.nanoTime() - start) / 1e9);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Probe> probes = new ArrayList<>();
        for (String line : Files.readAllLines(enrolled, StandardCharsets.UTF_8)) {
            String[] fields = line.split(",");
            if (fields.length == 3) {
                probes.add(new Probe(fields[0], UUID.fromString(fields[1]), Path.of(fields[2])));
            }
        }
        StringBuilder csv = new StringBuilder("curp,file\n");
        probes.forEach(p -> csv.append(p.curp()).append(',').append(p.file()).append('\n'));
        write("probes.csv", csv.toString());
        return probes;
    }

    /** One person: registered, consenting, enrolled; its line in persons.csv (with a probe file for probe persons). */
    private String enroll(
            long index, SyntheticFingerprints images, SyntheticTemplates templates, SyntheticPersons drawn) {
        Person person = drawn.registerNext(persons);
        consents.give(person.id(), ConsentService.NOTICE_VERSION, "es", Actor.SYSTEM);
        Map<FingerPosition, EncodedTemplate> fingers = new EnumMap<>(FingerPosition.class);
        for (int f = 0; f < FingerPosition.TEN_PRINT.size(); f++) {
            fingers.put(
                    FingerPosition.TEN_PRINT.get(f),
                    TemplateInterchange.importRecord(templates.impression(index * 10 + f, 0))
                            .get(0)
                            .template());
        }
        Path probe = null;
        if (index < probePersons) {
            var finger = images.finger(index);
            EncodedTemplate thumb = reader.extract(finger.impression(0));
            fingers.put(FingerPosition.RIGHT_THUMB, thumb);
            byte[] other = GrayImagePng.encode(finger.impression(1));
            // Only impressions that a verification accepts become probes: the script counts anything else an error.
            if (matches(thumb, other)) {
                probe = dir.resolve("probes").resolve(index + ".png").toAbsolutePath();
                try {
                    Files.write(probe, other);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        UUID subject =
                enrollments.importEnrolled(person.id(), fingers, java.util.Optional.empty(), SOURCE, Actor.SYSTEM);
        return person.curp().value() + "," + subject + (probe == null ? "" : "," + probe);
    }

    private boolean matches(EncodedTemplate enrolled, byte[] png) {
        EncodedTemplate probe = reader.read(png).template();
        return FingerprintVerification.decide(
                        List.of(FingerprintTemplates.score(probe, enrolled)), FalseMatchRate.ONE_IN_TEN_THOUSAND)
                .match();
    }

    /** Verifications a second by the engine alone on the probes: every core busy, nothing but biometrics. */
    private double engineAlone(List<Probe> probes) throws Exception {
        List<byte[]> files = new ArrayList<>();
        List<EncodedTemplate> references = new ArrayList<>();
        for (Probe probe : probes) {
            files.add(Files.readAllBytes(probe.file()));
            references.add(gallery.enrolledFingers(probe.subject(), EnumSet.of(FingerPosition.RIGHT_THUMB))
                    .get(FingerPosition.RIGHT_THUMB));
        }
        int threads = Runtime.getRuntime().availableProcessors();
        AtomicLong done = new AtomicLong();
        AtomicLong next = new AtomicLong();
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                while (!stop.get()) {
                    int i = (int) (next.getAndIncrement() % files.size());
                    EncodedTemplate probe = reader.read(files.get(i)).template();
                    boolean match = FingerprintVerification.decide(
                                    List.of(FingerprintTemplates.score(probe, references.get(i))),
                                    FalseMatchRate.ONE_IN_TEN_THOUSAND)
                            .match();
                    if (measuring.get()) {
                        done.incrementAndGet();
                        if (!match) {
                            throw new IllegalStateException("probe " + i + " no longer matches its enrolled thumb");
                        }
                    }
                }
                return null;
            }));
        }
        Thread.sleep(Math.min(15, engineSeconds) * 1000L); // warm-up, as the load script has
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(engineSeconds * 1000L);
        long counted = done.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return counted / seconds;
    }

    private void write(String name, String content) throws IOException {
        Path temporary = dir.resolve(name + ".tmp");
        Files.writeString(temporary, content);
        Files.move(temporary, dir.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void append(Path file, String line) {
        try {
            Files.writeString(
                    file,
                    line + "\n",
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
