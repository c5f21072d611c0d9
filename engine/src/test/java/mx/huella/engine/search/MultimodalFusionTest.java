package mx.huella.engine.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import mx.huella.engine.face.FaceGallery;
import mx.huella.engine.face.FaceImpostorModel;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.generated.Generated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MultimodalFusionTest {
    private static final SearchOptions OPTIONS = new SearchOptions(5, 100, 1e-3, Set.of());

    @Test
    void oneModalityIsItsOwnProbabilityAndTwoCombineByFishersMethod() {
        assertThat(MultimodalFusion.combine(0.01)).isCloseTo(0.01, within(1e-15));
        // p1 p2 (1 - ln(p1 p2)) for two modalities.
        double product = 1e-3 * 1e-4;
        assertThat(MultimodalFusion.combine(1e-3, 1e-4)).isCloseTo(product * (1 - Math.log(product)), within(1e-15));
        assertThat(MultimodalFusion.combine(1, 1)).isEqualTo(1);
        assertThat(MultimodalFusion.combine(0, 0.5)).isPositive().isLessThan(1e-290);
        assertThatThrownBy(() -> MultimodalFusion.combine(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> probabilitiesAndShrinks() {
        return Generated.cases(
                1000,
                random -> Arguments.of(probability(random), probability(random), Generated.between(random, 0.0, 1.0)));
    }

    /** Evenly spread from 1e-9 to 1, or evenly spread over its orders of magnitude, where the small ones lie. */
    private static double probability(SplittableRandom random) {
        return random.nextBoolean()
                ? Generated.between(random, 1e-9, 1.0)
                : Math.max(1e-9, Math.pow(10, Generated.between(random, -9.0, 0.0)));
    }

    @ParameterizedTest
    @MethodSource("probabilitiesAndShrinks")
    void moreConvincingEvidenceInEitherModalityNeverWeakensTheCombination(double a, double b, double shrink) {
        double combined = MultimodalFusion.combine(a, b);

        assertThat(MultimodalFusion.combine(a * shrink, b)).isLessThanOrEqualTo(combined * (1 + 1e-12));
        assertThat(combined).isGreaterThanOrEqualTo(a * b * (1 - 1e-12)).isLessThanOrEqualTo(1);
    }

    @Test
    void aCloseFaceTurnsABorderlineFingerprintCandidateIntoAHitAndFaceOnlyCandidatesJoin() {
        FaceImpostorModel faces = FaceImpostorModel.faces();
        Candidate borderline = Candidate.ofFingers("ana", 45, Map.of(FingerPosition.RIGHT_INDEX, 45.0), 2e-6);
        var fingerprints = List.of(new PartialSearch(List.of(borderline), 1_000, 100));

        Identification fingersAlone = Identification.decide(fingerprints, OPTIONS);
        Identification withFace = MultimodalFusion.decide(
                fingerprints,
                List.of(new FaceGallery.Match("ana", 0.25), new FaceGallery.Match("beto", 0.8)),
                1_000,
                faces,
                OPTIONS);

        assertThat(fingersAlone.decision()).isEqualTo(Identification.Decision.NO_HIT);
        assertThat(withFace.decision()).isEqualTo(Identification.Decision.HIT);
        Candidate ana = withFace.candidates().get(0);
        assertThat(ana.reference()).isEqualTo("ana");
        assertThat(ana.hasFace()).isTrue();
        assertThat(ana.falseMatchProbability()).isLessThan(borderline.falseMatchProbability());
        assertThat(withFace.candidates())
                .filteredOn(c -> c.reference().equals("beto"))
                .singleElement()
                .satisfies(beto -> assertThat(beto.fingerScores()).isEmpty());
    }
}
