package mx.huella.bench;

import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import mx.huella.biometric.BiometricGallery;
import mx.huella.biometric.GalleryRebuild;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.TemplateInterchange;
import mx.huella.engine.search.cluster.ClusterSettings;
import mx.huella.engine.search.cluster.GalleryCluster;
import mx.huella.tools.synthetic.SyntheticTemplates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./huella bench rebuild --persons N [--json]}: how long a node takes to rebuild the gallery of
 * N ten-print persons from the database on start, and how much heap the rebuilt gallery holds. Seeds
 * the database with synthetic ten-prints first when it has fewer persons (encrypted like real ones),
 * then rebuilds into a fresh gallery member and exits.
 */
@Component
@ConditionalOnProperty("huella.bench.rebuild-persons")
class GalleryRebuildBenchmark implements ApplicationRunner {
    private static final List<FingerPosition> TEN_PRINT = FingerPosition.TEN_PRINT;
    private static final int BATCH = 500;

    private final GalleryRebuild rebuild;
    private final ConfigurableApplicationContext context;
    private final int persons;
    private final boolean json;

    GalleryRebuildBenchmark(
            GalleryRebuild rebuild,
            ConfigurableApplicationContext context,
            @Value("${huella.bench.rebuild-persons}") int persons,
            @Value("${huella.bench.json:false}") boolean json) {
        this.rebuild = rebuild;
        this.context = context;
        this.persons = persons;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        long seedStart = System.nanoTime();
        long existing = rebuild.storedSubjects();
        seed(existing);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        long heapBefore = usedHeapAfterGc();
        int port = 5701 + 100 + (int) (ProcessHandle.current().pid() % 100);
        try (GalleryCluster fresh = GalleryCluster.start(new ClusterSettings(
                "huella-rebuild-bench-" + ProcessHandle.current().pid(),
                "127.0.0.1",
                port,
                List.of(),
                false,
                Math.max(persons, 10_000),
                15))) {
            BiometricGallery.RebuildReport report = rebuild.rebuildInto(fresh);
            long heapAfter = usedHeapAfterGc();
            String result = String.format(
                    Locale.ROOT,
                    "{\"persons\":%d,\"fingers\":%d,\"seededPersons\":%d,\"seedSeconds\":%.1f,\"rebuildMillis\":%d,"
                            + "\"fingersPerSecond\":%.0f,\"galleryHeapBytes\":%d,\"galleryHeapBytesPerFinger\":%.0f,"
                            + "\"maxHeapBytes\":%d,\"cores\":%d}",
                    report.subjects(),
                    report.fingers(),
                    Math.max(0, persons - existing),
                    seedSeconds,
                    report.millis(),
                    report.fingers() / Math.max(1e-3, report.millis() / 1000.0),
                    heapAfter - heapBefore,
                    (heapAfter - heapBefore) / (double) Math.max(1, report.fingers()),
                    Runtime.getRuntime().maxMemory(),
                    Runtime.getRuntime().availableProcessors());
            System.out.println(json ? result : result.replace(",\"", ",\n  \"").replace("{", "{\n  "));
        }
        context.close();
    }

    private void seed(long existing) {
        SyntheticTemplates synthetic = new SyntheticTemplates(20261123);
        for (long from = existing; from < persons; from += BATCH) {
            long to = Math.min(persons, from + BATCH);
            List<Map<FingerPosition, EncodedTemplate>> batch = IntStream.range((int) from, (int) to)
                    .parallel()
                    .mapToObj(person -> tenPrint(synthetic, person))
                    .toList();
            rebuild.storeNewSubjects(batch);
        }
    }

    private static Map<FingerPosition, EncodedTemplate> tenPrint(SyntheticTemplates synthetic, long person) {
        Map<FingerPosition, EncodedTemplate> fingers = new EnumMap<>(FingerPosition.class);
        for (int f = 0; f < TEN_PRINT.size(); f++) {
            fingers.put(
                    TEN_PRINT.get(f),
                    TemplateInterchange.importRecord(synthetic.impression(person * 10 + f, 0))
                            .get(0)
                            .template());
        }
        return fingers;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
