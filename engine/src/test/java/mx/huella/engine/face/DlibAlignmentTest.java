package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DlibAlignmentTest {

    /** Scratch-project only: where the shared data lies outside the project checkout. Delete when moved in. */
    @Test
    void placesTheEyeAndMouthCentroidAt43PercentOfASquareFromTheEyeToMouthDistance() {
        double[] xy = new double[2 * Landmarks.COUNT];
        place(xy, 36, 42, 40, 50);
        place(xy, 42, 48, 80, 50);
        place(xy, 48, 68, 60, 95);

        PixelRect square = DlibAlignment.rectangle(new Landmarks(xy), 200, 200);

        // eye to mouth = hypot(20, 45) = 49.24; / 0.45 = 109.4 → 109; centroid (60, 65)
        assertThat(square).isEqualTo(new PixelRect(5, 18, 109, 109));
    }

    @Test
    void clampsTheSquareToTheImageOriginWithoutShrinkingIt() {
        double[] xy = new double[2 * Landmarks.COUNT];
        place(xy, 36, 42, 10, 10);
        place(xy, 42, 48, 50, 10);
        place(xy, 48, 68, 30, 55);

        assertThat(DlibAlignment.rectangle(new Landmarks(xy), 200, 200)).isEqualTo(new PixelRect(0, 0, 109, 109));
    }

    @Test
    void reproducesFaceApisRectanglesFromItsLandmarks() {
        Optional<Path> directory = ReferenceData.directory();
        assumeTrue(directory.isPresent(), "shared/data/face-reference is absent: skipping");
        int checked = 0;
        for (Map.Entry<String, Object> entry :
                ReferenceData.oracleCases(directory.get(), "oracle-cpu.json").entrySet()) {
            if (!entry.getKey().startsWith("pipeline_")) {
                continue;
            }
            for (Object face : TestJson.array(TestJson.object(entry.getValue()).get("faces"))) {
                Map<String, Object> expected = TestJson.object(face);
                float[] rect = TestJson.floats(expected.get("dlibAlignRect"));
                // The crop dimensions only cap the side, which never binds on these faces.
                assertThat(DlibAlignment.rectangle(landmarks(expected.get("landmarks")), 10_000, 10_000))
                        .isEqualTo(new PixelRect((int) rect[0], (int) rect[1], (int) rect[2], (int) rect[3]));
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    private static Landmarks landmarks(Object json) {
        List<Object> points = TestJson.array(json);
        double[] xy = new double[2 * Landmarks.COUNT];
        for (int i = 0; i < Landmarks.COUNT; i++) {
            List<Object> point = TestJson.array(points.get(i));
            xy[2 * i] = (Double) point.get(0);
            xy[2 * i + 1] = (Double) point.get(1);
        }
        return new Landmarks(xy);
    }

    private static void place(double[] xy, int from, int to, double x, double y) {
        for (int i = from; i < to; i++) {
            xy[2 * i] = x;
            xy[2 * i + 1] = y;
        }
    }
}
