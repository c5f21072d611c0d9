package mx.huella.tools.evaluation;

import mx.huella.engine.fingerprint.ImpostorScoreModel;

/**
 * Thresholds for false-match rates from an impostor score sample, measured where the sample is large
 * enough and extrapolated beyond it.
 *
 * <p>Design note: below one over the sample size an empirical quantile does not exist. Beyond the
 * top {@link #TAIL_SHARE} of impostor scores the tail is modelled as exponential, the peaks-over-
 * threshold method of extreme-value statistics with a generalised-Pareto shape of zero (Coles, "An
 * Introduction to Statistical Modeling of Extreme Values", 2001, ch. 4): with u the tail's start,
 * p_u the share of scores above it and m the mean excess over u, P(score &gt; t) = p_u
 * exp(-(t - u) / m). A shape of zero is the cautious choice for a light-tailed score: a heavier
 * fitted tail would give lower, riskier thresholds.
 */
final class ImpostorTail {
    static final double TAIL_SHARE = 0.01;
    static final int MIN_TAIL = 30;

    private final ScoreSet scores;
    private final double start;
    private final double share;
    private final double meanExcess;

    private ImpostorTail(ScoreSet scores, double start, double share, double meanExcess) {
        this.scores = scores;
        this.start = start;
        this.share = share;
        this.meanExcess = meanExcess;
    }

    static ImpostorTail of(ScoreSet scores) {
        double[] impostor = scores.impostorSorted();
        int tail = Math.max(MIN_TAIL, (int) Math.round(TAIL_SHARE * impostor.length));
        if (tail >= impostor.length) {
            throw new IllegalArgumentException("need more than " + MIN_TAIL + " impostor scores to model the tail");
        }
        double start = impostor[impostor.length - tail - 1];
        double excess = 0;
        for (int i = impostor.length - tail; i < impostor.length; i++) {
            excess += impostor[i] - start;
        }
        return new ImpostorTail(scores, start, (double) tail / impostor.length, Math.max(1e-9, excess / tail));
    }

    /** Where the modelled tail starts. */
    double start() {
        return start;
    }

    /** The tail's mean excess over its start. */
    double meanExcess() {
        return meanExcess;
    }

    /** The impostor histogram and this tail as the engine's runtime model. */
    ImpostorScoreModel model() {
        double[] impostor = scores.impostorSorted();
        long[] counts = new long[(int) Math.floor(impostor[impostor.length - 1] / ImpostorScoreModel.BIN) + 1];
        for (double score : impostor) {
            counts[(int) Math.floor(Math.max(0, score) / ImpostorScoreModel.BIN)]++;
        }
        return new ImpostorScoreModel(counts, start, meanExcess);
    }

    /** Whether {@code fmr} can be read off the sample (at least ten impostors above the threshold). */
    boolean measurable(double fmr) {
        return fmr * scores.impostorCount() >= 10;
    }

    /** The threshold for the false-match rate: empirical when measurable, else from the tail model. */
    double threshold(double fmr) {
        if (measurable(fmr)) {
            return scores.thresholdAtFmr(fmr);
        }
        return start + meanExcess * Math.log(share / fmr);
    }
}
