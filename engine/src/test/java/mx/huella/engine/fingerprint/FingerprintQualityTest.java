package mx.huella.engine.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FingerprintQualityTest {
    private static final int SIZE = 320;

    @Test
    void aBlankImageHoldsNoFingerprint() {
        QualityReport report = FingerprintQuality.assess(image((x, y) -> 200));

        assertThat(report.reasons()).containsExactly(QualityReason.NO_FINGERPRINT);
        assertThat(report.score()).isLessThanOrEqualTo(10);
    }

    @Test
    void clearParallelRidgesOverTheWholeImageScoreWell() {
        QualityReport report = FingerprintQuality.assess(image(FingerprintQualityTest::ridges), 40);

        assertThat(report.coherence()).isGreaterThan(0.9);
        assertThat(report.reasons()).isEmpty();
        assertThat(report.score()).isGreaterThanOrEqualTo(90);
    }

    @Test
    void noiseHasNoClearRidgeFlow() {
        Random random = new Random(1);
        QualityReport report = FingerprintQuality.assess(image((x, y) -> random.nextInt(256)));

        assertThat(report.reasons()).contains(QualityReason.UNCLEAR_RIDGE_FLOW);
        assertThat(report.score()).isLessThan(FingerprintQuality.ACCEPTABLE + 30);
    }

    @Test
    void aSmallPatchOfRidgesIsTooSmallAndFewMinutiaeAreNamed() {
        QualityReport report = FingerprintQuality.assess(image((x, y) -> x < 100 && y < 100 ? ridges(x, y) : 210), 5);

        assertThat(report.reasons()).contains(QualityReason.SMALL_AREA, QualityReason.FEW_MINUTIAE);
        assertThat(report.score()).isLessThan(FingerprintQuality.ACCEPTABLE);
    }

    @Test
    void faintRidgesHaveLowContrast() {
        QualityReport report = FingerprintQuality.assess(image((x, y) -> 128 + (ridges(x, y) - 128) / 8));

        assertThat(report.reasons()).contains(QualityReason.LOW_CONTRAST);
    }

    private static int ridges(int x, int y) {
        return (int) Math.round(128 + 100 * Math.sin(2 * Math.PI * (x * 0.8 + y * 0.6) / 9));
    }

    private static GrayImage image(java.util.function.IntBinaryOperator grey) {
        byte[] pixels = new byte[SIZE * SIZE];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                pixels[y * SIZE + x] = (byte) Math.max(0, Math.min(255, grey.applyAsInt(x, y)));
            }
        }
        return new GrayImage(SIZE, SIZE, 500, pixels);
    }
}
