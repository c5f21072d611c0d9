package mx.huella.engine.face.nn;

import java.util.Arrays;

/**
 * Square max and average pooling as the TF.js cpu backend computes them: a window covers only in-bounds cells
 * (padded cells are ignored, not treated as zeros), and an average is summed in double and divided by the number
 * of in-bounds cells. Stateless and thread-safe; cost {@code O(out · size²)}.
 */
public final class Pooling {

    private Pooling() {}

    /** Max pooling with a {@code size × size} window. */
    public static FeatureMap max(FeatureMap in, int size, int stride, Padding padding) {
        return pool(in, size, stride, padding, true);
    }

    /** Average pooling with a {@code size × size} window. */
    public static FeatureMap average(FeatureMap in, int size, int stride, Padding padding) {
        return pool(in, size, stride, padding, false);
    }

    private static FeatureMap pool(FeatureMap in, int size, int stride, Padding padding, boolean max) {
        int outH = padding.outputSize(in.height(), size, stride);
        int outW = padding.outputSize(in.width(), size, stride);
        int top = padding.padBefore(in.height(), size, stride);
        int left = padding.padBefore(in.width(), size, stride);
        int channels = in.channels();
        FeatureMap out = new FeatureMap(outH, outW, channels);
        float[] y = out.data();
        for (int oy = 0; oy < outH; oy++) {
            int yFrom = Math.max(0, oy * stride - top);
            int yTo = Math.min(in.height(), oy * stride - top + size);
            for (int ox = 0; ox < outW; ox++) {
                int xFrom = Math.max(0, ox * stride - left);
                int xTo = Math.min(in.width(), ox * stride - left + size);
                int offset = (oy * outW + ox) * channels;
                if (max) {
                    windowMax(in, yFrom, yTo, xFrom, xTo, y, offset);
                } else {
                    for (int c = 0; c < channels; c++) {
                        y[offset + c] = windowMean(in, yFrom, yTo, xFrom, xTo, c);
                    }
                }
            }
        }
        return out;
    }

    /** All channels of one window at once, channels innermost, which C2 vectorises. */
    private static void windowMax(FeatureMap in, int yFrom, int yTo, int xFrom, int xTo, float[] out, int offset) {
        int channels = in.channels();
        float[] x = in.data();
        Arrays.fill(out, offset, offset + channels, Float.NEGATIVE_INFINITY);
        for (int y = yFrom; y < yTo; y++) {
            for (int col = xFrom; col < xTo; col++) {
                int from = (y * in.width() + col) * channels;
                for (int c = 0; c < channels; c++) {
                    out[offset + c] = Math.max(out[offset + c], x[from + c]);
                }
            }
        }
    }

    private static float windowMean(FeatureMap in, int yFrom, int yTo, int xFrom, int xTo, int c) {
        double sum = 0;
        for (int y = yFrom; y < yTo; y++) {
            for (int x = xFrom; x < xTo; x++) {
                sum += in.get(y, x, c);
            }
        }
        return (float) (sum / ((yTo - yFrom) * (xTo - xFrom)));
    }
}
