package mx.huella.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.machinezoo.fingerprintio.TemplateFormat;
import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.ArrayList;
import java.util.List;
import mx.huella.engine.fingerprint.GrayImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Synthetic impressions as SourceAFIS sees them: mated ones match, unrelated ones do not. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticFingerprintsMatchingTest {
    /** SourceAFIS documents this score as a false-match rate of about 0.01 %. */
    private static final double THRESHOLD = 40;

    private static final int FINGERS = 12;
    private static final int IMPRESSIONS = 4;

    private final List<FingerprintTemplate> templates = new ArrayList<>();
    private final List<Integer> minutiaCounts = new ArrayList<>();
    private final Scores genuine = new Scores();
    private final Scores impostor = new Scores();

    @BeforeAll
    void extractAndCompareEveryPair() {
        SyntheticFingerprints fingerprints = new SyntheticFingerprints(2024);
        for (int f = 0; f < FINGERS; f++) {
            SyntheticFinger finger = fingerprints.finger(f);
            for (int i = 0; i < IMPRESSIONS; i++) {
                GrayImage image = finger.impression(i);
                FingerprintTemplate template = new FingerprintTemplate(new FingerprintImage(
                        image.width(), image.height(), image.pixels(), new FingerprintImageOptions().dpi(image.dpi())));
                templates.add(template);
                byte[] iso = FingerprintCompatibility.exportTemplates(TemplateFormat.ISO_19794_2_2005, template);
                minutiaCounts.add(iso[27] & 0xff);
            }
        }
        for (int a = 0; a < templates.size(); a++) {
            FingerprintMatcher matcher = new FingerprintMatcher(templates.get(a));
            for (int b = a + 1; b < templates.size(); b++) {
                double score = matcher.match(templates.get(b));
                (a / IMPRESSIONS == b / IMPRESSIONS ? genuine : impostor).add(score);
            }
        }
    }

    @Test
    void impressionsOfTheSameFingerScoreAboveTheThresholdInTheLargeMajorityOfPairs() {
        assertThat(genuine.fractionAtLeast(THRESHOLD))
                .as("same-finger pairs at or above %s: %s", THRESHOLD, genuine.describe(THRESHOLD))
                .isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void impressionsOfDifferentFingersScoreBelowTheThreshold() {
        assertThat(impostor.fractionAtLeast(THRESHOLD))
                .as("different-finger pairs at or above %s: %s", THRESHOLD, impostor.describe(THRESHOLD))
                .isZero();
    }

    @Test
    void everyImpressionYieldsAPlausibleNumberOfMinutiae() {
        assertThat(minutiaCounts).allSatisfy(count -> assertThat(count).isBetween(15, 100));
    }

    private static final class Scores {
        private final List<Double> scores = new ArrayList<>();

        void add(double score) {
            scores.add(score);
        }

        double fractionAtLeast(double threshold) {
            return (double) scores.stream().filter(s -> s >= threshold).count() / scores.size();
        }

        String describe(double threshold) {
            List<Double> sorted = scores.stream().sorted().toList();
            return String.format(
                    "%d of %d pairs (%.1f %%), lowest %.1f, median %.1f, highest %.1f",
                    scores.stream().filter(s -> s >= threshold).count(),
                    scores.size(),
                    100 * fractionAtLeast(threshold),
                    sorted.get(0),
                    sorted.get(sorted.size() / 2),
                    sorted.get(sorted.size() - 1));
        }
    }
}
