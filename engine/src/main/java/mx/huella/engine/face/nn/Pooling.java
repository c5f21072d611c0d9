package mx.huella.engine.face.nn;

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
                for (int c = 0; c < channels; c++) {
                    y[offset + c] =
                            max ? windowMax(in, yFrom, yTo, xFrom, xTo, c) : windowMean(in, yFrom, yTo, xFrom, xTo, c);
                }
            }
        }
        return out;
    }

    private static float windowMax(FeatureMap in, int yFrom, int yTo, int xFrom, int xTo, int c) {
        float best = Float.NEGATIVE_INFINITY;
        for (int y = yFrom; y < yTo; y++) {
            for (int x = xFrom; x < xTo; x++) {
                best = Math.max(best, in.get(y, x, c));
            }
        }
        return best;
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
