package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parity of {@link FaceLandmarks68} with face-api 1.7.15 on the oracle files of shared/data/face-reference. */
class FaceLandmarks68ParityTest {

    private static final double RAW_TOLERANCE = 1e-4;

    private static FaceLandmarks68 net;

    @BeforeAll
    static void loadNet() {
        net = FaceLandmarks68.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"oracle-cpu.json", "oracle-wasm.json"})
    void reproducesFaceApiOutputsOfSyntheticInputs(String oracle) {
        List<String> checked = new ArrayList<>();
        for (var entry :
                ReferenceData.oracleCases(ReferenceData.require(), oracle).entrySet()) {
            if (!entry.getKey().startsWith("lm68_")) {
                continue;
            }
            Map<String, Object> testCase = TestJson.object(entry.getValue());
            Map<String, Object> input = TestJson.object(testCase.get("input"));
            RgbImage crop =
                    SyntheticImages.noise(intOf(input.get("w")), intOf(input.get("h")), intOf(input.get("seed")));

            float[] raw = net.rawOutput(crop, (layer, map) -> {});
            float[] expectedRaw = TestJson.floats(testCase.get("rawFc"));
            double rawDifference = 0;
            for (int i = 0; i < expectedRaw.length; i++) {
                rawDifference = Math.max(rawDifference, Math.abs((double) raw[i] - expectedRaw[i]));
            }
            double pointDifference = maxPointDifference(net.detect(crop), TestJson.array(testCase.get("positions")));

            System.out.printf(
                    "%s %s: raw |Δ| %.2e, points |Δ| %.2e px%n",
                    oracle, entry.getKey(), rawDifference, pointDifference);
            assertThat(raw).hasSameSizeAs(expectedRaw);
            assertThat(rawDifference).as(entry.getKey() + " raw").isLessThanOrEqualTo(RAW_TOLERANCE);
            assertThat(pointDifference).as(entry.getKey() + " points").isLessThanOrEqualTo(1e-2);
            checked.add(entry.getKey());
        }
        assertThat(checked).contains("lm68_112x112_seed3", "lm68_130x100_seed4");
    }

    @Test
    void agreesWithFaceApiLayerByLayerOnTheSyntheticInput() {
        Path directory = ReferenceData.require();
        LayerTrace trace = new LayerTrace();
        net.rawOutput(SyntheticImages.noise(112, 112, 3), trace.recorder());

        trace.assertMatches(directory, "trace-lm68.json", 1e-4);
    }

    @Test
    void placesTheFixtureLandmarksWhereFaceApiDoesGivenItsBoxes() {
        assertFixtureLandmarks(false);
    }

    @Test
    void placesTheFixtureLandmarksWhereFaceApiDoesFromOurOwnDetections() {
        assertFixtureLandmarks(true);
    }

    private static void assertFixtureLandmarks(boolean ownDetections) {
        Path directory = ReferenceData.require();
        TinyFaceDetector detector = ownDetections ? TinyFaceDetector.load() : null;
        int faces = 0;
        for (var entry : ReferenceData.oracleCases(directory, "oracle-cpu.json").entrySet()) {
            if (!entry.getKey().startsWith("pipeline_tiny416_")) {
                continue;
            }
            Map<String, Object> pipeline = TestJson.object(entry.getValue());
            RgbImage image = PngImages.read(directory.resolve((String) pipeline.get("image")));
            List<Object> expected = TestJson.array(pipeline.get("faces"));
            List<FaceBox> found = ownDetections ? detector.detect(image) : List.of();
            for (int i = 0; i < expected.size(); i++) {
                Map<String, Object> face = TestJson.object(expected.get(i));
                float[] oracleBox = TestJson.floats(face.get("box"));
                double[] box = ownDetections
                        ? new double[] {
                            found.get(i).x(),
                            found.get(i).y(),
                            found.get(i).width(),
                            found.get(i).height()
                        }
                        : new double[] {oracleBox[0], oracleBox[1], oracleBox[2], oracleBox[3]};
                RgbImage crop = PngImages.clipFloorCrop(image, box[0], box[1], box[2], box[3]);

                Landmarks landmarks = net.detect(crop).translated(box[0], box[1]);

                double difference = maxPointDifference(landmarks, TestJson.array(face.get("landmarks")));
                System.out.printf(
                        "%s #%d (%s boxes): landmarks |Δ| %.2e px%n",
                        entry.getKey(), i, ownDetections ? "own" : "oracle", difference);
                assertThat(difference)
                        .as(entry.getKey() + " face " + i)
                        .isLessThanOrEqualTo(ownDetections ? 1.0 : 1e-2);
                faces++;
            }
        }
        assertThat(faces).isEqualTo(7);
    }

    private static double maxPointDifference(Landmarks actual, List<Object> expected) {
        assertThat(expected).hasSize(Landmarks.COUNT);
        double max = 0;
        for (int i = 0; i < Landmarks.COUNT; i++) {
            float[] point = TestJson.floats(expected.get(i));
            max = Math.max(max, Math.max(Math.abs(actual.x(i) - point[0]), Math.abs(actual.y(i) - point[1])));
        }
        return max;
    }

    private static int intOf(Object number) {
        return ((Double) number).intValue();
    }
}
