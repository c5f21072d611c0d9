package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import mx.huella.generated.Generated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FaceImpostorModelTest {
    /** face-api's {@code FaceMatcher} default, the threshold {@code ./huella eval faces} reports beside its own. */
    private static final double FACE_API_THRESHOLD = 0.6;

    private static final FaceImpostorModel MODEL = sample();

    @Test
    void readsTheMeasuredShareAboveTheTailAndTheFittedTailBelowIt() {
        // 1000 impostor distances evenly spread over [0.5, 1.5): 10 % lie below 0.6.
        assertThat(MODEL.falseMatchProbability(0.6)).isCloseTo(0.1, org.assertj.core.api.Assertions.within(0.002));
        assertThat(MODEL.falseMatchProbability(0.3)).isPositive().isLessThan(MODEL.falseMatchProbability(0.5));
        assertThat(MODEL.threshold(1e-5)).isLessThan(MODEL.threshold(1e-3)).isGreaterThanOrEqualTo(0);
    }

    static Stream<Arguments> distancesAndReductions() {
        return Generated.cases(
                1000, random -> Arguments.of(Generated.between(random, 0.0, 2.0), Generated.between(random, 0.0, 1.0)));
    }

    @ParameterizedTest
    @MethodSource("distancesAndReductions")
    void aSmallerDistanceIsNeverMoreLikelyForAStranger(double distance, double less) {
        assertThat(MODEL.falseMatchProbability(Math.max(0, distance - less)))
                .isLessThanOrEqualTo(MODEL.falseMatchProbability(distance))
                .isBetween(0.0, 1.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void theThresholdForARateLetsNoMoreThanThatRateThrough(int exponent) {
        double fmr = Math.pow(10, -exponent);

        assertThat(MODEL.falseMatchProbability(MODEL.threshold(fmr))).isLessThanOrEqualTo(fmr * (1 + 1e-9));
    }

    @Test
    void readsBackWhatItWritesAndRefusesTooFewOrNegativeDistances() {
        assertThat(FaceImpostorModel.parse(MODEL.toText().lines().toList()).toText())
                .isEqualTo(MODEL.toText());
        assertThatThrownBy(() -> FaceImpostorModel.of(new double[10])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaceImpostorModel.parse(List.of("distances 0.5 -0.1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MODEL.threshold(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedModelSaysFaceApisDefaultIsAboutOneInAThousandOnTheDevelopmentSet() {
        FaceImpostorModel shipped = FaceImpostorModel.faces();

        assertThat(shipped.impostorCount()).isEqualTo(700);
        assertThat(shipped.falseMatchProbability(FACE_API_THRESHOLD)).isBetween(1e-4, 1e-2);
    }

    private static FaceImpostorModel sample() {
        double[] distances = new double[1000];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < distances.length; i++) {
            distances[i] = 0.5 + (i + random.nextDouble()) / distances.length;
        }
        return FaceImpostorModel.of(distances);
    }
}
