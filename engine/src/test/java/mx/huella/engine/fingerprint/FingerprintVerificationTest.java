package mx.huella.engine.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintVerificationTest {

    @Test
    void oneFingerMatchesAtOrAboveItsThreshold() {
        double threshold = MatchThresholds.singleFinger(FalseMatchRate.ONE_IN_TEN_THOUSAND);

        assertThat(FingerprintVerification.decide(List.of(threshold), FalseMatchRate.ONE_IN_TEN_THOUSAND)
                        .match())
                .isTrue();
        assertThat(FingerprintVerification.decide(List.of(Math.nextDown(threshold)), FalseMatchRate.ONE_IN_TEN_THOUSAND)
                        .match())
                .isFalse();
    }

    @Test
    void aStrongFingerCarriesAWeakOneUnderSumFusion() {
        VerificationDecision decision =
                FingerprintVerification.decide(List.of(60.0, 5.0), FalseMatchRate.ONE_IN_HUNDRED_THOUSAND);

        assertThat(decision.match()).isTrue();
        assertThat(decision.fusedScore()).isEqualTo(65.0);
        assertThat(decision.threshold()).isEqualTo(MatchThresholds.sumOf(2, FalseMatchRate.ONE_IN_HUNDRED_THOUSAND));
    }

    @Test
    void stricterRatesNeedHigherScores() {
        for (int fingers = 1; fingers <= 4; fingers++) {
            assertThat(MatchThresholds.sumOf(fingers, FalseMatchRate.ONE_IN_THOUSAND))
                    .isLessThan(MatchThresholds.sumOf(fingers, FalseMatchRate.ONE_IN_TEN_THOUSAND))
                    .isLessThan(MatchThresholds.sumOf(fingers, FalseMatchRate.ONE_IN_HUNDRED_THOUSAND));
        }
    }

    @Test
    void refusesNoFingersAndMoreThanFour() {
        assertThatThrownBy(() -> FingerprintVerification.verify(List.of(), FalseMatchRate.ONE_IN_THOUSAND))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MatchThresholds.sumOf(5, FalseMatchRate.ONE_IN_THOUSAND))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
