package mx.huella.tools.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultiFingerEvaluationTest {

    @Test
    void formsPersonsFromEveryCombinationOfFingersInOrder() {
        List<int[]> persons = MultiFingerEvaluation.combinations(4, 2);

        assertThat(persons)
                .containsExactly(
                        new int[] {0, 1},
                        new int[] {0, 2},
                        new int[] {0, 3},
                        new int[] {1, 2},
                        new int[] {1, 3},
                        new int[] {2, 3});
    }

    @Test
    void stopsAtTheMaximumNumberOfPersons() {
        assertThat(MultiFingerEvaluation.combinations(40, 3)).hasSize(MultiFingerEvaluation.MAX_PERSONS);
    }
}
