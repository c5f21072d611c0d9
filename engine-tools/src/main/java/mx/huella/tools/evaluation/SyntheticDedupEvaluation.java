package mx.huella.tools.evaluation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.FingerprintTemplates;
import mx.huella.engine.search.Candidate;
import mx.huella.engine.search.FingerprintGallery;
import mx.huella.engine.search.Identification;
import mx.huella.engine.search.SearchOptions;
import mx.huella.tools.synthetic.SyntheticFingerprints;

/**
 * {@code ./huella eval synthetic-dedup}: enrolls synthetic ten-print persons one after another, each
 * searched against those before it as an enrollment is, and counts the strangers held as
 * duplicates. The impostor model was calibrated on real fingers (FVC2002); this measures how far a
 * synthetic population strays from it, which is what the integration tests enroll.
 */
public final class SyntheticDedupEvaluation {
    private static final long GENERATOR_SEED = 20261123;

    private SyntheticDedupEvaluation() {}

    /** Runs the evaluation with command-line options; returns the exit status. */
    public static int run(String[] args, PrintStream out) {
        int persons = 100;
        double fpir = SearchOptions.DEFAULT_FPIR;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--persons" -> persons = Integer.parseInt(args[++i]);
                case "--fpir" -> fpir = Double.parseDouble(args[++i]);
                case "--json" -> json = true;
                default -> {
                    System.err.println("usage: ./huella eval synthetic-dedup [--persons N] [--fpir F] [--json]");
                    return 2;
                }
            }
        }
        if (persons < 2 || fpir <= 0 || fpir >= 1) {
            System.err.println("huella eval synthetic-dedup: --persons at least 2, --fpir between 0 and 1");
            return 2;
        }
        long start = System.nanoTime();
        Result result = evaluate(persons, fpir);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json) {
            out.println(new Json()
                    .put("persons", persons)
                    .put("fpir", fpir)
                    .put("falseHits", result.falseHits())
                    .put("lowestFalseMatchProbability", result.lowestProbability())
                    .put("seconds", seconds));
        } else {
            out.printf(
                    Locale.ROOT,
                    "%d synthetic persons at FPIR %.1e: %d held as duplicates of strangers; lowest false-match "
                            + "probability of a best stranger %.2e (%.1f s)%n",
                    persons,
                    fpir,
                    result.falseHits(),
                    result.lowestProbability(),
                    seconds);
        }
        return 0;
    }

    /** Strangers held as duplicates, and the lowest false-match probability any best stranger had. */
    record Result(int falseHits, double lowestProbability) {}

    static Result evaluate(int persons, double fpir) {
        SyntheticFingerprints generator = new SyntheticFingerprints(GENERATOR_SEED);
        List<Map<FingerPosition, EncodedTemplate>> tenPrints = new ArrayList<>(persons);
        IntStream.range(0, persons).forEach(p -> tenPrints.add(null));
        IntStream.range(0, persons).parallel().forEach(p -> {
            Map<FingerPosition, EncodedTemplate> fingers = new EnumMap<>(FingerPosition.class);
            for (FingerPosition position : FingerPosition.TEN_PRINT) {
                long fingerSeed = 1_000_000L + p * 1_000L + position.code();
                fingers.put(
                        position,
                        FingerprintTemplates.extract(
                                generator.finger(fingerSeed).impression(0)));
            }
            tenPrints.set(p, fingers);
        });
        FingerprintGallery gallery = new FingerprintGallery(Math.max(1_000, persons));
        SearchOptions options = new SearchOptions(10, 200, fpir, Set.of());
        int falseHits = 0;
        double lowest = 1;
        for (int p = 0; p < persons; p++) {
            if (p > 0) {
                Identification search = gallery.identify(tenPrints.get(p), options);
                if (!search.candidates().isEmpty()) {
                    Candidate best = search.candidates().get(0);
                    lowest = Math.min(lowest, best.falseMatchProbability());
                }
                if (search.decision() == Identification.Decision.HIT) {
                    falseHits++;
                }
            }
            String reference = "person-" + p;
            tenPrints.get(p).forEach((position, template) -> gallery.put(reference, position, template));
        }
        return new Result(falseHits, lowest);
    }
}
