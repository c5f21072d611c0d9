package mx.huella.engine.fingerprint;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EncodedTemplateTest {

    @Test
    void refusesBytesWithoutTheHeader() {
        assertThatThrownBy(() -> EncodedTemplate.parse(new byte[] {1, 2, 3, 4, 5}))
                .isInstanceOf(TemplateFormatException.class)
                .hasMessageContaining("header");
        assertThatThrownBy(() -> EncodedTemplate.parse(new byte[0])).isInstanceOf(TemplateFormatException.class);
    }

    @Test
    void refusesAVersionItDoesNotKnow() {
        assertThatThrownBy(() -> EncodedTemplate.parse(new byte[] {'H', 'F', 'T', 9, 1, 2}))
                .isInstanceOf(TemplateFormatException.class)
                .hasMessageContaining("version 9");
    }

    @Test
    void refusesACorruptBody() {
        assertThatThrownBy(() -> EncodedTemplate.parse(new byte[] {'H', 'F', 'T', 1, 7, 7, 7}))
                .isInstanceOf(TemplateFormatException.class)
                .hasMessageContaining("corrupt");
    }
}
