package mx.huella.tools.face;

import java.util.Arrays;

/**
 * Error rates of a distance score (smaller means more alike) from genuine (same person) and impostor (different
 * persons) pair distances. A pair matches at threshold t when its distance is strictly below t, as in face-api's
 * {@code FaceMatcher}: FMR(t) is the share of impostor pairs below t, FNMR(t) the share of genuine pairs at or above.
 */
final class DistanceScores {

    private final double[] genuine;
    private final double[] impostor;

    DistanceScores(double[] genuine, double[] impostor) {
        this.genuine = genuine.clone();
        this.impostor = impostor.clone();
        Arrays.sort(this.genuine);
        Arrays.sort(this.impostor);
    }

    /** The impostor distances, ascending (a copy). */
    double[] impostorDistances() {
        return impostor.clone();
    }

    int genuineCount() {
        return genuine.length;
    }

    int impostorCount() {
        return impostor.length;
    }

    double fmr(double threshold) {
        return impostor.length == 0 ? Double.NaN : (double) below(impostor, threshold) / impostor.length;
    }

    double fnmr(double threshold) {
        return genuine.length == 0 ? Double.NaN : 1 - (double) below(genuine, threshold) / genuine.length;
    }

    /**
     * The equal error rate: over every threshold where a rate changes, the smallest max(FMR, FNMR). On step curves
     * this is the upper of the two rates where they cross, so it never flatters. NaN without both kinds of pairs.
     */
    double equalErrorRate() {
        if (genuine.length == 0 || impostor.length == 0) {
            return Double.NaN;
        }
        double best = 1;
        for (double[] side : new double[][] {genuine, impostor}) {
            for (double distance : side) {
                best = Math.min(best, Math.max(fmr(distance), fnmr(distance)));
                double above = Math.nextUp(distance);
                best = Math.min(best, Math.max(fmr(above), fnmr(above)));
            }
        }
        return best;
    }

    /**
     * The largest threshold whose FMR is at most {@code fmr}: the (⌊fmr·n⌋+1)-th smallest impostor distance, or
     * infinity when that exceeds the impostor count. With fewer than 1/fmr impostor pairs it is the FMR-0 threshold.
     */
    double thresholdAtFmr(double fmr) {
        int allowed = (int) Math.floor(fmr * impostor.length);
        return allowed >= impostor.length ? Double.POSITIVE_INFINITY : impostor[allowed];
    }

    /** The true accept rate 1 − FNMR at {@link #thresholdAtFmr}. */
    double tarAtFmr(double fmr) {
        return 1 - fnmr(thresholdAtFmr(fmr));
    }

    /** How many sorted values lie strictly below {@code threshold}. */
    private static int below(double[] sorted, double threshold) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < threshold) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
