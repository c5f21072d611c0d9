package mx.huella.tools.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FalseMatchRate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.FingerprintTemplates;
import mx.huella.engine.fingerprint.MatchThresholds;
import mx.huella.engine.fingerprint.TemplateInterchange;
import mx.huella.engine.search.FingerprintGallery;
import mx.huella.engine.search.Identification;
import mx.huella.engine.search.SearchOptions;
import mx.huella.tools.synthetic.SyntheticTemplates;

/**
 * {@code ./huella bench search --gallery N [--probes P] [--short-list K] [--fpir F] [--exhaustive] [--json]}:
 * builds a gallery of N synthetic fingers, runs P mated probes (other impressions of gallery fingers)
 * and P/2 non-mated ones, and reports search latency, the hit rate against exhaustive SourceAFIS
 * search on the same probes, the penetration rate, bytes per finger and build time, and how the
 * decisions at the target FPIR came out ({@code hitsAtFpir} of the mated probes, {@code falseHits}
 * of the non-mated ones).
 *
 * <p>Exhaustive search costs N comparisons per probe; it is run for real when N x P is at most two
 * million comparisons or {@code --exhaustive} is given. Otherwise a mated probe counts as found by
 * exhaustive search when its mate scores at least the FMR-1e-4 threshold: on synthetic templates no
 * non-mate came near it (highest 30 in 318,400 pairs, docs/benchmarks.md), so exhaustive search would
 * rank the mate first. The JSON says which method was used.
 */
public final class SearchBenchmark {
    private SearchBenchmark() {}

