package mx.huella.tools.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesKeysInOrderWithPlainNumbersAndEscapedText() {
        String json = new Json()
                .put("eer", 0.0322173123)
                .put("pairs", 280)
                .put("tiny", 2.48e-5)
                .put("name", "DB1 \"B\"\n")
                .put("nested", new Json().put("ok", true))
                .put("missing", Double.NaN)
                .toString();

        assertThat(json)
                .isEqualTo("{\"eer\":0.0322173,\"pairs\":280,\"tiny\":0.0000248,\"name\":\"DB1 \\\"B\\\"\\n\","
                        + "\"nested\":{\"ok\":true},\"missing\":null}");
    }
}
