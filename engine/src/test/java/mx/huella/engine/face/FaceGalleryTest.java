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

    @Test
    void theInt8ScanReturnsExactlyTheNearestAnExhaustiveFloatSearchReturns() {
        // People as cluster centres with a few noisy descriptors each, as real faces are.
        FaceGallery gallery = new FaceGallery(1_000);
        List<FaceDescriptor> enrolled = new java.util.ArrayList<>();
        List<FaceDescriptor> centres = new java.util.ArrayList<>();
        for (int person = 0; person < 3_000; person++) {
            FaceDescriptor centre = randomDescriptor();
            centres.add(centre);
            for (int shot = 0; shot < 3; shot++) {
                FaceDescriptor face = near(centre, 0.02);
                enrolled.add(face);
                gallery.add(person + "/" + shot, face);
            }
        }
        for (int trial = 0; trial < 25; trial++) {
            FaceDescriptor probe = near(centres.get(random.nextInt(centres.size())), 0.02);

            List<FaceGallery.Match> nearest = gallery.nearest(probe, 10);

            List<String> exhaustive = java.util.stream.IntStream.range(0, enrolled.size())
                    .boxed()
                    .sorted(java.util.Comparator.comparingDouble(i -> probe.distanceTo(enrolled.get(i))))
                    .limit(10)
                    .map(i -> (i / 3) + "/" + (i % 3))
                    .toList();
            assertThat(nearest).extracting(FaceGallery.Match::reference).containsExactlyElementsOf(exhaustive);
        }
    }

    @Test
    void clampsValuesBeyondTheInt8RangeYetReportsExactDistances() {
        FaceGallery gallery = new FaceGallery(2);
        float[] extreme = new float[FaceDescriptor.LENGTH];
        java.util.Arrays.fill(extreme, 0.9f);
        FaceDescriptor outlier = new FaceDescriptor(extreme);
        gallery.add("outlier", outlier);
        gallery.add("other", randomDescriptor());

        FaceGallery.Match best = gallery.nearest(outlier, 1).get(0);

        assertThat(best.reference()).isEqualTo("outlier");
        assertThat(best.distance()).isZero();
    }

    private FaceDescriptor near(FaceDescriptor centre, double noise) {
        float[] values = centre.values().clone();
        for (int i = 0; i < values.length; i++) {
            values[i] += (float) ((random.nextDouble() - 0.5) * 2 * noise);
        }
        return new FaceDescriptor(values);
    }

    private FaceDescriptor randomDescriptor() {
        float[] values = new float[FaceDescriptor.LENGTH];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextDouble() - 0.5) / 4;
        }
        return new FaceDescriptor(values);
    }
}
