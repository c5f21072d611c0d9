package mx.huella.engine.face.nn;

/**
 * TF.js padding modes of a sliding window of size {@code k} and stride {@code s} over an axis of length {@code in}.
 * SAME puts the odd extra padded cell at the bottom/right, as TensorFlow does.
 */
public enum Padding {

    /** {@code out = ceil(in / s)}, zero padding split with the larger half after the data. */
    SAME,
    /** {@code out = ceil((in - k + 1) / s)}, no padding. */
    VALID;

    /** The output length along one axis. */
    public int outputSize(int in, int k, int s) {
        return switch (this) {
            case SAME -> (in + s - 1) / s;
            case VALID -> (in - k + s) / s;
        };
    }

    /** The number of padded cells before the data (top or left) along one axis. */
    public int padBefore(int in, int k, int s) {
        return switch (this) {
            case SAME -> Math.max(0, (outputSize(in, k, s) - 1) * s + k - in) / 2;
            case VALID -> 0;
        };
    }
}