    public static void main(String[] args) {
        int gallerySize = 10_000;
        int probes = 100;
        int shortList = 500;
        boolean exhaustive = false;
        boolean json = false;
        double fpir = SearchOptions.DEFAULT_FPIR;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gallery" -> gallerySize = Integer.parseInt(args[++i]);
                case "--probes" -> probes = Integer.parseInt(args[++i]);
                case "--short-list" -> shortList = Integer.parseInt(args[++i]);
                case "--exhaustive" -> exhaustive = true;
                case "--fpir" -> fpir = Double.parseDouble(args[++i]);
                case "--json" -> json = true;
                default -> {
                    System.err.println("usage: ./huella bench search --gallery N [--probes P] [--short-list K] "
                            + "[--fpir F] [--exhaustive] [--json]");
                    System.exit(2);
                }
            }
        }
        System.out.println(run(gallerySize, probes, shortList, fpir, exhaustive, json));
    }

    static String run(int gallerySize, int probes, int shortList, double fpir, boolean forceExhaustive, boolean json) {
        SyntheticTemplates synthetic = new SyntheticTemplates(20261122);
        boolean exhaustive = forceExhaustive || (long) gallerySize * probes <= 2_000_000L;
        // Prepared templates take ~10 KB each: keep them only when exhaustive search needs them all.
        EncodedTemplate[] enrolled = exhaustive ? new EncodedTemplate[gallerySize] : null;
        long start = System.nanoTime();
        FingerprintGallery gallery = new FingerprintGallery(gallerySize);
        IntStream.range(0, gallerySize).parallel().forEach(f -> {
            EncodedTemplate template = template(synthetic, f, 0);
            gallery.put("f" + f, FingerPosition.RIGHT_INDEX, template);
            if (enrolled != null) {
                enrolled[f] = template;
            }
        });
        gallery.compact();
        double buildMillis = (System.nanoTime() - start) / 1e6;

        Random random = new Random(7);
        SearchOptions options = new SearchOptions(1, shortList, fpir, Set.of());
        double threshold = MatchThresholds.singleFinger(FalseMatchRate.ONE_IN_TEN_THOUSAND);
        List<Double> millis = new ArrayList<>();
        int expected = 0;
        int found = 0;
        int hitsAtFpir = 0;
        long scored = 0;
        for (int p = 0; p < probes; p++) {
            int mate = random.nextInt(gallerySize);
            EncodedTemplate probe = template(synthetic, mate, 1 + p % 3);
            long t = System.nanoTime();
            Identification result = gallery.identify(Map.of(FingerPosition.RIGHT_INDEX, probe), options);
            millis.add((System.nanoTime() - t) / 1e6);
            scored += result.scored();
            String truth = exhaustive
                    ? exhaustiveBest(probe, enrolled, threshold)
                    : proxyBest(probe, template(synthetic, mate, 0), mate, threshold);
            if (truth != null) {
                expected++;
                // Found as exhaustive search finds it: the mate ranked first, at the same score threshold.
                if (!result.candidates().isEmpty()
                        && result.candidates().get(0).reference().equals(truth)
                        && result.candidates().get(0).fusedScore() >= threshold) {
                    found++;
                }
            }
            if (result.hit().map(c -> c.reference().equals("f" + mate)).orElse(false)) {
                hitsAtFpir++;
            }
            if (exhaustive) {
                // Exhaustive truth is slow at large N: show progress, so a cut-off run still says something.
                System.err.printf(
                        Locale.ROOT,
                        "probe %d/%d: exhaustive found %d, indexed found %d of them%n",
                        p + 1,
                        probes,
                        expected,
                        found);
            }
        }
        int falseHits = 0;
        for (int p = 0; p < probes / 2; p++) {
            EncodedTemplate stranger = template(synthetic, 100_000_000L + p, 1);
            long t = System.nanoTime();
            Identification result = gallery.identify(Map.of(FingerPosition.RIGHT_INDEX, stranger), options);
            millis.add((System.nanoTime() - t) / 1e6);
            scored += result.scored();
            falseHits += result.hit().isPresent() ? 1 : 0;
        }
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int searches = sorted.length;
        String result = String.format(
                Locale.ROOT,
                "{\"galleryFingers\":%d,\"probes\":%d,\"nonMatedProbes\":%d,\"shortList\":%d,\"p50Millis\":%.2f,"
                        + "\"p95Millis\":%.2f,\"hitRateVsExhaustive\":%.4f,\"exhaustiveFoundMates\":%d,"
                        + "\"exhaustiveMethod\":\"%s\",\"penetrationRate\":%.6f,\"fpir\":%s,\"hitsAtFpir\":%d,"
                        + "\"falseHits\":%d,"
                        + "\"bytesPerFinger\":%.1f,\"templateBytesPerFinger\":%.1f,\"buildMillis\":%.0f,"
                        + "\"cores\":%d}",
                gallerySize,
                probes,
                probes / 2,
                shortList,
                percentile(sorted, 0.5),
                percentile(sorted, 0.95),
                expected == 0 ? Double.NaN : (double) found / expected,
                expected,
                exhaustive ? "full" : "mate-score-proxy",
                scored / (double) searches / gallerySize,
                fpir,
                hitsAtFpir,
                falseHits,
                gallery.indexBytes() / (double) gallerySize,
                gallery.templateBytes() / (double) gallerySize,
                buildMillis,
                Runtime.getRuntime().availableProcessors());
        return json ? result : result.replace(",\"", ",\n  \"").replace("{", "{\n  ");
    }

    private static EncodedTemplate template(SyntheticTemplates synthetic, long finger, int impression) {
        return TemplateInterchange.importRecord(synthetic.impression(finger, impression))
                .get(0)
                .template();
    }

    /** The reference exhaustive SourceAFIS search ranks first, if it reaches the threshold. */
    private static String exhaustiveBest(EncodedTemplate probe, EncodedTemplate[] enrolled, double threshold) {
        double[] scores = new double[enrolled.length];
        int parts = Runtime.getRuntime().availableProcessors();
        IntStream.range(0, parts).parallel().forEach(part -> {
            var matcher = FingerprintTemplates.probe(probe);
            for (int f = part; f < enrolled.length; f += parts) {
                scores[f] = matcher.score(enrolled[f]);
            }
        });
        int best = 0;
        for (int f = 1; f < scores.length; f++) {
            best = scores[f] > scores[best] ? f : best;
        }
        return scores[best] >= threshold ? "f" + best : null;
    }

    private static String proxyBest(EncodedTemplate probe, EncodedTemplate mate, int mateIndex, double threshold) {
        return FingerprintTemplates.score(probe, mate) >= threshold ? "f" + mateIndex : null;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
