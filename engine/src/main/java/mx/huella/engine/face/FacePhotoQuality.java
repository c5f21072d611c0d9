package mx.huella.engine.face;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges an enrollment photo from the faces {@link FacePipeline} found in it: exactly one face, large
 * enough, looking straight at the camera, well exposed and sharp. Each failed check is a
 * {@link FaceQualityIssue}, so the operator can say what to change.
 *
 * <p>Head pose comes from the 68 landmarks (no 3-D model): yaw from where the nose tip sits between the
 * two ends of the jaw line, pitch from its height between the eye line and the chin, roll from the eye
 * line. Exposure and sharpness are measured over the detector's box, sharpness on the box resampled
 * to {@value #SHARPNESS_SIZE} x {@value #SHARPNESS_SIZE} grey so that it is comparable across resolutions.
 *
 * @see Limits#enrollment() for the limits and where they come from
 */
public final class FacePhotoQuality {
    static final int SHARPNESS_SIZE = 96;

    /**
     * The bounds a photo must keep.
     *
     * @param minEyeDistance fewest pixels between eye centres
     * @param maxYaw largest |yaw|
     * @param minPitch smallest pitch ratio
     * @param maxPitch largest pitch ratio
     * @param maxRollDegrees largest |roll|
     * @param minLuminance darkest mean luma
     * @param maxLuminance brightest mean luma
     * @param maxClippedShare largest share of black or white pixels
     * @param minSharpness least Laplacian variance
     */
    public record Limits(
            double minEyeDistance,
            double maxYaw,
            double minPitch,
            double maxPitch,
            double maxRollDegrees,
            double minLuminance,
            double maxLuminance,
            double maxClippedShare,
            double minSharpness) {

        /**
         * Limits for enrollment photos. The eye distance (40 px) keeps the face from being upsampled
         * much on its way to the 150 x 150 descriptor input. Pose, exposure and sharpness bounds were
         * set with {@code ./huella eval face-quality --each-face} on the development photos
         * (docs/face-thresholds.md): frontal faces there measure |yaw| &lt;= 0.33, pitch 0.25 to 0.48 and
         * sharpness >= 110, profiles |yaw| 0.87 to 0.97; roll follows the usual 15 degrees.
         */
        public static Limits enrollment() {
            return new Limits(40, 0.35, 0.2, 0.65, 15, 50, 215, 0.15, 50);
        }
    }

    private final Limits limits;

    public FacePhotoQuality(Limits limits) {
        this.limits = limits;
    }

    /** The report for a photo and the faces the pipeline found in it. */
    public FaceQualityReport assess(RgbImage photo, List<DescribedFace> faces) {
        if (faces.isEmpty()) {
            return failed(FaceQualityIssue.NO_FACE);
        }
        if (faces.size() > 1) {
            return failed(FaceQualityIssue.MULTIPLE_FACES);
        }
        DescribedFace face = faces.get(0);
        Landmarks points = face.landmarks();
        double[] rightEye = centre(points, 36, 41);
        double[] leftEye = centre(points, 42, 47);
        double eyeDistance = Math.hypot(leftEye[0] - rightEye[0], leftEye[1] - rightEye[1]);
        double toJawStart = Math.abs(points.x(30) - points.x(0));
        double toJawEnd = Math.abs(points.x(16) - points.x(30));
        double yaw = (toJawEnd - toJawStart) / Math.max(1e-9, toJawEnd + toJawStart);
        double eyeLineY = (rightEye[1] + leftEye[1]) / 2;
        double pitch = (points.y(30) - eyeLineY) / Math.max(1e-9, points.y(8) - eyeLineY);
        double roll = Math.toDegrees(Math.atan2(leftEye[1] - rightEye[1], leftEye[0] - rightEye[0]));
        PixelRect box = clip(face.box(), photo);
        double[] exposure = exposure(photo, box);
        double sharpness = sharpness(photo, box);

        List<FaceQualityIssue> issues = new ArrayList<>();
        if (eyeDistance < limits.minEyeDistance()) {
            issues.add(FaceQualityIssue.FACE_TOO_SMALL);
        }
        if (Math.abs(yaw) > limits.maxYaw()) {
            issues.add(FaceQualityIssue.TURNED_SIDEWAYS);
        }
        if (pitch < limits.minPitch() || pitch > limits.maxPitch()) {
            issues.add(FaceQualityIssue.TILTED_UP_OR_DOWN);
        }
        if (Math.abs(roll) > limits.maxRollDegrees()) {
            issues.add(FaceQualityIssue.LEANING);
        }
        if (exposure[0] < limits.minLuminance()) {
            issues.add(FaceQualityIssue.TOO_DARK);
        } else if (exposure[0] > limits.maxLuminance() || exposure[1] > limits.maxClippedShare()) {
            issues.add(exposure[0] >= 128 ? FaceQualityIssue.TOO_BRIGHT : FaceQualityIssue.TOO_DARK);
        }
        if (sharpness < limits.minSharpness()) {
            issues.add(FaceQualityIssue.BLURRED);
        }
        return new FaceQualityReport(
                issues, Optional.of(face), eyeDistance, yaw, pitch, roll, exposure[0], exposure[1], sharpness);
    }

    private static FaceQualityReport failed(FaceQualityIssue issue) {
        return new FaceQualityReport(
                List.of(issue),
                Optional.empty(),
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN);
    }

    private static double[] centre(Landmarks points, int from, int to) {
        double x = 0;
        double y = 0;
        for (int i = from; i <= to; i++) {
            x += points.x(i);
            y += points.y(i);
        }
        int n = to - from + 1;
        return new double[] {x / n, y / n};
    }

    private static PixelRect clip(FaceBox box, RgbImage photo) {
        int x = (int) Math.max(0, Math.floor(box.x()));
        int y = (int) Math.max(0, Math.floor(box.y()));
        int right = (int) Math.min(photo.width(), Math.ceil(box.x() + box.width()));
        int bottom = (int) Math.min(photo.height(), Math.ceil(box.y() + box.height()));
        return new PixelRect(x, y, Math.max(1, right - x), Math.max(1, bottom - y));
    }

    private static double luma(RgbImage photo, int x, int y) {
        return 0.299 * photo.sample(x, y, 0) + 0.587 * photo.sample(x, y, 1) + 0.114 * photo.sample(x, y, 2);
    }

    /** Mean luma and the share of clipped pixels over the box. */
    private static double[] exposure(RgbImage photo, PixelRect box) {
        double sum = 0;
        long clipped = 0;
        long count = 0;
        for (int y = box.y(); y < Math.min(photo.height(), box.y() + box.height()); y++) {
            for (int x = box.x(); x < Math.min(photo.width(), box.x() + box.width()); x++) {
                double value = luma(photo, x, y);
                sum += value;
                clipped += value <= 8 || value >= 247 ? 1 : 0;
                count++;
            }
        }
        return count == 0
                ? new double[] {Double.NaN, Double.NaN}
                : new double[] {sum / count, (double) clipped / count};
    }

    /** Variance of the 4-neighbour Laplacian of the box, area-resampled to a fixed grey square. */
    static double sharpness(RgbImage photo, PixelRect box) {
        int n = SHARPNESS_SIZE;
        double[] grey = new double[n * n];
        for (int gy = 0; gy < n; gy++) {
            int y0 = box.y() + (int) ((long) gy * box.height() / n);
            int y1 = Math.max(y0 + 1, box.y() + (int) ((long) (gy + 1) * box.height() / n));
            for (int gx = 0; gx < n; gx++) {
                int x0 = box.x() + (int) ((long) gx * box.width() / n);
                int x1 = Math.max(x0 + 1, box.x() + (int) ((long) (gx + 1) * box.width() / n));
                double sum = 0;
                int count = 0;
                for (int y = y0; y < Math.min(y1, photo.height()); y++) {
                    for (int x = x0; x < Math.min(x1, photo.width()); x++) {
                        sum += luma(photo, x, y);
                        count++;
                    }
                }
                grey[gy * n + gx] = count == 0 ? 0 : sum / count;
            }
        }
        double mean = 0;
        double squares = 0;
        int count = 0;
        for (int y = 1; y < n - 1; y++) {
            for (int x = 1; x < n - 1; x++) {
                double laplacian = grey[(y - 1) * n + x]
                        + grey[(y + 1) * n + x]
                        + grey[y * n + x - 1]
                        + grey[y * n + x + 1]
                        - 4 * grey[y * n + x];
                mean += laplacian;
                squares += laplacian * laplacian;
                count++;
            }
        }
        mean /= count;
        return squares / count - mean * mean;
    }
}
