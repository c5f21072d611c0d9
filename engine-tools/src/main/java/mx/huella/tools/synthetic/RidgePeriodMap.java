package mx.huella.tools.synthetic;

/**
 * Local ridge period in pixels. SFinGe (Handbook of Fingerprint Recognition, 2nd ed., chapter 6) draws a density map
 * that is lower (longer period) above the cores and near the tip; this one combines a per-finger base period of 7.6 to
 * 10.4 pixels at 500 dpi (fine-ridged to coarse-ridged people), a smooth random variation and a longer period towards
 * the top, kept within 7 to 11 pixels.
 * Immutable and thread-safe.
 */
final class RidgePeriodMap {
    static final double MIN_PERIOD = 7;
    static final double MAX_PERIOD = 11;

    private final double base;
    private final SmoothNoise variation;
    private final double shapeTop;
    private final double shapeMiddle;

    RidgePeriodMap(SeededRandom random, FingerShape shape, int width, int height) {
        this.base = random.uniform(7.6, 10.4);
        this.variation = new SmoothNoise(random, width, height, 110);
        this.shapeTop = shape.topCenterY() - shape.top();
        this.shapeMiddle = shape.middleY();
    }

    /** The ridge period at a pixel, in pixels. */
    double at(double x, double y) {
        double towardsTip = Math.max(0, Math.min(1, (shapeMiddle - y) / (shapeMiddle - shapeTop)));
        double period = base + 2.0 * variation.at(x, y) + 0.9 * towardsTip;
        return Math.max(MIN_PERIOD, Math.min(MAX_PERIOD, period));
    }
}
