package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole pipeline against face-api itself on every photo of {@code shared/data/faces}: the golden
 * outputs in {@code faces-reference.json} come from {@code scripts/face-reference/make-fixtures.js}
 * (face-api 1.7.15, tfjs wasm backend), so CI needs no Node. Tolerances are the issue's: the same
 * number of faces, boxes within 2 px, landmarks within 1 px, descriptors within 1e-4.
 *
 * <p>Both sides must see the same pixels: the fixture records a hash of the RGB face-api ran on (for
 * JPEGs, the engine's own decoding, saved losslessly; scripts/face-reference/README.md), and the test
 * first checks that the engine decodes exactly that.
 */
class FaceApiFixturesParityTest {
    private static final Path FACES = Path.of("../../shared/data/faces");
    private static final FacePhotoDecoder DECODER = new FacePhotoDecoder();
    private static Map<String, Object> cases;
    private static FacePipeline pipeline;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = FaceApiFixturesParityTest.class.getResourceAsStream("faces-reference.json")) {
            cases = TestJson.object(
                    TestJson.object(TestJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                            .get("cases"));
        }
        pipeline = FacePipeline.load();
    }

    static Stream<String> photos() throws IOException {
        try (InputStream in = FaceApiFixturesParityTest.class.getResourceAsStream("faces-reference.json")) {
            Map<String, Object> all = TestJson.object(
                    TestJson.object(TestJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                            .get("cases"));
            return all.keySet().stream().sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("photos")
    void describesEveryPhotoAsFaceApiDoes(String name) throws IOException {
        Path file = FACES.resolve(name);
        assumeTrue(Files.isRegularFile(file), FACES + " is absent: skipping face-api parity on " + name);
        Map<String, Object> expected = TestJson.object(cases.get(name));
        RgbImage photo = DECODER.decode(Files.readAllBytes(file));
        assertThat(sha256(photo.rgb()))
                .as("%s decodes to the pixels face-api ran on (regenerate: scripts/face-reference/README.md)", name)
                .isEqualTo(expected.get("rgbSha256"));
        double descriptorTolerance = 1e-4;

        List<DescribedFace> actual = pipeline.describeAll(photo);
        List<Object> faces = TestJson.array(expected.get("faces"));

        assertThat(actual).as("faces in %s", name).hasSameSizeAs(faces);
        for (int i = 0; i < actual.size(); i++) {
            assertSameFace(actual.get(i), TestJson.object(faces.get(i)), descriptorTolerance, name + "#" + i);
        }
        if (expected.containsKey("cropDescriptor")) {
            assertDescriptor(pipeline.describeCrop(photo), expected.get("cropDescriptor"), descriptorTolerance, name);
        }
    }

    private static void assertSameFace(
            DescribedFace face, Map<String, Object> expected, double tolerance, String what) {
        float[] box = TestJson.floats(expected.get("box"));
        assertThat(new double[] {
                    face.box().x(),
                    face.box().y(),
                    face.box().width(),
                    face.box().height()
                })
                .as("box of %s", what)
                .containsExactly(new double[] {box[0], box[1], box[2], box[3]}, within(2.0));
        List<Object> points = TestJson.array(expected.get("landmarks"));
        for (int i = 0; i < Landmarks.COUNT; i++) {
            float[] point = TestJson.floats(points.get(i));
            assertThat(face.landmarks().x(i)).as("landmark %d x of %s", i, what).isCloseTo(point[0], within(1.0));
            assertThat(face.landmarks().y(i)).as("landmark %d y of %s", i, what).isCloseTo(point[1], within(1.0));
        }
        assertDescriptor(face.descriptor(), expected.get("descriptor"), tolerance, what);
    }

    private static void assertDescriptor(FaceDescriptor actual, Object expected, double tolerance, String what) {
        float[] values = TestJson.floats(expected);
        double worst = 0;
        for (int i = 0; i < FaceDescriptor.LENGTH; i++) {
            worst = Math.max(worst, Math.abs(actual.get(i) - values[i]));
        }
        assertThat(worst).as("largest descriptor difference of %s", what).isLessThanOrEqualTo(tolerance);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
