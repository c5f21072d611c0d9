package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FacePhotoQualityTest {
    private static final Path SAMPLE = Path.of("../../shared/data/faces/amy/amy3.png");
    private static final FacePhotoQuality QUALITY = new FacePhotoQuality(FacePhotoQuality.Limits.enrollment());
    private static FacePipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = FacePipeline.load();
    }

    @Test
    void aPhotoWithoutAFaceOrWithSeveralSaysSo() {
        RgbImage noise = noise(320, 240);

        assertThat(QUALITY.assess(noise, List.of()).issues()).containsExactly(FaceQualityIssue.NO_FACE);
        DescribedFace face = frontalFace(100, 80, 60);
        assertThat(QUALITY.assess(noise, List.of(face, face)).issues())
                .containsExactly(FaceQualityIssue.MULTIPLE_FACES);
    }

    @Test
    void measuresPoseFromTheLandmarks() {
        RgbImage photo = noise(400, 400);

        FaceQualityReport frontal = QUALITY.assess(photo, List.of(frontalFace(100, 100, 60)));
        FaceQualityReport small = QUALITY.assess(photo, List.of(frontalFace(100, 100, 20)));
        FaceQualityReport turned = QUALITY.assess(photo, List.of(turned(frontalFace(100, 100, 60), 25)));

        assertThat(frontal.yaw()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(frontal.rollDegrees()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(frontal.eyeDistance()).isCloseTo(60, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(frontal.issues()).doesNotContain(FaceQualityIssue.FACE_TOO_SMALL, FaceQualityIssue.TURNED_SIDEWAYS);
        assertThat(small.issues()).contains(FaceQualityIssue.FACE_TOO_SMALL);
        assertThat(turned.issues()).contains(FaceQualityIssue.TURNED_SIDEWAYS);
    }

    @Test
    void aDarkFaceIsTooDarkAndAFlatOneIsBlurred() {
        DescribedFace face = frontalFace(100, 100, 60);

        FaceQualityReport dark = QUALITY.assess(flat(400, 400, 10), List.of(face));

        assertThat(dark.issues()).contains(FaceQualityIssue.TOO_DARK, FaceQualityIssue.BLURRED);
        assertThat(dark.sharpness()).isZero();
        assertThat(QUALITY.assess(flat(400, 400, 252), List.of(face)).issues()).contains(FaceQualityIssue.TOO_BRIGHT);
    }

    @Test
    void aRealFrontalPhotoPassesAndItsBlurredOrDarkenedCopyDoesNot() throws IOException {
        assumeTrue(Files.isRegularFile(SAMPLE), SAMPLE + " is absent: skipping");
        RgbImage photo = new FacePhotoDecoder().decode(Files.readAllBytes(SAMPLE));

        List<DescribedFace> faces = pipeline.describeAll(photo);

        FaceQualityReport good = QUALITY.assess(photo, faces);
        // The same face, as if the camera had been out of focus or the room dark.
        FaceQualityReport soft = QUALITY.assess(boxBlur(photo, 3), faces);
        FaceQualityReport dark = QUALITY.assess(scaled(photo, 0.25), faces);

        assertThat(good.issues()).isEmpty();
        assertThat(soft.issues()).containsExactly(FaceQualityIssue.BLURRED);
        assertThat(dark.issues()).contains(FaceQualityIssue.TOO_DARK);
    }

    /** An idealised frontal face: eyes level, nose on the midline, chin below. */
    static DescribedFace frontalFace(double left, double top, double eyeDistance) {
        double[] xy = new double[2 * Landmarks.COUNT];
        double cx = left + eyeDistance;
        double eyeY = top + 0.8 * eyeDistance;
        for (int i = 0; i <= 16; i++) { // jaw, from the right ear (image left) round the chin
            double angle = Math.PI * i / 16;
            xy[2 * i] = cx - Math.cos(angle) * eyeDistance;
            xy[2 * i + 1] = eyeY + Math.sin(angle) * 1.2 * eyeDistance;
        }
        for (int i = 17; i < Landmarks.COUNT; i++) {
            xy[2 * i] = cx;
            xy[2 * i + 1] = eyeY;
        }
        for (int i = 36; i <= 41; i++) {
            xy[2 * i] = cx - eyeDistance / 2;
        }
        for (int i = 42; i <= 47; i++) {
            xy[2 * i] = cx + eyeDistance / 2;
        }
        xy[2 * 30] = cx;
        xy[2 * 30 + 1] = eyeY + 0.45 * eyeDistance;
        FaceBox box = new FaceBox(left, top, 2 * eyeDistance, 2.2 * eyeDistance, 0.9);
        return new DescribedFace(box, new Landmarks(xy), new PixelRect((int) left, (int) top, 10, 10), null);
    }

    /** The same face with the nose tip moved sideways, as when the head turns. */
    private static DescribedFace turned(DescribedFace face, double shift) {
        double[] xy = new double[2 * Landmarks.COUNT];
        for (int i = 0; i < Landmarks.COUNT; i++) {
            xy[2 * i] = face.landmarks().x(i) + (i == 30 ? shift : 0);
            xy[2 * i + 1] = face.landmarks().y(i);
        }
        return new DescribedFace(face.box(), new Landmarks(xy), face.alignment(), face.descriptor());
    }

    private static RgbImage noise(int w, int h) {
        SplittableRandom random = new SplittableRandom(1);
        byte[] rgb = new byte[w * h * 3];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) (60 + random.nextInt(120));
        }
        return new RgbImage(w, h, rgb);
    }

    private static RgbImage flat(int w, int h, int value) {
        byte[] rgb = new byte[w * h * 3];
        java.util.Arrays.fill(rgb, (byte) value);
        return new RgbImage(w, h, rgb);
    }

    private static RgbImage scaled(RgbImage image, double factor) {
        byte[] rgb = image.rgb().clone();
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) Math.round((rgb[i] & 0xff) * factor);
        }
        return new RgbImage(image.width(), image.height(), rgb);
    }

    private static RgbImage boxBlur(RgbImage image, int radius) {
        int w = image.width();
        int h = image.height();
        byte[] out = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < 3; c++) {
                    int sum = 0;
                    int count = 0;
                    for (int dy = -radius; dy <= radius; dy++) {
                        for (int dx = -radius; dx <= radius; dx++) {
                            int sx = Math.min(w - 1, Math.max(0, x + dx));
                            int sy = Math.min(h - 1, Math.max(0, y + dy));
                            sum += image.sample(sx, sy, c);
                            count++;
                        }
                    }
                    out[(y * w + x) * 3 + c] = (byte) (sum / count);
                }
            }
        }
        return new RgbImage(w, h, out);
    }
}
