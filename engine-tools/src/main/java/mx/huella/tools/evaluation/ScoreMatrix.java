package mx.huella.tools.evaluation;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import mx.huella.engine.fingerprint.FingerprintTemplates;

/**
 * Scores of every impression against every later one (the upper triangle), computed in parallel:
 * each probe is prepared once and compared with all candidates after it.
 */
final class ScoreMatrix {
    private final double[][] upper;
    private final long matchNanos;
    private final long comparisons;

    private ScoreMatrix(double[][] upper, long matchNanos, long comparisons) {
        this.upper = upper;
        this.matchNanos = matchNanos;
        this.comparisons = comparisons;
    }

    static ScoreMatrix of(List<ImpressionFeatures> features) {
        int n = features.size();
        double[][] upper = new double[n][];
        AtomicLong nanos = new AtomicLong();
        IntStream.range(0, n).parallel().forEach(i -> {
            long start = System.nanoTime();
            var probe = FingerprintTemplates.probe(features.get(i).template());
            double[] row = new double[n - i - 1];
            for (int j = i + 1; j < n; j++) {
                row[j - i - 1] = probe.score(features.get(j).template());
            }
            upper[i] = row;
            nanos.addAndGet(System.nanoTime() - start);
        });
        return new ScoreMatrix(upper, nanos.get(), (long) n * (n - 1) / 2);
    }

    /** The score of impression {@code i} (as probe) against {@code j}, for i != j. */
    double score(int i, int j) {
        return i < j ? upper[i][j - i - 1] : upper[j][i - j - 1];
    }

    /** Mean time of one comparison on one core, in microseconds. */
    double meanMatchMicros() {
        return comparisons == 0 ? 0 : matchNanos / 1e3 / comparisons;
    }
}
