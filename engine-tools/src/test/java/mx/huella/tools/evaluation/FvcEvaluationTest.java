package mx.huella.tools.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FvcEvaluationTest {

    @Test
    void reproducesSourceAfisAccuracyOnFvc2002Db1AndQualityPredictsFailures() {
        FvcResult result = FvcEvaluation.run(FvcDataset.scan(SharedData.fvc("DB1_B")), 500);

        assertThat(result.fvc().genuinePairs()).isEqualTo(280);
        assertThat(result.fvc().impostorPairs()).isEqualTo(45);
        assertThat(result.allCross().impostorPairs()).isEqualTo(2880);
        assertThat(result.allCross().eer()).isBetween(0.01, 0.045);
        assertThat(result.quality().fnmrLowestFifth())
                .isGreaterThanOrEqualTo(3 * result.quality().fnmrHighestFifth());
        assertThat(result.quality().fnmrLowestFifth()).isPositive();
    }
}
