package mx.huella.engine.face.weights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class TensorSpecTest {

    @Test
    void dequantisesUint8InDoubleAndRoundsOnceToFloat() {
        double scale = 0.009007044399485869;
        double min = -1.2069439495311063;
        TensorSpec spec = spec(256, TensorSpec.Storage.UINT8_QUANTIZED, false, scale, min);
        ByteBuffer bytes = buffer(256);
        for (int q = 0; q < 256; q++) {
            bytes.put((byte) q);
        }

        float[] values = spec.decode(bytes.flip());

        int differFromFloatArithmetic = 0;
        for (int q = 0; q < 256; q++) {
            assertThat(values[q]).isEqualTo((float) (q * scale + min));
            if (values[q] != q * (float) scale + (float) min) {
                differFromFloatArithmetic++;
            }
        }
        // Shows that the double-then-float rule matters: float arithmetic would change some values.
        assertThat(differFromFloatArithmetic).isPositive();
    }

    @Test
    void dequantisesUint16LittleEndian() {
        TensorSpec spec = spec(2, TensorSpec.Storage.UINT16_QUANTIZED, false, 0.5, -1);

        float[] values = spec.decode(
                buffer(4).putShort((short) 3).putShort((short) 0xFFFF).flip());

        assertThat(values).containsExactly(0.5f, 32766.5f);
    }

    @Test
    void roundsQuantisedInt32TensorsLikeJavaScriptMathRound() {
        TensorSpec spec = spec(3, TensorSpec.Storage.UINT8_QUANTIZED, true, 0.5, -1);

        float[] values =
                spec.decode(buffer(3).put((byte) 1).put((byte) 3).put((byte) 4).flip());

        assertThat(values).containsExactly(0f, 1f, 1f);
    }

    @Test
    void readsRawFloat32AndInt32LittleEndian() {
        TensorSpec floats = spec(2, TensorSpec.Storage.FLOAT32, false, 1, 0);
        TensorSpec ints = spec(1, TensorSpec.Storage.INT32, true, 1, 0);

        ByteBuffer bytes = buffer(12).putFloat(1.5f).putFloat(-0.25f).putInt(-7).flip();

        assertThat(floats.decode(bytes)).containsExactly(1.5f, -0.25f);
        assertThat(ints.decode(bytes)).containsExactly(-7f);
        assertThat(bytes.hasRemaining()).isFalse();
    }

    private static TensorSpec spec(int size, TensorSpec.Storage storage, boolean integral, double scale, double min) {
        return new TensorSpec("t", new int[] {size}, size, storage, integral, scale, min);
    }

    private static ByteBuffer buffer(int capacity) {
        return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
    }
}
