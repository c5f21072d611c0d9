package mx.huella.tools.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvaluationOptionsTest {

    @Test
    void readsTheFolderAndOptions() {
        EvaluationOptions options = EvaluationOptions.parse(
                new String[] {"fingerprints-multi", "data/DB2_B", "--dpi", "569", "--json", "--fingers", "3"});

        assertThat(options.folder()).isEqualTo(Path.of("data/DB2_B"));
        assertThat(options.dpi()).isEqualTo(569);
        assertThat(EvaluationOptions.parse(new String[] {"fingerprints", "x"}).dpi())
                .as("from the file")
                .isZero();
        assertThat(options.json()).isTrue();
        assertThat(options.fingers()).isEqualTo(3);
        assertThat(options.output()).isEqualTo(Path.of("eval-results", "DB2_B"));
    }

    @Test
    void refusesUnknownOptionsAndImpossibleValues() {
        assertThatThrownBy(() -> EvaluationOptions.parse(new String[] {"fingerprints", "x", "--speed"}))
                .hasMessageContaining("unknown option --speed");
        assertThatThrownBy(() -> EvaluationOptions.parse(new String[] {"fingerprints", "x", "--dpi", "abc"}))
                .hasMessageContaining("--dpi needs a number");
        assertThatThrownBy(() -> EvaluationOptions.parse(new String[] {"fingerprints", "x", "--dpi", "20"}))
                .hasMessageContaining("100 to 2000");
        assertThatThrownBy(() -> EvaluationOptions.parse(new String[] {"faces", "x"}))
                .hasMessageContaining("expected 'fingerprints'");
    }
}
