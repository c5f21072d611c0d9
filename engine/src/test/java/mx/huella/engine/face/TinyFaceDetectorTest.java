package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import mx.huella.engine.face.weights.FaceModel;
import mx.huella.engine.face.weights.ModelWeights;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TinyFaceDetectorTest {

    private static TinyFaceDetector detector;

    @BeforeAll
    static void loadDetector() {
        detector = TinyFaceDetector.load();
    }

    @Test
    void findsNoFaceInABlankImage() {
        assertThat(detector.detect(new RgbImage(640, 480, new byte[640 * 480 * 3])))
                .isEmpty();
    }

    @Test
    void findsNoFaceInNoise() {
        assertThat(detector.detect(SyntheticImages.noise(400, 300, 5))).isEmpty();
    }

    @Test
    void givesTheSameLogitsForTheSameImage() {
        RgbImage image = SyntheticImages.noise(300, 200, 11);

        float[] first = detector.headOutput(image, (layer, map) -> {}).data();
        float[] second = detector.headOutput(image, (layer, map) -> {}).data();

        assertThat(second).containsExactly(first);
    }

    @Test
    void producesAGridOfFiveAnchorsPer32Pixels() {
        var grid = TinyFaceDetector.load(320).headOutput(SyntheticImages.noise(50, 70, 1), (layer, map) -> {});

        assertThat(grid.toString()).isEqualTo("10x10x25");
    }

    @Test
    void givesEachThreadTheSameLogitsAsASingleThread() throws Exception {
        List<RgbImage> images = IntStream.range(0, 4)
                .mapToObj(i -> SyntheticImages.noise(200, 150, i))
                .toList();
        List<float[]> expected = images.stream()
                .map(i -> detector.headOutput(i, (l, m) -> {}).data())
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> results = images.stream()
                    .map(image -> pool.submit(
                            () -> detector.headOutput(image, (l, m) -> {}).data()))
                    .toList();
            for (int i = 0; i < images.size(); i++) {
                assertThat(results.get(i).get()).containsExactly(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsAnInputSizeThatIsNotAMultipleOf32() {
        ModelWeights weights = ModelWeights.load(FaceModel.TINY_FACE_DETECTOR);

        assertThatThrownBy(() -> TinyFaceDetector.from(weights, 300)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsWeightsOfAnotherNet() {
        ModelWeights weights = ModelWeights.load(FaceModel.FACE_LANDMARK_68);

        assertThatThrownBy(() -> TinyFaceDetector.from(weights, 416)).isInstanceOf(IllegalArgumentException.class);
    }
}
