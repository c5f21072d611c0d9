package mx.huella.tools.synthetic;

/**
 * The ideal ridge pattern of one synthetic finger, before any impression: a field from about -1 (valley) to +1
 * (ridge), 0 outside the finger. Immutable after construction; the array is never handed out.
 */
final class MasterFingerprint {
    private final int width;
    private final int height;
    private final float[] ridges;
    private final FingerShape shape;
    private final PatternClass pattern;

    MasterFingerprint(int width, int height, float[] ridges, FingerShape shape, PatternClass pattern) {
        this.width = width;
        this.height = height;
        this.ridges = ridges;
        this.shape = shape;
        this.pattern = pattern;
    }

    /** Generates the master of one finger; the random source decides everything. */
    static MasterFingerprint generate(PatternClass pattern, int width, int height, SeededRandom random) {
        FingerShape shape = FingerShape.random(random, width, height);
        OrientationModel orientation = OrientationModel.random(pattern, shape, random);
        RidgePeriodMap period = new RidgePeriodMap(random, shape, width, height);
        float[] ridges = new RidgePatternGrower(width, height, shape).grow(orientation, period, random);
        return new MasterFingerprint(width, height, ridges, shape, pattern);
    }

    /** The field at a sub-pixel position, bilinearly interpolated; 0 off the image. */
    float sample(double x, double y) {
        if (!(x >= 0 && y >= 0 && x < width - 1 && y < height - 1)) {
            return 0;
        }
        int ix = (int) x;
        int iy = (int) y;
        float fx = (float) (x - ix);
        float fy = (float) (y - iy);
        int i = iy * width + ix;
        float top = ridges[i] + fx * (ridges[i + 1] - ridges[i]);
        float bottom = ridges[i + width] + fx * (ridges[i + width + 1] - ridges[i + width]);
        return top + fy * (bottom - top);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    FingerShape shape() {
        return shape;
    }

    PatternClass pattern() {
        return pattern;
    }
}
