package mx.huella.engine.face.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares every decoded tensor with the sums and end values that face-api's own loader (tfjs 4.22, Node) produced,
 * from {@code shared/data/face-reference/weight-checksums.json}. Skipped when that optional data set is absent.
 *
 * <p>The reference sums were accumulated in double over the float32 values in index order, as here. With the same
 * order and the same dequantisation every sum agrees to the last bit, so the comparison is exact: any tolerance would
 * hide a one-ulp change in how a weight is decoded.
 */
class WeightChecksumTest {

    private static final String CHECKSUMS = "data/face-reference/weight-checksums.json";

    @TestFactory
    Stream<DynamicContainer> everyTensorMatchesFaceApisChecksums() throws IOException {
        Path checksums = sharedData();
        JsonValue.JsonObject models =
                JsonParser.parse(Files.readString(checksums)).asObject();
        return Stream.of(FaceModel.values()).map(model -> {
            ModelWeights weights = ModelWeights.load(model);
            JsonValue.JsonObject expected = models.member(model.fileStem()).asObject();
            List<DynamicTest> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest(
                    "lists the same tensors",
                    () -> assertThat(weights.names())
                            .containsExactlyElementsOf(expected.members().keySet())));
            for (Map.Entry<String, JsonValue> entry : expected.members().entrySet()) {
                tests.add(DynamicTest.dynamicTest(
                        entry.getKey(),
                        () -> assertMatches(
                                weights.tensor(entry.getKey()), entry.getValue().asObject())));
            }
            return DynamicContainer.dynamicContainer(model.fileStem(), tests);
        });
    }

    private static void assertMatches(Tensor tensor, JsonValue.JsonObject expected) {
        int[] shape = expected.member("shape").asArray().stream()
                .mapToInt(d -> (int) d.asNumber())
                .toArray();
        double sum = 0;
        double sumAbs = 0;
        for (int i = 0; i < tensor.size(); i++) {
            sum += tensor.get(i);
            sumAbs += Math.abs(tensor.get(i));
        }

        assertThat(tensor.shape()).containsExactly(shape);
        assertThat(sum).isEqualTo(expected.member("sum").asNumber());
        assertThat(sumAbs).isEqualTo(expected.member("sumAbs").asNumber());
        assertThat((double) tensor.get(0)).isEqualTo(expected.member("first").asNumber());
        assertThat((double) tensor.get(tensor.size() - 1))
                .isEqualTo(expected.member("last").asNumber());
    }

    private static Path sharedData() {
        String configured = System.getProperty("huella.shared.dir");
        List<Path> candidates = configured != null
                ? List.of(Path.of(configured))
                : List.of(Path.of("../shared"), Path.of("../../shared"));
        for (Path shared : candidates) {
            if (Files.isReadable(shared.resolve(CHECKSUMS))) {
                return shared.resolve(CHECKSUMS);
            }
        }
        assumeTrue(
                false,
                "skipped: " + CHECKSUMS + " not found under " + candidates
                        + " (optional shared data; set -Dhuella.shared.dir to point at it)");
        throw new AssertionError("unreachable");
    }
}
