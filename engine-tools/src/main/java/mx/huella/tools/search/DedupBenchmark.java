package mx.huella.tools.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.TemplateInterchange;
import mx.huella.engine.search.FingerprintGallery;
import mx.huella.engine.search.Identification;
import mx.huella.engine.search.SearchOptions;
import mx.huella.tools.synthetic.SyntheticTemplates;

/**
 * {@code ./huella bench dedup --persons N [--probes P] [--short-list K] [--fpir F] [--json]}: ten-print
 * de-duplication. Enrolls N synthetic persons with ten fingers each (10 N gallery fingers), then
 * searches P re-enrollments of enrolled persons (other impressions of all ten fingers) and P/2
 * enrollments of new persons, each finger against its own position, fused per person and decided at
 * the target FPIR. Reports search latency, how many duplicates were caught at rank 1, false hits
 * among the new persons, the exact scores per search, bytes per finger and build time.
 */
public final class DedupBenchmark {
    private static final List<FingerPosition> TEN_PRINT = FingerPosition.TEN_PRINT;

    private DedupBenchmark() {}

    public static void main(String[] args) {
        int persons = 10_000;
        int probes = 20;
        int shortList = 200;
        double fpir = SearchOptions.DEFAULT_FPIR;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--persons" -> persons = Integer.parseInt(args[++i]);
                case "--probes" -> probes = Integer.parseInt(args[++i]);
                case "--short-list" -> shortList = Integer.parseInt(args[++i]);
                case "--fpir" -> fpir = Double.parseDouble(args[++i]);
                case "--json" -> json = true;
                default -> {
                    System.err.println("usage: ./huella bench dedup --persons N [--probes P] [--short-list K] "
                            + "[--fpir F] [--json]");
                    System.exit(2);
                }
            }
        }
        if (persons < 1 || probes < 2) {
            System.err.println("huella bench dedup: --persons must be at least 1 and --probes at least 2");
            System.exit(2);
        }
        System.out.println(run(persons, probes, shortList, fpir, json));
    }

    static String run(int persons, int probes, int shortList, double fpir, boolean json) {
        SyntheticTemplates synthetic = new SyntheticTemplates(20261123);
        long start = System.nanoTime();
        FingerprintGallery gallery = new FingerprintGallery(persons);
        IntStream.range(0, persons).parallel().forEach(person -> {
            for (int finger = 0; finger < TEN_PRINT.size(); finger++) {
                gallery.put("p" + person, TEN_PRINT.get(finger), template(synthetic, person, finger, 0));
            }
        });
        gallery.compact();
        double buildMillis = (System.nanoTime() - start) / 1e6;

        SearchOptions options = new SearchOptions(5, shortList, fpir, Set.of());
        Random random = new Random(11);
        List<Double> millis = new ArrayList<>();
        long scored = 0;
        int caught = 0;
        for (int p = 0; p < probes; p++) {
            int person = random.nextInt(persons);
            Map<FingerPosition, EncodedTemplate> tenPrint = tenPrint(synthetic, person, 1 + p % 3);
            long t = System.nanoTime();
            Identification result = gallery.identify(tenPrint, options);
            millis.add((System.nanoTime() - t) / 1e6);
            scored += result.scored();
            caught += result.hit().map(c -> c.reference().equals("p" + person)).orElse(false) ? 1 : 0;
        }
        int falseHits = 0;
        for (int p = 0; p < probes / 2; p++) {
            Map<FingerPosition, EncodedTemplate> stranger = tenPrint(synthetic, 50_000_000L + p, 1);
            long t = System.nanoTime();
            Identification result = gallery.identify(stranger, options);
            millis.add((System.nanoTime() - t) / 1e6);
            scored += result.scored();
            falseHits += result.hit().isPresent() ? 1 : 0;
        }
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int fingers = persons * TEN_PRINT.size();
        String result = String.format(
                Locale.ROOT,
                "{\"persons\":%d,\"galleryFingers\":%d,\"probes\":%d,\"newPersonProbes\":%d,\"shortList\":%d,"
                        + "\"fpir\":%s,\"p50Millis\":%.2f,\"p95Millis\":%.2f,\"duplicatesCaught\":%d,"
                        + "\"duplicateCatchRate\":%.4f,\"falseHits\":%d,\"scoredPerSearch\":%.0f,"
                        + "\"penetrationRate\":%.6f,\"bytesPerFinger\":%.1f,\"templateBytesPerFinger\":%.1f,"
                        + "\"buildMillis\":%.0f,\"cores\":%d}",
                persons,
                fingers,
                probes,
                probes / 2,
                shortList,
                fpir,
                percentile(sorted, 0.5),
                percentile(sorted, 0.95),
                caught,
                (double) caught / probes,
                falseHits,
                scored / (double) sorted.length,
                scored / (double) sorted.length / fingers,
                gallery.indexBytes() / (double) fingers,
                gallery.templateBytes() / (double) fingers,
                buildMillis,
                Runtime.getRuntime().availableProcessors());
        return json ? result : result.replace(",\"", ",\n  \"").replace("{", "{\n  ");
    }

    private static Map<FingerPosition, EncodedTemplate> tenPrint(
            SyntheticTemplates synthetic, long person, int impression) {
        Map<FingerPosition, EncodedTemplate> fingers = new EnumMap<>(FingerPosition.class);
        for (int finger = 0; finger < TEN_PRINT.size(); finger++) {
            fingers.put(TEN_PRINT.get(finger), template(synthetic, person, finger, impression));
        }
        return fingers;
    }

    private static EncodedTemplate template(SyntheticTemplates synthetic, long person, int finger, int impression) {
        return TemplateInterchange.importRecord(synthetic.impression(person * 10 + finger, impression))
                .get(0)
                .template();
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
