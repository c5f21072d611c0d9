package mx.huella.tools.synthetic;

import java.util.Locale;
import mx.huella.engine.fingerprint.GrayImage;

/**
 * {@code ./huella bench synthetic}: measures the synthetic generators on one thread, after a warm-up
 * round. Figures go to docs/benchmarks.md, never into assertions.
 */
public final class SyntheticGenerationBench {
    private static final int FINGERS = 40;
    private static final int IMPRESSIONS = 8;
    private static final int TEMPLATES = 500_000;

    private SyntheticGenerationBench() {}

    public static void main(String[] args) {
        SyntheticFingerprints fingerprints = new SyntheticFingerprints(1);
        SyntheticTemplates templates = new SyntheticTemplates(1);
        for (int round = 0; round < 2; round++) {
            String label = round == 0 ? "warm-up" : "measured";
            long checksum = 0;
            long masters = 0;
            long impressions = 0;
            for (int f = 0; f < FINGERS; f++) {
                long start = System.nanoTime();
                SyntheticFinger finger = fingerprints.finger(round * FINGERS + f);
                masters += System.nanoTime() - start;
                for (int i = 0; i < IMPRESSIONS; i++) {
                    start = System.nanoTime();
                    GrayImage image = finger.impression(i);
                    impressions += System.nanoTime() - start;
                    checksum += image.pixels()[image.pixels().length / 2];
                }
            }
            long start = System.nanoTime();
            for (int t = 0; t < TEMPLATES; t++) {
                checksum += templates.impression(round * TEMPLATES + t, t & 3).length;
            }
            long templateNanos = System.nanoTime() - start;
            System.out.printf(
                    Locale.ROOT,
                    "%s: master %.0f ms, impression %.1f ms, template %.1f us (%.0f per second) [%d]%n",
                    label,
                    masters / 1e6 / FINGERS,
                    impressions / 1e6 / (FINGERS * IMPRESSIONS),
                    templateNanos / 1e3 / TEMPLATES,
                    TEMPLATES / (templateNanos / 1e9),
                    checksum);
        }
    }
}
