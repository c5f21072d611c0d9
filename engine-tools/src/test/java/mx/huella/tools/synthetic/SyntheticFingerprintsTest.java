package mx.huella.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mx.huella.engine.fingerprint.GrayImage;
import org.junit.jupiter.api.Test;

class SyntheticFingerprintsTest {
    private static final SyntheticFingerprints FINGERPRINTS = new SyntheticFingerprints(42);

    @Test
    void givesByteIdenticalImpressionsForTheSameSeeds() {
        GrayImage first = new SyntheticFingerprints(42).finger(7).impression(3);
        GrayImage second = new SyntheticFingerprints(42).finger(7).impression(3);

        assertThat(second.pixels()).isEqualTo(first.pixels());
    }

    @Test
    void givesDifferentImagesForDifferentImpressionsFingersAndPopulations() {
        GrayImage image = FINGERPRINTS.finger(7).impression(0);

        assertThat(FINGERPRINTS.finger(7).impression(1).pixels()).isNotEqualTo(image.pixels());
        assertThat(FINGERPRINTS.finger(8).impression(0).pixels()).isNotEqualTo(image.pixels());
        assertThat(new SyntheticFingerprints(43).finger(7).impression(0).pixels())
                .isNotEqualTo(image.pixels());
    }

    @Test
    void rendersDarkRidgesOnALightBackgroundAt500Dpi() {
        GrayImage image = FINGERPRINTS.finger(1).impression(0);

        assertThat(image.width()).isEqualTo(320);
        assertThat(image.height()).isEqualTo(416);
        assertThat(image.dpi()).isEqualTo(500);
        assertThat(image.at(2, 2)).as("corner is empty sensor").isGreaterThan(170);
        assertThat(fractionDarkerThan(image, 110)).as("share of ridge pixels").isBetween(0.12, 0.45);
    }

    @Test
    void honoursTheConfiguredImageSize() {
        GrayImage image = new SyntheticFingerprints(400, 500, 1).finger(1).impression(0);

        assertThat(image.width()).isEqualTo(400);
        assertThat(image.height()).isEqualTo(500);
    }

    @Test
    void generatesThePatternClassItIsAskedFor() {
        assertThat(FINGERPRINTS.finger(3, PatternClass.WHORL).pattern()).isEqualTo(PatternClass.WHORL);
        assertThat(FINGERPRINTS.finger(3, PatternClass.ARCH).pattern()).isEqualTo(PatternClass.ARCH);
    }

    @Test
    void rejectsImageSizesOutOfRange() {
        assertThatThrownBy(() -> new SyntheticFingerprints(100, 416, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntheticFingerprints(320, 5000, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsANegativeImpressionIndex() {
        SyntheticFinger finger = FINGERPRINTS.finger(1);

        assertThatThrownBy(() -> finger.impression(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double fractionDarkerThan(GrayImage image, int level) {
        int dark = 0;
        for (byte pixel : image.pixels()) {
            if ((pixel & 0xff) < level) {
                dark++;
            }
        }
        return (double) dark / image.pixels().length;
    }
}
