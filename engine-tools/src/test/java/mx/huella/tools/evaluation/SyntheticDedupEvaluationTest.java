package mx.huella.tools.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SyntheticDedupEvaluationTest {
    @Test
    void printsTheCountOfStrangersHeldAsDuplicatesUnderTheStableKeys() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = SyntheticDedupEvaluation.run(
                new String[] {"--persons", "3", "--fpir", "1e-6", "--json"},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("\"persons\":3", "\"falseHits\":", "\"lowestFalseMatchProbability\":", "\"seconds\":");
    }

    @Test
    void refusesAPopulationTooSmallToSearch() {
        assertThat(SyntheticDedupEvaluation.run(new String[] {"--persons", "1"}, System.out))
                .isEqualTo(2);
    }
}
