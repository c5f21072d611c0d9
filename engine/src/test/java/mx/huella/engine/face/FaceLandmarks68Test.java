package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FaceLandmarks68Test {

    private static FaceLandmarks68 net;

    @BeforeAll
    static void loadNet() {
        net = FaceLandmarks68.load();
    }

    @Test
    void givesTheSamePointsForTheSameCrop() {
        RgbImage crop = SyntheticImages.noise(90, 120, 7);

        assertThat(net.detect(crop)).isEqualTo(net.detect(crop));
    }

    @Test
    void scalesPointsWithTheCrop() {
        RgbImage crop = SyntheticImages.noise(112, 112, 3);
        Landmarks points = net.detect(crop);
        float[] raw = net.rawOutput(crop, (layer, map) -> {});

        // On a 112 square there is no pad and no resize, so points are the raw outputs times 112.
        for (int i = 0; i < Landmarks.COUNT; i++) {
            assertThat(points.x(i)).isCloseTo(raw[2 * i] * 112.0, within(1e-4));
            assertThat(points.y(i)).isCloseTo(raw[2 * i + 1] * 112.0, within(1e-4));
        }
    }

    @Test
    void givesEachThreadTheSamePointsAsASingleThread() throws Exception {
        List<RgbImage> crops = IntStream.range(0, 4)
                .mapToObj(i -> SyntheticImages.noise(100, 110, i))
                .toList();
        List<Landmarks> expected = crops.stream().map(net::detect).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Landmarks>> results =
                    crops.stream().map(c -> pool.submit(() -> net.detect(c))).toList();
            for (int i = 0; i < crops.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
