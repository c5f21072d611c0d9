package mx.huella.engine.face;

import java.util.Arrays;

/**
 * The 68 facial landmarks of the iBUG 300-W scheme as face-api numbers them: jaw 0–16, left brow 17–21, right brow
 * 22–26, nose 27–35, left eye 36–41, right eye 42–47, mouth 48–67. Coordinates are pixels of the image the
 * points were computed on (for {@link FaceLandmarks68#detect} the face crop), real-valued, not clipped. Immutable.
 */
public final class Landmarks {

    /** The number of points. */
    public static final int COUNT = 68;

    private final double[] xy;

    /** {@code xy} holds {@code x0, y0, x1, y1, …}, {@value #COUNT} pairs; copied. */
    public Landmarks(double[] xy) {
        if (xy.length != 2 * COUNT) {
            throw new IllegalArgumentException("expected " + 2 * COUNT + " coordinates, got " + xy.length);
        }
        this.xy = xy.clone();
    }

    /** Point {@code i}'s x, for {@code i} in [0, 68). */
    public double x(int i) {
        return xy[2 * i];
    }

    /** Point {@code i}'s y, for {@code i} in [0, 68). */
    public double y(int i) {
        return xy[2 * i + 1];
    }

    /** The same points moved by {@code (dx, dy)}, for example from crop to image coordinates. */
    public Landmarks translated(double dx, double dy) {
        double[] moved = xy.clone();
        for (int i = 0; i < moved.length; i += 2) {
            moved[i] += dx;
            moved[i + 1] += dy;
        }
        return new Landmarks(moved);
    }

    /** A copy of the interleaved coordinates {@code x0, y0, x1, y1, …}. */
    public double[] toArray() {
        return xy.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Landmarks landmarks && Arrays.equals(xy, landmarks.xy);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(xy);
    }

    @Override
    public String toString() {
        return "Landmarks[" + COUNT + " points, first (" + x(0) + ", " + y(0) + ")]";
    }
}
