package mx.huella.engine.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FalseMatchRate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.TemplateInterchange;
import mx.huella.engine.synthetic.SyntheticTemplates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FingerprintGalleryTest {
    private static final int FINGERS = 1_000;
    private static final SyntheticTemplates SYNTHETIC = new SyntheticTemplates(77);
    private static final SearchOptions OPTIONS =
            new SearchOptions(5, 100, FalseMatchRate.ONE_IN_HUNDRED_THOUSAND, Set.of());
    private static FingerprintGallery gallery;

    @BeforeAll
    static void enrollAThousandFingers() {
        gallery = new FingerprintGallery(FINGERS);
        for (int f = 0; f < FINGERS; f++) {
            gallery.put("ref-" + f, FingerPosition.RIGHT_INDEX, template(f, 0));
        }
        gallery.compact();
    }

    @Test
    void findsTheMateOfAProbeAtRankOneAboveTheThreshold() {
        Identification result = gallery.identify(Map.of(FingerPosition.RIGHT_INDEX, template(417, 2)), OPTIONS);

        assertThat(result.hit()).get().extracting(Candidate::reference).isEqualTo("ref-417");
        assertThat(result.candidates()).hasSizeLessThanOrEqualTo(5);
        assertThat(result.scored()).isLessThanOrEqualTo(100);
    }

    @Test
    void aFingerThatWasNeverEnrolledIsNotAHit() {
        Identification result = gallery.identify(Map.of(FingerPosition.RIGHT_INDEX, template(50_000, 1)), OPTIONS);

        assertThat(result.hit()).isEmpty();
    }

    @Test
    void aProbeOfAnotherPositionMeetsNothingButAnUnknownPositionMeetsEverything() {
        EncodedTemplate probe = template(23, 1);

        assertThat(gallery.identify(Map.of(FingerPosition.LEFT_THUMB, probe), OPTIONS)
                        .candidates())
                .isEmpty();
        assertThat(gallery.identify(Map.of(FingerPosition.UNKNOWN, probe), OPTIONS)
                        .hit())
                .get()
                .extracting(Candidate::reference)
                .isEqualTo("ref-23");
    }

    @Test
    void aRemovedReferenceIsNeverFoundAgainAndAReplacedFingerIsFoundAsReplaced() {
        var small = new FingerprintGallery(100);
        small.put("a", FingerPosition.LEFT_INDEX, template(1, 0));
        small.put("b", FingerPosition.LEFT_INDEX, template(2, 0));

        small.remove("a");
        small.put("b", FingerPosition.LEFT_INDEX, template(3, 0));

        assertThat(small.size()).isEqualTo(1);
        assertThat(small.identify(Map.of(FingerPosition.LEFT_INDEX, template(1, 1)), OPTIONS)
                        .hit())
                .isEmpty();
        assertThat(small.identify(Map.of(FingerPosition.LEFT_INDEX, template(2, 1)), OPTIONS)
                        .hit())
                .isEmpty();
        assertThat(small.identify(Map.of(FingerPosition.LEFT_INDEX, template(3, 1)), OPTIONS)
                        .hit())
                .get()
                .extracting(Candidate::reference)
                .isEqualTo("b");
    }

    @Test
    void fusesTheFingersOfOneReferenceBySummingTheirScores() {
        var tenPrint = new FingerprintGallery(100);
        tenPrint.put("person", FingerPosition.RIGHT_THUMB, template(10, 0));
        tenPrint.put("person", FingerPosition.LEFT_THUMB, template(11, 0));
        tenPrint.put("other", FingerPosition.RIGHT_THUMB, template(12, 0));

        Identification result = tenPrint.identify(
                Map.of(FingerPosition.RIGHT_THUMB, template(10, 1), FingerPosition.LEFT_THUMB, template(11, 1)),
                OPTIONS);

        Candidate best = result.hit().orElseThrow();
        assertThat(best.reference()).isEqualTo("person");
        assertThat(best.fingerScores()).containsOnlyKeys(FingerPosition.RIGHT_THUMB, FingerPosition.LEFT_THUMB);
        assertThat(best.fusedScore())
                .isEqualTo(best.fingerScores().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum());
    }

    @Test
    void keepsTheSearchStructuresUnderOneKibibytePerFinger() {
        assertThat(gallery.indexBytes() / (double) gallery.size()).isLessThan(1024);
    }

    @Test
    void refusesAnEmptyProbeAndMultiFingerSlapPositions() {
        assertThatThrownBy(() -> gallery.identify(Map.of(), OPTIONS)).isInstanceOf(IllegalArgumentException.class);
        Map<FingerPosition, EncodedTemplate> five = Map.of(
                FingerPosition.RIGHT_THUMB, template(1, 1),
                FingerPosition.RIGHT_INDEX, template(2, 1),
                FingerPosition.RIGHT_MIDDLE, template(3, 1),
                FingerPosition.RIGHT_RING, template(4, 1),
                FingerPosition.RIGHT_LITTLE, template(5, 1));
        assertThatThrownBy(() -> gallery.identify(five, OPTIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> new FingerprintGallery(10).put("x", FingerPosition.PLAIN_THUMBS, template(1, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static EncodedTemplate template(long finger, int impression) {
        return TemplateInterchange.importRecord(SYNTHETIC.impression(finger, impression))
                .get(0)
                .template();
    }
}
