package mx.huella.tools.synthetic;

/**
 * The true minutiae of one synthetic finger, before any impression.
 *
 * <p>Design note. Positions are drawn by dart throwing (Cook, "Stochastic sampling in computer graphics", ACM TOG 5(1),
 * 1986): uniform inside the finger silhouette, rejected when closer than {@link #MIN_DISTANCE} to an earlier one, which
 * gives the even but random spread of minutiae on real fingers, where two minutiae closer than about a ridge period
 * are rare outside noise. Directions follow the finger's ridge flow from {@link OrientationModel}, pointing either way
 * along the ridge, so that a matcher sees the same relation between minutiae and flow as on real prints; statistical
 * models of real minutiae tie direction to location in the same way (Zhu, Dass and Jain, "Statistical models for
 * assessing the individuality of fingerprints", IEEE TIFS 2(3), 2007). Counts of 30
 * to 70 minutiae cover plain impressions of small and large fingers; endings slightly outnumber bifurcations, as on
 * live-scan images. Immutable after construction; the array is never handed out.
 */
final class MasterMinutiae {
    static final int MIN_COUNT = 30;
    static final int MAX_COUNT = 70;
    /** Pixels at 500 dpi: about one and a half ridge periods. */
    static final double MIN_DISTANCE = 13;
    /** Normalised silhouette radius inside which minutiae lie: the pad's rim rarely yields reliable ones. */
    private static final double AREA_RADIUS = 0.92;

    private static final double ENDING_SHARE = 0.55;
    private static final int ATTEMPTS_PER_MINUTIA = 30;

    private final Minutia[] minutiae;
    private final FingerShape shape;
    private final OrientationModel orientation;
    private final PatternClass pattern;

    private MasterMinutiae(Minutia[] minutiae, FingerShape shape, OrientationModel orientation, PatternClass pattern) {
        this.minutiae = minutiae;
        this.shape = shape;
        this.orientation = orientation;
        this.pattern = pattern;
    }

    static MasterMinutiae generate(SeededRandom random, int width, int height) {
        PatternClass pattern = PatternClass.draw(random);
        FingerShape shape = FingerShape.random(random, width, height);
        OrientationModel orientation = OrientationModel.random(pattern, shape, random);
        double[] positions = positions(shape, height, MIN_COUNT + random.nextInt(MAX_COUNT - MIN_COUNT + 1), random);
        Minutia[] minutiae = new Minutia[positions.length / 2];
        for (int i = 0; i < minutiae.length; i++) {
            minutiae[i] = along(orientation, positions[2 * i], positions[2 * i + 1], random);
        }
        return new MasterMinutiae(minutiae, shape, orientation, pattern);
    }

    /** Up to {@code wanted} dart-thrown positions inside the pad, as x, y pairs. */
    private static double[] positions(FingerShape shape, int height, int wanted, SeededRandom random) {
        double[] xs = new double[wanted];
        double[] ys = new double[wanted];
        int count = 0;
        double top = shape.topCenterY() - shape.top();
        double bottom = Math.min(height, shape.topCenterY() + shape.straight() + shape.bottom());
        for (int attempt = 0; attempt < wanted * ATTEMPTS_PER_MINUTIA && count < wanted; attempt++) {
            double x = random.uniform(shape.centerX() - shape.left(), shape.centerX() + shape.right());
            double y = random.uniform(top, bottom);
            if (shape.radius(x, y) < AREA_RADIUS && isFarFromAll(x, y, xs, ys, count)) {
                xs[count] = x;
                ys[count] = y;
                count++;
            }
        }
        double[] positions = new double[2 * count];
        for (int i = 0; i < count; i++) {
            positions[2 * i] = xs[i];
            positions[2 * i + 1] = ys[i];
        }
        return positions;
    }

    /** A random minutia at (x, y) lying along the ridge flow, in one of the two directions. */
    static Minutia along(OrientationModel orientation, double x, double y, SeededRandom random) {
        boolean bifurcation = random.chance(1 - ENDING_SHARE);
        double direction = orientation.at(x, y) + (random.chance(0.5) ? Math.PI : 0) + 0.05 * random.roughGaussian();
        return new Minutia(x, y, direction, bifurcation, 40 + random.nextInt(61));
    }

    private static boolean isFarFromAll(double x, double y, double[] xs, double[] ys, int count) {
        for (int i = 0; i < count; i++) {
            double dx = x - xs[i];
            double dy = y - ys[i];
            if (dx * dx + dy * dy < MIN_DISTANCE * MIN_DISTANCE) {
                return false;
            }
        }
        return true;
    }

    int count() {
        return minutiae.length;
    }

    Minutia get(int index) {
        return minutiae[index];
    }

    FingerShape shape() {
        return shape;
    }

    OrientationModel orientation() {
        return orientation;
    }

    PatternClass pattern() {
        return pattern;
    }
}
