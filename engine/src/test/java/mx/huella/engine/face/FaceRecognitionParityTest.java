package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.huella.engine.face.nn.FeatureMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parity with face-api 1.7.15 (TF.js cpu and wasm backends) on the oracle files of shared/data/face-reference. */
class FaceRecognitionParityTest {

    private static final double DESCRIPTOR_TOLERANCE = 1e-4;

    private static FaceRecognitionNet net;

    @BeforeAll
    static void loadNet() {
        net = FaceRecognitionNet.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"oracle-cpu.json", "oracle-wasm.json"})
    void reproducesFaceApiDescriptorsOfSyntheticInputs(String oracle) {
        Map<String, Object> cases = ReferenceData.oracleCases(ReferenceData.require(), oracle);
        List<String> checked = new ArrayList<>();
        for (var entry : cases.entrySet()) {
            if (!entry.getKey().startsWith("recog_")) {
                continue;
            }
            Map<String, Object> testCase = TestJson.object(entry.getValue());
            Map<String, Object> input = TestJson.object(testCase.get("input"));
            RgbImage image =
                    SyntheticImages.noise(intOf(input.get("w")), intOf(input.get("h")), intOf(input.get("seed")));

            double difference = maxDifference(net.describe(image), TestJson.floats(testCase.get("descriptor")));

            System.out.printf("%s %s: max |Δ| = %.2e%n", oracle, entry.getKey(), difference);
            assertThat(difference).as(entry.getKey()).isLessThanOrEqualTo(DESCRIPTOR_TOLERANCE);
            checked.add(entry.getKey());
        }
        assertThat(checked).contains("recog_150x150_seed1", "recog_97x120_seed2");
    }

    @Test
    void agreesWithFaceApiLayerByLayerOnTheSyntheticInput() {
        List<Object> trace = TestJson.array(ReferenceData.json(ReferenceData.require(), "trace-recog.json"));
        Map<String, FeatureMap> layers = new LinkedHashMap<>();
        net.describe(SyntheticImages.noise(150, 150, 1), (name, map) -> layers.put(name, copyOf(map)));

        assertThat(layers).hasSameSizeAs(trace);
        for (Object row : trace) {
            List<Object> layer = TestJson.array(row);
            String name = (String) layer.get(0);
            Map<String, Object> expected = TestJson.object(layer.get(3));
            FeatureMap actual = layers.get(name);
            assertThat(actual).as(name).isNotNull();
            assertThat(actual.toString()).as(name).isEqualTo(layer.get(1));
            LayerStatistics stats = LayerStatistics.of(actual);
            double sum = (Double) expected.get("sum");
            System.out.printf(
                    "%-17s sum %.7g vs %.7g, max %.7g vs %.7g%n",
                    name, stats.sum(), sum, stats.max(), (Double) expected.get("max"));
            assertThat(stats.sum()).as(name + " sum").isCloseTo(sum, within(1e-4 * Math.max(1, Math.abs(sum))));
            assertThat(stats.meanAbs()).as(name + " meanAbs").isCloseTo((Double) expected.get("meanAbs"), within(1e-5));
            assertThat(stats.min()).as(name + " min").isCloseTo((Double) expected.get("min"), within(1e-5));
            assertThat(stats.max()).as(name + " max").isCloseTo((Double) expected.get("max"), within(1e-5));
            float[] first4 = TestJson.floats(expected.get("first4"));
            for (int i = 0; i < first4.length; i++) {
                assertThat(actual.data()[i]).as(name + " value " + i).isCloseTo(first4[i], within(1e-5f));
            }
        }
    }

    @Test
    void reproducesFaceApiDescriptorsOfTheAlignedFixtureCrops() throws IOException {
        Path directory = ReferenceData.require();
        Map<String, Object> cases = ReferenceData.oracleCases(directory, "oracle-cpu.json");
        int faces = 0;
        for (var entry : cases.entrySet()) {
            if (!entry.getKey().startsWith("pipeline_")) {
                continue;
            }
            Map<String, Object> pipeline = TestJson.object(entry.getValue());
            RgbImage image = PngImages.read(directory.resolve((String) pipeline.get("image")));
            for (Object faceValue : TestJson.array(pipeline.get("faces"))) {
                Map<String, Object> face = TestJson.object(faceValue);
                float[] rect = TestJson.floats(face.get("dlibAlignRect"));
                RgbImage crop = PngImages.clipFloorCrop(image, rect[0], rect[1], rect[2], rect[3]);

                double difference = maxDifference(net.describe(crop), TestJson.floats(face.get("descriptor")));

                System.out.printf(
                        "%s rect %s: max |Δ| = %.2e%n", entry.getKey(), java.util.Arrays.toString(rect), difference);
                assertThat(difference).as(entry.getKey()).isLessThanOrEqualTo(DESCRIPTOR_TOLERANCE);
                faces++;
            }
        }
        assertThat(faces).isGreaterThanOrEqualTo(7);
    }

    /** face-api's {@code clipFloor} of a box, then the slice. */
    private static double maxDifference(FaceDescriptor actual, float[] expected) {
        assertThat(expected).hasSize(FaceDescriptor.LENGTH);
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            max = Math.max(max, Math.abs((double) actual.get(i) - expected[i]));
        }
        return max;
    }

    private static FeatureMap copyOf(FeatureMap map) {
        return new FeatureMap(
                map.height(), map.width(), map.channels(), map.data().clone());
    }

    private static int intOf(Object number) {
        return ((Double) number).intValue();
    }

    private record LayerStatistics(double sum, double meanAbs, double min, double max) {

        static LayerStatistics of(FeatureMap map) {
            double sum = 0;
            double abs = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (float value : map.data()) {
                sum += value;
                abs += Math.abs(value);
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
            return new LayerStatistics(sum, abs / map.data().length, min, max);
        }
    }
}
