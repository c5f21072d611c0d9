package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FaceRecognitionNetTest {

    private static FaceRecognitionNet net;

    @BeforeAll
    static void loadNet() {
        net = FaceRecognitionNet.load();
    }

    @Test
    void givesTheSameDescriptorForTheSameFace() {
        RgbImage face = SyntheticImages.noise(150, 150, 7);

        assertThat(net.describe(face)).isEqualTo(net.describe(face));
    }

    @Test
    void givesOneHundredTwentyEightFiniteUnnormalisedValues() {
        FaceDescriptor descriptor = net.describe(SyntheticImages.noise(150, 150, 7));

        assertThat(descriptor.values()).hasSize(FaceDescriptor.LENGTH);
        assertThat(descriptor.norm()).isBetween(0.5, 3.0).isNotCloseTo(1.0, within(1e-3));
    }

    @Test
    void measuresZeroDistanceToItselfAndTheSameDistanceBothWays() {
        FaceDescriptor a = net.describe(SyntheticImages.noise(150, 150, 7));
        FaceDescriptor b = net.describe(SyntheticImages.noise(150, 150, 8));

        assertThat(a.distanceTo(a)).isZero();
        assertThat(a.distanceTo(b)).isPositive().isEqualTo(b.distanceTo(a));
    }

    @Test
    void givesDifferentDescriptorsForDifferentFaces() {
        FaceDescriptor a = net.describe(SyntheticImages.noise(150, 150, 7));
        FaceDescriptor b = net.describe(SyntheticImages.noise(150, 150, 8));

        assertThat(a).isNotEqualTo(b);
        assertThat(a.distanceTo(b)).isGreaterThan(1e-3);
    }

    @Test
    void acceptsCropsOfAnySizeByPaddingAndResizingThem() {
        FaceDescriptor tall = net.describe(SyntheticImages.noise(97, 120, 2));
        FaceDescriptor wide = net.describe(SyntheticImages.noise(201, 64, 2));

        assertThat(tall.norm()).isFinite().isPositive();
        assertThat(wide.norm()).isFinite().isPositive();
        assertThat(tall).isNotEqualTo(wide);
    }

    @Test
    void givesTheSameDescriptorsWhenCalledFromSeveralThreads() {
        RgbImage face = SyntheticImages.noise(150, 150, 9);
        FaceDescriptor expected = net.describe(face);

        var futures = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> net.describe(face)))
                .toList();

        assertThat(futures).allSatisfy(future -> assertThat(future.join()).isEqualTo(expected));
    }

    @Test
    void rejectsAnImageWhoseBytesDoNotMatchItsSize() {
        assertThatThrownBy(() -> new RgbImage(150, 150, new byte[10])).isInstanceOf(IllegalArgumentException.class);
    }
}
