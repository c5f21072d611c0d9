package mx.huella.tools.synthetic;

/**
 * The silhouette of a fingertip pad, after the SFinGe shape model (Cappelli, Maio and Maltoni, "Synthetic
 * fingerprint-image generation", ICPR 2000; Handbook of Fingerprint Recognition, 2nd ed., chapter 6): a rounded
 * top, a straight middle and a flatter, longer bottom, each side with its own width. Here the four pieces are quarter
 * ellipses joined by a vertical straight section, which keeps the normalised radius below cheap to evaluate.
 *
 * <p>Pixel coordinates, y downwards. Immutable.
 *
 * @param centerX column of the vertical axis
 * @param topCenterY row where the top quarter ellipses end and the straight section starts
 * @param straight length of the straight section in pixels
 * @param left half-width on the left of the axis
 * @param right half-width on the right
 * @param top vertical semi-axis of the top
 * @param bottom vertical semi-axis of the bottom
 */
record FingerShape(
        double centerX, double topCenterY, double straight, double left, double right, double top, double bottom) {

    /** A random plausible pad for an image of the given size; the bottom often runs past the image, as in scans. */
    static FingerShape random(SeededRandom random, int width, int height) {
        double top = height * random.uniform(0.26, 0.32);
        return new FingerShape(
                width * (0.5 + random.symmetric(0.03)),
                height * random.uniform(0.02, 0.07) + top,
                height * random.uniform(0.06, 0.14),
                width * random.uniform(0.40, 0.47),
                width * random.uniform(0.40, 0.47),
                top,
                height * random.uniform(0.42, 0.55));
    }

    /** Normalised distance from the centre: below 1 inside the pad, 1 on its border, growing outwards. */
    double radius(double x, double y) {
        double dx = (x - centerX) / (x < centerX ? left : right);
        double dy;
        if (y < topCenterY) {
            dy = (topCenterY - y) / top;
        } else if (y > topCenterY + straight) {
            dy = (y - topCenterY - straight) / bottom;
        } else {
            dy = 0;
        }
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** Row of the pad's centre of mass, roughly where cores sit. */
    double middleY() {
        return topCenterY + straight / 2;
    }

    double halfWidth() {
        return (left + right) / 2;
    }
}
