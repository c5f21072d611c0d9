package mx.huella.engine.face.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PoolingTest {

    @Test
    void maxPoolingIgnoresTheSamePaddingAtTheBottomRight() {
        // 3×3, two channels, all negative: zero padding would wrongly win the edge windows.
        float[] data = new float[18];
        for (int i = 0; i < 9; i++) {
            data[2 * i] = -1 - i;
            data[2 * i + 1] = -10 - i;
        }

        FeatureMap out = Pooling.max(new FeatureMap(3, 3, 2, data), 2, 2, Padding.SAME);

        assertThat(out.toString()).isEqualTo("2x2x2");
        assertThat(out.data()).containsExactly(-1f, -10f, -3f, -12f, -7f, -16f, -9f, -18f);
    }

    @Test
    void maxPoolingWithStrideOneKeepsTheSize() {
        FeatureMap in = new FeatureMap(2, 2, 1, new float[] {1f, 4f, 3f, 2f});

        FeatureMap out = Pooling.max(in, 2, 1, Padding.SAME);

        assertThat(out.data()).containsExactly(4f, 4f, 3f, 2f);
    }
}
