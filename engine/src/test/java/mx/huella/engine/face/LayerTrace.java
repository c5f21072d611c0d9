package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import mx.huella.engine.face.nn.FeatureMap;

/**
 * A face-api per-layer trace file ({@code trace-*.json}: rows of name, shape, MAC, {sum, meanAbs, min, max,
 * first4}) checked against our layers in order, so the first diverging layer fails first.
 */
final class LayerTrace {

    private final Map<String, FeatureMap> layers = new LinkedHashMap<>();

    /** Collects copies of the layers a net reports. */
    BiConsumer<String, FeatureMap> recorder() {
        return (name, map) -> layers.put(
                name,
                new FeatureMap(
                        map.height(), map.width(), map.channels(), map.data().clone()));
    }

    void assertMatches(Path directory, String file, double absoluteTolerance) {
        List<Object> trace = TestJson.array(ReferenceData.json(directory, file));
        assertThat(layers.keySet())
                .containsExactlyElementsOf(trace.stream()
                        .map(row -> (String) TestJson.array(row).get(0))
                        .toList());
        for (Object row : trace) {
            List<Object> layer = TestJson.array(row);
            String name = (String) layer.get(0);
            Map<String, Object> expected = TestJson.object(layer.get(3));
            FeatureMap actual = layers.get(name);
            assertThat(actual.toString()).as(name).isEqualTo(layer.get(1));
            double sum = 0;
            double abs = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (float value : actual.data()) {
                sum += value;
                abs += Math.abs(value);
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
            double expectedSum = (Double) expected.get("sum");
            System.out.printf(
                    "%s %-15s sum %.7g vs %.7g, max %.7g vs %.7g%n",
                    file, name, sum, expectedSum, max, (Double) expected.get("max"));
            assertThat(sum).as(name + " sum").isCloseTo(expectedSum, within(1e-4 * Math.max(1, Math.abs(expectedSum))));
            assertThat(abs / actual.data().length)
                    .as(name + " meanAbs")
                    .isCloseTo((Double) expected.get("meanAbs"), within(absoluteTolerance));
            assertThat(min).as(name + " min").isCloseTo((Double) expected.get("min"), within(absoluteTolerance));
            assertThat(max).as(name + " max").isCloseTo((Double) expected.get("max"), within(absoluteTolerance));
            float[] first4 = TestJson.floats(expected.get("first4"));
            for (int i = 0; i < first4.length; i++) {
                assertThat((double) actual.data()[i])
                        .as(name + " value " + i)
                        .isCloseTo(first4[i], within(absoluteTolerance));
            }
        }
    }
}
