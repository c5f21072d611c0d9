package mx.huella.tools.evaluation;

/**
 * The distribution of the sum of k independent draws from an empirical score distribution, by
 * repeated convolution of its histogram: the impostor distribution of k-finger sum fusion when the
 * fingers of two different people are independent.
 */
final class SumDistribution {
    static final double BIN = 0.25;

    private final double[] probability;

    private SumDistribution(double[] probability) {
        this.probability = probability;
    }

    static SumDistribution of(double[] scores, int draws) {
        double max = 0;
        for (double score : scores) {
            max = Math.max(max, score);
        }
        double[] single = new double[(int) Math.ceil(max / BIN) + 2];
        for (double score : scores) {
            single[(int) Math.floor(Math.max(0, score) / BIN)] += 1.0 / scores.length;
        }
        double[] sum = single;
        for (int k = 1; k < draws; k++) {
            sum = convolve(sum, single);
        }
        return new SumDistribution(sum);
    }

    /**
     * The lowest threshold (at a bin edge) where the probability of a sum at or above it is at most
     * {@code fmr}; probabilities smaller than about 1e-15 are not resolved.
     */
    double threshold(double fmr) {
        double above = 0;
        for (int bin = probability.length - 1; bin >= 0; bin--) {
            if (above + probability[bin] > fmr) {
                return (bin + 1) * BIN;
            }
            above += probability[bin];
        }
        return 0;
    }

    private static double[] convolve(double[] a, double[] b) {
        double[] out = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            if (a[i] == 0) {
                continue;
            }
            for (int j = 0; j < b.length; j++) {
                out[i + j] += a[i] * b[j];
            }
        }
        return out;
    }
}
