package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parity of {@link TinyFaceDetector} with face-api 1.7.15 on the oracle files of shared/data/face-reference. */
class TinyFaceDetectorParityTest {

    private static TinyFaceDetector detector416;
    private static TinyFaceDetector detector320;

    @BeforeAll
    static void loadDetectors() {
        detector416 = TinyFaceDetector.load();
        detector320 = TinyFaceDetector.load(320);
    }

    @ParameterizedTest
    @CsvSource({"oracle-cpu.json, 1e-4", "oracle-wasm.json, 1e-3"})
    void reproducesFaceApiLogitsOfSyntheticInputs(String oracle, double tolerance) {
        List<String> checked = new ArrayList<>();
        for (var entry :
                ReferenceData.oracleCases(ReferenceData.require(), oracle).entrySet()) {
            if (!entry.getKey().startsWith("tfd_raw_")) {
                continue;
            }
            Map<String, Object> testCase = TestJson.object(entry.getValue());
            Map<String, Object> input = TestJson.object(testCase.get("input"));
            int inputSize = intOf(input.get("inputSize"));
            RgbImage image =
                    SyntheticImages.noise(intOf(input.get("w")), intOf(input.get("h")), intOf(input.get("seed")));
            TinyFaceDetector detector = inputSize == 416 ? detector416 : detector320;

            float[] actual = detector.headOutput(image, (layer, map) -> {}).data();
            float[] expected = TestJson.floats(testCase.get("raw"));

            assertThat(actual).hasSameSizeAs(expected);
            double difference = 0;
            for (int i = 0; i < expected.length; i++) {
                difference = Math.max(difference, Math.abs((double) actual[i] - expected[i]));
            }
            System.out.printf("%s %s: max |Δ logit| = %.2e%n", oracle, entry.getKey(), difference);
            assertThat(difference).as(entry.getKey()).isLessThanOrEqualTo(tolerance);
            checked.add(entry.getKey());
        }
        assertThat(checked).contains("tfd_raw_300x400_seed5_in416", "tfd_raw_300x400_seed5_in320");
    }

    @ParameterizedTest
    @CsvSource({"416, trace-tfd416.json", "320, trace-tfd320.json"})
    void agreesWithFaceApiLayerByLayerOnTheSyntheticInput(int inputSize, String traceFile) {
        Path directory = ReferenceData.require();
        LayerTrace trace = new LayerTrace();
        (inputSize == 416 ? detector416 : detector320).headOutput(SyntheticImages.noise(400, 300, 5), trace.recorder());

        trace.assertMatches(directory, traceFile, 1e-4);
    }

    @Test
    void findsTheFacesFaceApiFindsInTheFixtures() {
        Path directory = ReferenceData.require();
        int faces = 0;
        for (var entry : ReferenceData.oracleCases(directory, "oracle-cpu.json").entrySet()) {
            if (!entry.getKey().startsWith("pipeline_tiny416_")) {
                continue;
            }
            Map<String, Object> pipeline = TestJson.object(entry.getValue());
            RgbImage image = PngImages.read(directory.resolve((String) pipeline.get("image")));
            List<Object> expected = TestJson.array(pipeline.get("faces"));

            List<FaceBox> actual = detector416.detect(image);

            assertThat(actual).as(entry.getKey()).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                Map<String, Object> face = TestJson.object(expected.get(i));
                float[] box = TestJson.floats(face.get("box"));
                FaceBox found = actual.get(i);
                double boxDifference = max(
                        Math.abs(found.x() - box[0]),
                        Math.abs(found.y() - box[1]),
                        Math.abs(found.width() - box[2]),
                        Math.abs(found.height() - box[3]));
                double scoreDifference = Math.abs(found.score() - (Double) face.get("score"));
                System.out.printf(
                        "%s #%d: box |Δ| %.2e px, score |Δ| %.2e%n", entry.getKey(), i, boxDifference, scoreDifference);
                assertThat(boxDifference).as(entry.getKey() + " box " + i).isLessThanOrEqualTo(2.0);
                assertThat(scoreDifference).as(entry.getKey() + " score " + i).isLessThanOrEqualTo(1e-4);
                faces++;
            }
        }
        assertThat(faces).isEqualTo(7);
    }

    private static double max(double... values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    private static int intOf(Object number) {
        return ((Double) number).intValue();
    }
}
