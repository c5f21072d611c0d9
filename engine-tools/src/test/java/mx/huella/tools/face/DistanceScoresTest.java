package mx.huella.tools.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DistanceScoresTest {

    @Test
    void countsAPairAsAMatchOnlyWhenStrictlyBelowTheThreshold() {
        DistanceScores scores = new DistanceScores(new double[] {0.3, 0.6}, new double[] {0.6, 0.9});

        assertThat(scores.fmr(0.6)).isZero();
        assertThat(scores.fnmr(0.6)).isEqualTo(0.5);
    }

    @Test
    void hasZeroEqualErrorRateWhenEveryGenuinePairIsCloserThanEveryImpostor() {
        DistanceScores scores = new DistanceScores(new double[] {0.2, 0.3, 0.4}, new double[] {0.5, 0.7, 0.9});

        assertThat(scores.equalErrorRate()).isZero();
        assertThat(scores.tarAtFmr(1e-3)).isEqualTo(1.0);
    }

    @Test
    void findsTheCrossingOfOverlappingDistributions() {
        DistanceScores scores =
                new DistanceScores(new double[] {0.1, 0.2, 0.3, 0.6}, new double[] {0.5, 0.7, 0.8, 0.9});

        assertThat(scores.equalErrorRate()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void takesTheThresholdAtFmrFromTheSortedImpostorDistances() {
        double[] impostor = new double[200];
        for (int i = 0; i < impostor.length; i++) {
            impostor[i] = 1 + i / 1000.0;
        }
        DistanceScores scores = new DistanceScores(new double[] {0.5, 1.0005, 1.5}, impostor);

        assertThat(scores.thresholdAtFmr(1e-2)).isEqualTo(1.002);
        assertThat(scores.fmr(scores.thresholdAtFmr(1e-2))).isEqualTo(0.01);
        assertThat(scores.thresholdAtFmr(1e-3)).isEqualTo(1.0);
        assertThat(scores.tarAtFmr(1e-3)).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(scores.tarAtFmr(1e-2)).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void reportsUndefinedRatesWithoutPairs() {
        DistanceScores scores = new DistanceScores(new double[0], new double[0]);

        assertThat(scores.equalErrorRate()).isNaN();
        assertThat(scores.fmr(0.6)).isNaN();
    }
}
