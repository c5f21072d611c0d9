package mx.huella.engine.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.huella.engine.face.FaceGallery;
import mx.huella.engine.face.FaceImpostorModel;
import mx.huella.engine.fingerprint.FingerPosition;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

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

    @Property
    void moreConvincingEvidenceInEitherModalityNeverWeakensTheCombination(
            @ForAll @DoubleRange(min = 1e-9, max = 1) @Scale(12) double a,
            @ForAll @DoubleRange(min = 1e-9, max = 1) @Scale(12) double b,
            @ForAll @DoubleRange(min = 0, max = 1) double shrink) {
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
