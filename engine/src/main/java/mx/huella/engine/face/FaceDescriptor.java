package mx.huella.engine.face;

import java.util.Arrays;

/**
 * The 128-value face embedding of face-api's recognition net (dlib's ResNet), as float32 exactly as the net outputs
 * it: not L2-normalised (the norm is about 1.3 to 1.5).
 *
 * <p>Two descriptors of the same person lie close in euclidean distance: face-api's {@code FaceMatcher} calls a
 * distance strictly below 0.6 a match, and dlib reports 99.38 % accuracy on LFW at that threshold with its own
 * aligned chips. Immutable and thread-safe.
 */
public final class FaceDescriptor {

    /** The number of values. */
    public static final int LENGTH = 128;

    private final float[] values;

    /** Copies {@code values}, which must hold {@value #LENGTH} finite floats. */
    public FaceDescriptor(float[] values) {
        if (values.length != LENGTH) {
            throw new IllegalArgumentException("a face descriptor has " + LENGTH + " values, got " + values.length);
        }
        for (float value : values) {
            if (!Float.isFinite(value)) {
                throw new IllegalArgumentException("descriptor values must be finite");
            }
        }
        this.values = values.clone();
    }

    /** A copy of the values. */
    public float[] values() {
        return values.clone();
    }

    public float get(int index) {
        return values[index];
    }

    /**
     * The euclidean distance between the raw values, as face-api's {@code euclideanDistance} (summed in double).
     * 0 for identical descriptors; below 0.6 means the same person by face-api's default threshold.
     */
    public double distanceTo(FaceDescriptor other) {
        double sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            double diff = (double) values[i] - other.values[i];
            sum += diff * diff;
        }
        return Math.sqrt(sum);
    }

    /** The euclidean norm of the values. */
    public double norm() {
        double sum = 0;
        for (float value : values) {
            sum += (double) value * value;
        }
        return Math.sqrt(sum);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FaceDescriptor descriptor && Arrays.equals(values, descriptor.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "FaceDescriptor" + Arrays.toString(Arrays.copyOf(values, 3)).replace("]", ", ...]");
    }
}
