package mx.huella.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.ArrayList;
import java.util.List;
import mx.huella.engine.fingerprint.FingerPosition;
import org.junit.jupiter.api.Test;

class SyntheticTemplatesTest {
    /** SourceAFIS documents this score as a false-match rate of about 0.01 %. */
    private static final double THRESHOLD = 40;

    private static final SyntheticTemplates TEMPLATES = new SyntheticTemplates(42);

    @Test
    void givesByteIdenticalTemplatesForTheSameSeeds() {
        assertThat(new SyntheticTemplates(42).impression(9, 2)).isEqualTo(TEMPLATES.impression(9, 2));
    }

    @Test
    void givesDifferentTemplatesForDifferentImpressionsFingersAndPopulations() {
        byte[] template = TEMPLATES.impression(9, 2);

        assertThat(TEMPLATES.impression(9, 3)).isNotEqualTo(template);
        assertThat(TEMPLATES.impression(10, 2)).isNotEqualTo(template);
        assertThat(new SyntheticTemplates(43).impression(9, 2)).isNotEqualTo(template);
    }

    @Test
    void givesEachFingerThirtyToSeventyMinutiae() {
        for (int f = 0; f < 200; f++) {
            assertThat(TEMPLATES.finger(f).minutiaCount()).isBetween(30, 70);
        }
    }

    @Test
    void writesRecordsThatSourceAfisImports() {
        for (int f = 0; f < 50; f++) {
            byte[] record = TEMPLATES.impression(f, 0);

            assertThat(record[27] & 0xff).as("reported minutiae").isBetween(10, 80);
            assertThat(FingerprintCompatibility.importTemplate(record)).isNotNull();
        }
    }

    @Test
    void recordsTheFingerPositionItIsGiven() {
        byte[] record = TEMPLATES.finger(1).impression(0, FingerPosition.RIGHT_THUMB);

        assertThat(record[24]).isEqualTo((byte) FingerPosition.RIGHT_THUMB.code());
    }

    @Test
    void rejectsMultiFingerPositionsAndNegativeIndexes() {
        SyntheticTemplateFinger finger = TEMPLATES.finger(1);

        assertThatThrownBy(() -> finger.impression(0, FingerPosition.PLAIN_THUMBS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> finger.impression(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matedTemplatesScoreAboveTheThresholdInMostPairsAndNonMatedOnesBelowItInTheVastMajority() {
        int fingers = 30;
        int impressions = 3;
        List<FingerprintTemplate> templates = new ArrayList<>();
        for (int f = 0; f < fingers; f++) {
            SyntheticTemplateFinger finger = TEMPLATES.finger(f);
            for (int i = 0; i < impressions; i++) {
                templates.add(FingerprintCompatibility.importTemplate(finger.impression(i)));
            }
        }
        int mated = 0;
        int matedAbove = 0;
        int nonMated = 0;
        int nonMatedAbove = 0;
        for (int a = 0; a < templates.size(); a++) {
            FingerprintMatcher matcher = new FingerprintMatcher(templates.get(a));
            for (int b = a + 1; b < templates.size(); b++) {
                boolean above = matcher.match(templates.get(b)) >= THRESHOLD;
                if (a / impressions == b / impressions) {
                    mated++;
                    matedAbove += above ? 1 : 0;
                } else {
                    nonMated++;
                    nonMatedAbove += above ? 1 : 0;
                }
            }
        }
        String rates = String.format(
                "mated %d of %d above %s, non-mated %d of %d", matedAbove, mated, THRESHOLD, nonMatedAbove, nonMated);
        assertThat((double) matedAbove / mated).as(rates).isGreaterThanOrEqualTo(0.9);
        assertThat((double) nonMatedAbove / nonMated).as(rates).isLessThanOrEqualTo(0.001);
    }

    @Test
    void turnsMinutiaDirectionsTheWaySourceAfisReadsThem() {
        MasterMinutiae master = MasterMinutiae.generate(new SeededRandom(5), 320, 416);
        FingerprintTemplate original = FingerprintCompatibility.importTemplate(recordOf(master, 0, 0));

        double matching = new FingerprintMatcher(original)
                .match(FingerprintCompatibility.importTemplate(recordOf(master, 0.5, 0.5)));
        double mismatching = new FingerprintMatcher(original)
                .match(FingerprintCompatibility.importTemplate(recordOf(master, 0.5, -0.5)));

        assertThat(matching).as("positions and directions turned alike").isGreaterThan(100);
        assertThat(mismatching).as("directions turned against positions").isLessThan(THRESHOLD);
    }

    /** The master's minutiae with positions turned about the image centre and directions turned separately. */
    private static byte[] recordOf(MasterMinutiae master, double positionTurn, double directionTurn) {
        Minutia[] turned = new Minutia[master.count()];
        double cos = Math.cos(positionTurn);
        double sin = Math.sin(positionTurn);
        for (int i = 0; i < turned.length; i++) {
            Minutia m = master.get(i);
            double dx = m.x() - 160;
            double dy = m.y() - 208;
            turned[i] = new Minutia(
                    160 + cos * dx - sin * dy,
                    208 + sin * dx + cos * dy,
                    m.direction() + directionTurn,
                    m.bifurcation(),
                    m.quality());
        }
        return IsoMinutiaRecord.encode(320, 416, FingerPosition.UNKNOWN, turned);
    }
}
