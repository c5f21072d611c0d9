package mx.huella.tools.evaluation;

import java.util.Arrays;

/**
 * Genuine (same finger) and impostor (different fingers) comparison scores, higher meaning more
 * alike. Both arrays are copied and kept sorted ascending.
 */
public final class ScoreSet {
    private final double[] genuine;
    private final double[] impostor;

    public ScoreSet(double[] genuine, double[] impostor) {
        if (genuine.length == 0 || impostor.length == 0) {
            throw new IllegalArgumentException("error rates need at least one genuine and one impostor score");
        }
        this.genuine = genuine.clone();
        this.impostor = impostor.clone();
        Arrays.sort(this.genuine);
        Arrays.sort(this.impostor);
    }

    public int genuineCount() {
        return genuine.length;
    }

    public int impostorCount() {
        return impostor.length;
    }

    /** Share of impostor scores at or above the threshold: they would be accepted. */
    public double fmr(double threshold) {
        return (double) (impostor.length - lowerBound(impostor, threshold)) / impostor.length;
    }

    /** Share of genuine scores below the threshold: they would be rejected. */
    public double fnmr(double threshold) {
        return (double) lowerBound(genuine, threshold) / genuine.length;
    }

    /**
     * The lowest threshold whose false-match rate is at most {@code targetFmr}: just above the
     * impostor score ranked at that quantile. When {@code targetFmr} is below one over the number
     * of impostor scores, this is the threshold just above every impostor (see {@link #fmrResolution()}).
     */
    public double thresholdAtFmr(double targetFmr) {
        int allowed = (int) Math.floor(targetFmr * impostor.length + 1e-9);
        if (allowed >= impostor.length) {
            return impostor[0];
        }
        return Math.nextUp(impostor[impostor.length - 1 - allowed]);
    }

    /** The smallest false-match rate these impostor scores can resolve: one over their count. */
    public double fmrResolution() {
        return 1.0 / impostor.length;
    }

    double[] genuineSorted() {
        return genuine;
    }

    double[] impostorSorted() {
        return impostor;
    }

    /** Index of the first element not less than {@code value} in a sorted array. */
    private static int lowerBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
