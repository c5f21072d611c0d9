package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FaceGalleryTest {
    private final SplittableRandom random = new SplittableRandom(5);

    @Test
    void findsTheNearestDescriptorsNearestFirstWithTheirEuclideanDistances() {
        FaceGallery gallery = new FaceGallery(16);
        FaceDescriptor[] enrolled = new FaceDescriptor[10_000];
        for (int i = 0; i < enrolled.length; i++) {
            enrolled[i] = randomDescriptor();
            gallery.add("face-" + i, enrolled[i]);
        }
        FaceDescriptor probe = enrolled[4321];

        List<FaceGallery.Match> nearest = gallery.nearest(probe, 5);

        assertThat(gallery.size()).isEqualTo(10_000);
        assertThat(nearest).hasSize(5);
        assertThat(nearest.get(0).reference()).isEqualTo("face-4321");
        assertThat(nearest.get(0).distance()).isZero();
        for (int i = 1; i < nearest.size(); i++) {
            assertThat(nearest.get(i).distance())
                    .isGreaterThanOrEqualTo(nearest.get(i - 1).distance());
            int index = Integer.parseInt(nearest.get(i).reference().substring(5));
            assertThat(nearest.get(i).distance()).isCloseTo(probe.distanceTo(enrolled[index]), within(1e-5));
        }
    }

    @Test
    void aSmallGalleryAnswersWithWhatItHas() {
        FaceGallery gallery = new FaceGallery(1);
        gallery.add("only", randomDescriptor());

        assertThat(gallery.nearest(randomDescriptor(), 3))
                .extracting(FaceGallery.Match::reference)
                .containsExactly("only");
        assertThat(new FaceGallery(4).nearest(randomDescriptor(), 3)).isEmpty();
    }

    private FaceDescriptor randomDescriptor() {
        float[] values = new float[FaceDescriptor.LENGTH];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextDouble() - 0.5) / 4;
        }
        return new FaceDescriptor(values);
    }
}
