package mx.huella.engine.face.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeparableConv2dTest {

    @Test
    void mixesDepthwiseResultsAcrossChannelsThenAddsTheBias() {
        float[] depthwise = new float[18];
        depthwise[8] = 1;
        depthwise[9] = 1;
        var conv = new SeparableConv2d(
                new int[] {3, 3, 2, 1},
                depthwise,
                new int[] {1, 1, 2, 1},
                new float[] {1f, 10f},
                new float[] {0.5f},
                1,
                Padding.SAME);

        FeatureMap out = conv.apply(new FeatureMap(1, 1, 2, new float[] {3f, 4f}));

        // Only the centre tap is in bounds: 3·1 + 4·10 + 0.5.
        assertThat(out.data()).containsExactly(43.5f);
    }
}
