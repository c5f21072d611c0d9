package mx.huella.engine.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.TemplateInterchange;
import mx.huella.tools.synthetic.SyntheticTemplates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FingerprintGalleryTest {
    private static final int FINGERS = 1_000;
    private static final SyntheticTemplates SYNTHETIC = new SyntheticTemplates(77);
    private static final SearchOptions OPTIONS = new SearchOptions(5, 100, 1e-3, Set.of());
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
    void eachFingerAddsLessThanOneKibibyteToTheSearchStructures() {
        // The bucket table is a fixed cost per position; what must stay under 1 KiB is what every finger adds.
        var half = new FingerprintGallery(FINGERS);
        for (int f = 0; f < FINGERS / 2; f++) {
            half.put("ref-" + f, FingerPosition.RIGHT_INDEX, template(f, 0));
        }
        half.compact();

        double perFinger = (gallery.indexBytes() - half.indexBytes()) / (double) (FINGERS - FINGERS / 2);

        assertThat(perFinger).isGreaterThan(0).isLessThan(1024);
    }

    @Test
    void refusesAnEmptyProbeElevenFingersAnUnknownFingerAmongOthersAndSlapPositions() {
        assertThatThrownBy(() -> gallery.identify(Map.of(), OPTIONS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gallery.identify(
                        Map.of(FingerPosition.UNKNOWN, template(1, 1), FingerPosition.RIGHT_INDEX, template(2, 1)),
                        OPTIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown position");
        assertThatThrownBy(() -> gallery.identify(Map.of(FingerPosition.PLAIN_THUMBS, template(1, 1)), OPTIONS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FingerprintGallery(10).put("x", FingerPosition.PLAIN_THUMBS, template(1, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deduplicatesATenPrintByFusingAllTenFingersEvenThoseTheIndexDidNotShortList() {
        var tenPrints = new FingerprintGallery(100);
        for (int person = 0; person < 30; person++) {
            for (int finger = 0; finger < 10; finger++) {
                tenPrints.put(
                        "person-" + person,
                        FingerPosition.TEN_PRINT.get(finger),
                        template(1000 + person * 10 + finger, 0));
            }
        }
        Map<FingerPosition, EncodedTemplate> reEnrollment = new java.util.EnumMap<>(FingerPosition.class);
        for (int finger = 0; finger < 10; finger++) {
            reEnrollment.put(FingerPosition.TEN_PRINT.get(finger), template(1000 + 17 * 10 + finger, 1));
        }

        // A short list of one finger per position: most of the fusion comes from completing the best candidates.
        Identification result = tenPrints.identify(reEnrollment, new SearchOptions(3, 1, 1e-3, Set.of()));

        Candidate best = result.hit().orElseThrow();
        assertThat(best.reference()).isEqualTo("person-17");
        assertThat(best.fingerScores()).hasSize(10);
        assertThat(best.falseMatchProbability()).isLessThanOrEqualTo(result.comparisonRate());
        assertThat(result.comparisons()).isEqualTo(30);
        assertThat(result.candidates()).isSortedAccordingTo(Candidate.RANKING);
    }

    @Test
    void theDecisionFollowsTheTargetFpirAndTheGallerySize() {
        EncodedTemplate probe = template(417, 2);
        Candidate mate = gallery.identify(Map.of(FingerPosition.RIGHT_INDEX, probe), OPTIONS)
                .candidates()
                .get(0);

        // Just strict enough to let the mate through, then ten times stricter than its own probability.
        double permissive = Math.min(0.5, mate.falseMatchProbability() * FINGERS * 1.01);
        double strict = mate.falseMatchProbability() * FINGERS / 10;

        assertThat(gallery.identify(Map.of(FingerPosition.RIGHT_INDEX, probe), OPTIONS.withFpir(permissive))
                        .decision())
                .isEqualTo(Identification.Decision.HIT);
        if (strict > 0) {
            assertThat(gallery.identify(Map.of(FingerPosition.RIGHT_INDEX, probe), OPTIONS.withFpir(strict))
                            .decision())
                    .isEqualTo(Identification.Decision.NO_HIT);
        }
    }

    @Test
    void searchesThatFindNothingInAnEmptyGalleryAreNoHit() {
        Identification result =
                new FingerprintGallery(10).identify(Map.of(FingerPosition.RIGHT_INDEX, template(1, 1)), OPTIONS);

        assertThat(result.decision()).isEqualTo(Identification.Decision.NO_HIT);
        assertThat(result.candidates()).isEmpty();
        assertThat(result.hit()).isEmpty();
    }

    private static EncodedTemplate template(long finger, int impression) {
        return TemplateInterchange.importRecord(SYNTHETIC.impression(finger, impression))
                .get(0)
                .template();
    }
}
