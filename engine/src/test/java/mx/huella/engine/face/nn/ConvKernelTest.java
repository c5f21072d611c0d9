package mx.huella.engine.face.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConvKernelTest {

    @ParameterizedTest
    @CsvSource({
        "3, 3, 32, 32, 1, 37, 37",
        "3, 3, 64, 128, 2, 17, 17",
        "7, 7, 3, 32, 2, 150, 150",
        "3, 3, 8, 24, 1, 6, 7",
        "3, 3, 3, 16, 1, 21, 23"
    })
    void bestKernelAgreesWithThePlainLoops(int kh, int kw, int cin, int cout, int stride, int h, int w) {
        Random random = new Random(42);
        int outH = (h - kh) / stride + 1;
        int outW = (w - kw) / stride + 1;
        ConvGeometry g = new ConvGeometry(kh, kw, cin, cout, stride, h, w, outH, outW);
        float[] in = randomValues(random, h * w * cin);
        float[] filters = randomValues(random, kh * kw * cin * cout);
        float[] expected = new float[outH * outW * cout];
        float[] actual = new float[expected.length];

        new ScalarConvKernel().convolve(g, in, filters, expected);
        ConvKernel.BEST.convolve(g, in, filters, actual);

        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("output " + i).isCloseTo(expected[i], offset(1e-4f));
        }
    }

    private static float[] randomValues(Random random, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextFloat() < 0.4f ? 0f : (float) random.nextGaussian();
        }
        return values;
    }
}
