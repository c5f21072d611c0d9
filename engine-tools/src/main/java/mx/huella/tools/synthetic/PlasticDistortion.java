package mx.huella.tools.synthetic;

/**
 * Skin distortion of a finger pressed on a flat surface, after Cappelli, Maio and Maltoni, "Modelling plastic
 * distortion in fingerprint images" (ICAPR 2001, LNCS 2013).
 *
 * <p>Design note. The model splits the finger into a close-contact region that does not move, an outer region that
 * moves rigidly (a small rotation about the contact centre plus a translation: the finger rolling and sliding while the
 * skin in contact stays put) and a transition region in between, where the rigid displacement is blended in by the
 * "brake" function (1 - cos(pi d / k)) / 2 of the distance d from the contact region. Here the contact region is an
 * ellipse and d is approximated by its normalised radius times its mean semi-axis, which is exact on the axes and good
 * enough elsewhere. The paper maps the undistorted finger to the impression; generators use it in whichever direction
 * they sample, since the inverse of such a map is a map of the same family. Immutable and thread-safe.
 */
final class PlasticDistortion {
    private final double centerX;
    private final double centerY;
    private final double radiusX;
    private final double radiusY;
    private final double transition;
    private final double cos;
    private final double sin;
    private final double shiftX;
    private final double shiftY;

    /** A random distortion of the strength seen in live-scan impressions, around a point near the finger's centre. */
    PlasticDistortion(SeededRandom random, double fingerX, double fingerY) {
        this.centerX = fingerX + random.symmetric(25);
        this.centerY = fingerY + random.symmetric(25);
        this.radiusX = random.uniform(35, 65);
        this.radiusY = random.uniform(45, 75);
        this.transition = random.uniform(70, 130);
        double rotation = Math.toRadians(random.symmetric(4));
        // Cached because the renderer maps every pixel through here.
        this.cos = StrictMath.cos(rotation);
        this.sin = StrictMath.sin(rotation);
        this.shiftX = random.symmetric(9);
        this.shiftY = random.symmetric(9);
    }

    /** Writes the displaced position of (x, y) into {@code out[0]}, {@code out[1]}. */
    void apply(double x, double y, double[] out) {
        double dx = x - centerX;
        double dy = y - centerY;
        double nx = dx / radiusX;
        double ny = dy / radiusY;
        double outside = (Math.sqrt(nx * nx + ny * ny) - 1) * (radiusX + radiusY) / 2;
        if (outside <= 0) {
            out[0] = x;
            out[1] = y;
            return;
        }
        double brake = outside >= transition ? 1 : (1 - StrictMath.cos(Math.PI * outside / transition)) / 2;
        double movedX = centerX + cos * dx - sin * dy + shiftX;
        double movedY = centerY + sin * dx + cos * dy + shiftY;
        out[0] = x + brake * (movedX - x);
        out[1] = y + brake * (movedY - y);
    }
}
