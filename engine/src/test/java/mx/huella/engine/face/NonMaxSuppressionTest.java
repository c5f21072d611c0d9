package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mx.huella.engine.face.DetectorGrid.Candidate;
import org.junit.jupiter.api.Test;

class NonMaxSuppressionTest {

    @Test
    void keepsTheBestOfOverlappingBoxesAndAllSeparateOnes() {
        Candidate weak = new Candidate(0, 0, 10, 10, 0.6);
        Candidate strong = new Candidate(1, 1, 10, 10, 0.9);
        Candidate apart = new Candidate(50, 50, 10, 10, 0.7);

        assertThat(NonMaxSuppression.apply(List.of(weak, strong, apart), 0.4)).containsExactly(strong, apart);
    }

    @Test
    void keepsABoxWhoseOverlapEqualsTheThreshold() {
        // IoU of these is exactly 0.5; face-api suppresses only strictly above the threshold.
        Candidate a = new Candidate(0, 0, 3, 1, 0.9);
        Candidate b = new Candidate(1, 0, 3, 1, 0.8);

        assertThat(NonMaxSuppression.intersectionOverUnion(a, b)).isEqualTo(0.5);
        assertThat(NonMaxSuppression.apply(List.of(a, b), 0.5)).containsExactly(a, b);
    }

    @Test
    void picksTheLaterOfTwoEqualScores() {
        Candidate first = new Candidate(0, 0, 10, 10, 0.8);
        Candidate second = new Candidate(0, 0, 10, 10, 0.8);

        assertThat(NonMaxSuppression.apply(List.of(first, second), 0.4))
                .hasSize(1)
                .first()
                .isSameAs(second);
    }
}
