package mx.huella.engine.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mx.huella.generated.Generated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImpostorScoreModelTest {
    private final ImpostorScoreModel model = ImpostorScoreModel.fingerprints();

    @Test
    void agreesWithTheCalibratedSingleFingerThresholds() {
        for (FalseMatchRate rate : FalseMatchRate.values()) {
            assertThat(model.threshold(1, rate.rate()))
                    .as("%s", rate)
                    .isCloseTo(MatchThresholds.singleFinger(rate), within(0.5));
        }
    }

    @Test
    void agreesWithTheCalibratedFusedThresholdsWhereTheSampleResolvesThem() {
        // The fused table convolves the sample alone; the model adds the fitted tail, which can only
        // make the rarest sums a little more likely.
        for (int fingers = 2; fingers <= 4; fingers++) {
            double sampled = MatchThresholds.sumOf(fingers, FalseMatchRate.ONE_IN_THOUSAND);
            assertThat(model.threshold(fingers, 1e-3)).as("%d fingers", fingers).isBetween(sampled - 0.5, sampled + 3);
        }
    }

    @Test
    void extendsToTenFingersAndRatesFarBelowTheSample() {
        double tenFingers = model.threshold(10, 1e-9);

        assertThat(tenFingers).isGreaterThan(model.threshold(4, 1e-9)).isLessThan(400);
        assertThat(model.falseMatchProbability(10, tenFingers)).isLessThanOrEqualTo(1e-9);
        assertThat(model.falseMatchProbability(10, tenFingers - 2 * ImpostorScoreModel.BIN))
                .isGreaterThan(1e-9);
    }

    static Stream<Arguments> fingersScoresAndIncreases() {
        return Generated.cases(
                1000,
                random -> Arguments.of(
                        Generated.between(random, 1, 10),
                        Generated.between(random, 0.0, 500.0),
                        Generated.between(random, 0.0, 50.0)));
    }

    @ParameterizedTest
    @MethodSource("fingersScoresAndIncreases")
    void aHigherScoreIsNeverMoreLikelyForAStranger(int fingers, double score, double more) {
        assertThat(model.falseMatchProbability(fingers, score + more))
                .isLessThanOrEqualTo(model.falseMatchProbability(fingers, score))
                .isBetween(0.0, 1.0);
    }

    /** Every pair: 99 of them. */
    static Stream<Arguments> fingersAndRateExponents() {
        return IntStream.rangeClosed(1, 9)
                .boxed()
                .flatMap(fingers -> IntStream.rangeClosed(2, 12).mapToObj(exponent -> Arguments.of(fingers, exponent)));
    }

    @ParameterizedTest
    @MethodSource("fingersAndRateExponents")
    void moreFingersNeedAHigherSumForTheSameRate(int fingers, int exponent) {
        double rate = Math.pow(10, -exponent);
        assertThat(model.threshold(fingers + 1, rate)).isGreaterThanOrEqualTo(model.threshold(fingers, rate));
    }

    @Test
    void readsBackWhatItWrites() {
        ImpostorScoreModel copy =
                ImpostorScoreModel.parse(model.toText().lines().toList());

        assertThat(copy.toText()).isEqualTo(model.toText());
        assertThat(copy.threshold(3, 1e-6)).isEqualTo(model.threshold(3, 1e-6));
    }

    @Test
    void refusesModelsThatCannotDescribeATail() {
        assertThatThrownBy(() -> ImpostorScoreModel.parse(List.of("tailStart 10", "counts 1 2 3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meanExcess");
        assertThatThrownBy(() -> new ImpostorScoreModel(new long[] {5, 5}, 100, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model.threshold(11, 1e-3)).isInstanceOf(IllegalArgumentException.class);
    }
}
