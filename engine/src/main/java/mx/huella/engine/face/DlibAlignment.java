package mx.huella.engine.face;

/**
 * face-api's {@code FaceLandmarks.alignDlib}: the square the recognition net describes, placed from the centroids of
 * the left eye, the right eye and the mouth.
 *
 * <p>Design note ({@code docs/face-models.md} §8): there is no rotation or warp. The side is the mean eye-to-mouth
 * distance over 0.45, floored; the three centroids' mean sits at (0.5, 0.43) of the square. The maths is done in
 * double with JS {@code Math.floor} semantics because a one-pixel shift of the square moves the descriptor by about
 * 0.1, a sixth of the match threshold.
 */
final class DlibAlignment {

    private static final double EYE_MOUTH_SHARE = 0.45;
    private static final double CENTRE_X = 0.5;
    private static final double CENTRE_Y = 0.43;

    private DlibAlignment() {}

    /**
     * The alignment square for {@code points} in image coordinates; {@code cropWidth} and {@code cropHeight} are the
     * dimensions of the landmark crop, which face-api uses to cap the side (in effect it never does).
     */
    static PixelRect rectangle(Landmarks points, int cropWidth, int cropHeight) {
        double[] leftEye = centroid(points, 36, 42);
        double[] rightEye = centroid(points, 42, 48);
        double[] mouth = centroid(points, 48, 68);
        double eyeToMouth = (distance(mouth, leftEye) + distance(mouth, rightEye)) / 2;
        int size = (int) Math.floor(eyeToMouth / EYE_MOUTH_SHARE);
        double centreX = (leftEye[0] + rightEye[0] + mouth[0]) / 3;
        double centreY = (leftEye[1] + rightEye[1] + mouth[1]) / 3;
        int x = (int) Math.floor(Math.max(0, centreX - CENTRE_X * size));
        int y = (int) Math.floor(Math.max(0, centreY - CENTRE_Y * size));
        return new PixelRect(x, y, Math.min(size, cropWidth + x), Math.min(size, cropHeight + y));
    }

    private static double[] centroid(Landmarks points, int from, int to) {
        double x = 0;
        double y = 0;
        for (int i = from; i < to; i++) {
            x += points.x(i);
            y += points.y(i);
        }
        return new double[] {x / (to - from), y / (to - from)};
    }

    private static double distance(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        // Not Math.hypot: face-api's Point.magnitude is sqrt(x² + y²), and the side is floored right after.
        return Math.sqrt(dx * dx + dy * dy);
    }
}
