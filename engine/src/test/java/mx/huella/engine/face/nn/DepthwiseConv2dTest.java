package mx.huella.engine.face.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DepthwiseConv2dTest {

    /** A 3×3 ramp with channel 1 the negative of channel 0. */
    private static FeatureMap twoChannelRamp() {
        float[] data = new float[18];
        for (int i = 0; i < 9; i++) {
            data[2 * i] = i + 1;
            data[2 * i + 1] = -(i + 1);
        }
        return new FeatureMap(3, 3, 2, data);
    }

    @Test
    void convolvesEachChannelWithItsOwnFilterOnly() {
        float[] filters = new float[18];
        for (int tap = 0; tap < 9; tap++) {
            filters[2 * tap] = 1;
            filters[2 * tap + 1] = 2;
        }
        var conv = new DepthwiseConv2d(new int[] {3, 3, 2, 1}, filters, 1, Padding.SAME);

        FeatureMap out = conv.apply(twoChannelRamp());

        assertThat(out.toString()).isEqualTo("3x3x2");
        assertThat(out.get(1, 1, 0)).isEqualTo(45f);
        assertThat(out.get(1, 1, 1)).isEqualTo(-90f);
        assertThat(out.get(0, 0, 0)).isEqualTo(1f + 2 + 4 + 5);
    }

    @Test
    void padsTheExtraCellAtTheBottomRightWithStrideTwo() {
        float[] filters = new float[9];
        filters[0] = 1;
        var conv = new DepthwiseConv2d(new int[] {3, 3, 1, 1}, filters, 2, Padding.SAME);
        float[] data = new float[16];
        for (int i = 0; i < 16; i++) {
            data[i] = i;
        }

        FeatureMap out = conv.apply(new FeatureMap(4, 4, 1, data));

        // SAME 3×3/2 on 4 pads (0, 1), so the top-left tap of output (y, x) reads input (2y, 2x).
        assertThat(out.data()).containsExactly(0f, 2f, 8f, 10f);
    }

    @Test
    void rejectsAChannelMultiplierOtherThanOne() {
        assertThatThrownBy(() -> new DepthwiseConv2d(new int[] {3, 3, 1, 2}, new float[18], 1, Padding.SAME))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
