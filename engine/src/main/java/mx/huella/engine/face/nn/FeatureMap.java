package mx.huella.engine.face.nn;

/**
 * A float32 activation tensor of one image in HWC order (batch 1 of TF.js NHWC): the value of row {@code y}, column
 * {@code x}, channel {@code c} is at {@code (y * width + x) * channels + c}.
 *
 * <p>A working buffer, not a value: {@link #data()} is the backing array, which operations fill and read in place.
 * Not thread-safe; each inference owns its maps.
 */
public final class FeatureMap {

    private final int height;
    private final int width;
    private final int channels;
    private final float[] data;

    /** A zero-filled map; throws {@link IllegalArgumentException} if a dimension is not positive. */
    public FeatureMap(int height, int width, int channels) {
        this(height, width, channels, new float[checkedSize(height, width, channels)]);
    }

    /** Wraps {@code data} (no copy); its length must be {@code height * width * channels}. */
    public FeatureMap(int height, int width, int channels, float[] data) {
        if (data.length != checkedSize(height, width, channels)) {
            throw new IllegalArgumentException(
                    "expected " + height + "x" + width + "x" + channels + " values, got " + data.length);
        }
        this.height = height;
        this.width = width;
        this.channels = channels;
        this.data = data;
    }

    private static int checkedSize(int height, int width, int channels) {
        if (height <= 0 || width <= 0 || channels <= 0) {
            throw new IllegalArgumentException("dimensions must be positive: " + height + "x" + width + "x" + channels);
        }
        return Math.multiplyExact(Math.multiplyExact(height, width), channels);
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public int channels() {
        return channels;
    }

    /** The backing array, shared, in HWC order. */
    public float[] data() {
        return data;
    }

    public float get(int y, int x, int c) {
        return data[(y * width + x) * channels + c];
    }

    /** Replaces every negative value by zero, in place. */
    public FeatureMap reluInPlace() {
        for (int i = 0; i < data.length; i++) {
            data[i] = Math.max(data[i], 0f);
        }
        return this;
    }

    @Override
    public String toString() {
        return height + "x" + width + "x" + channels;
    }
}
