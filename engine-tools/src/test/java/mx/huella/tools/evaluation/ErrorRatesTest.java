package mx.huella.tools.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErrorRatesTest {

    @Test
    void findsTheEqualErrorRateWhereTheCurvesCross() {
        // Genuine 10 scores 1..10; impostor 10 scores 0..9: at threshold 5, FMR 5/10 (5..9), FNMR 4/10 (1..4).
        ScoreSet scores = new ScoreSet(range(1, 10), range(0, 9));

        ErrorRates rates = ErrorRates.of(scores);

        assertThat(rates.eer()).isCloseTo(0.45, within(1e-9));
        assertThat(rates.genuinePairs()).isEqualTo(10);
        assertThat(rates.impostorPairs()).isEqualTo(10);
    }

    @Test
    void separatedScoresHaveNoErrors() {
        ScoreSet scores = new ScoreSet(new double[] {50, 60, 70}, new double[] {1, 2, 3, 4});

        ErrorRates rates = ErrorRates.of(scores);

        assertThat(rates.eer()).isZero();
        assertThat(rates.fmr100()).isZero();
        assertThat(rates.zeroFmr()).isZero();
    }

    @Test
    void zeroFmrIsTheFnmrAboveTheHighestImpostor() {
        ScoreSet scores = new ScoreSet(new double[] {5, 15, 25, 35}, new double[] {1, 2, 20});

        assertThat(ErrorRates.of(scores).zeroFmr()).isEqualTo(0.5);
        assertThat(scores.fmr(scores.thresholdAtFmr(0))).isZero();
    }

    @Test
    void thresholdAtAnFmrAcceptsAtMostThatShareOfImpostors() {
        double[] impostor = range(1, 1000);
        ScoreSet scores = new ScoreSet(new double[] {2000}, impostor);

        double threshold = scores.thresholdAtFmr(1e-2);

        assertThat(scores.fmr(threshold)).isLessThanOrEqualTo(1e-2);
        assertThat(scores.fmr(Math.nextDown(threshold))).isGreaterThan(scores.fmr(threshold));
        assertThat(scores.fmrResolution()).isEqualTo(1e-3);
    }

    @Test
    void theDetCurveRunsFromAcceptingEverythingToRejectingEverything() {
        var curve = ErrorRates.detCurve(new ScoreSet(range(1, 10), range(0, 9)));

        assertThat(curve.get(0)).containsExactly(1.0, 0.0);
        assertThat(curve.get(curve.size() - 1)).containsExactly(0.0, 1.0);
    }

    private static double[] range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).asDoubleStream().toArray();
    }
}
