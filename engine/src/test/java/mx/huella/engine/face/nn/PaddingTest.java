package mx.huella.engine.face.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaddingTest {

    @Test
    void putsTheExtraSamePaddingCellAtTheBottomRight() {
        assertThat(Padding.SAME.outputSize(112, 3, 2)).isEqualTo(56);
        assertThat(Padding.SAME.padBefore(112, 3, 2)).isZero();
        assertThat(Padding.SAME.padBefore(35, 3, 1)).isEqualTo(1);
    }

    @Test
    void shrinksValidWindowsAsTheRecognitionNetExpects() {
        assertThat(Padding.VALID.outputSize(150, 7, 2)).isEqualTo(72);
        assertThat(Padding.VALID.outputSize(72, 3, 2)).isEqualTo(35);
        assertThat(Padding.VALID.outputSize(35, 3, 2)).isEqualTo(17);
        assertThat(Padding.VALID.outputSize(8, 3, 2)).isEqualTo(3);
        assertThat(Padding.VALID.outputSize(4, 3, 2)).isEqualTo(1);
    }
}
