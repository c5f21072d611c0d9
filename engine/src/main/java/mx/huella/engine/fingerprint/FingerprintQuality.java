package mx.huella.engine.fingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores an impression 0-100 with the reasons behind a low score, from cheap image statistics and,
 * when a template is at hand, its minutiae count.
 *
 * <p>Design note: the features are the classic, explainable ones of NFIQ 2.0 (NIST IR 8382: area,
 * local contrast, orientation certainty) computed on blocks of about 0.8 mm (16 pixels at
 * 500 dpi): a block belongs to the finger when its grey levels vary strongly, or faintly but with
 * a clear orientation; ridge-flow clarity is the coherence of the block's gradient structure tensor (Bazen
 * and Gerez, "Systematic methods for the computation of the directional fields and singular points
 * of fingerprints", IEEE TPAMI 2002), which is near 1 where ridges run parallel and falls on smudges,
 * scars and noise. Each feature maps linearly between a "useless" and a "good" level to 0..1; the
 * score is their weighted mean, scaled down further when the area is small. The levels are stated in physical units (mm², grey levels), not
 * tuned to one data set; {@code ./huella eval fingerprints} reports whether the score predicts
 * false non-matches on any set it is given.
 *
 * <p>Cost: one pass of Sobel gradients and block sums, about 1-3 ms for a 500 dpi image of
 * 400 x 400 pixels. Thread-safe (stateless).
 */
public final class FingerprintQuality {
    /** Scores below this should trigger another capture. */
    public static final int ACCEPTABLE = 40;

    private static final double BLOCK_MM = 16 * 25.4 / 500;
    private static final double FAINT_BLOCK_SPREAD = 6;
    private static final double FAINT_BLOCK_COHERENCE = 0.2;
    private static final double STRONG_BLOCK_SPREAD = 20;
    private static final double AREA_USELESS_MM2 = 40;
    private static final double AREA_GOOD_MM2 = 180;
    private static final double CONTRAST_USELESS = 8;
    private static final double CONTRAST_GOOD = 40;
    private static final double COHERENCE_USELESS = 0.25;
    private static final double COHERENCE_GOOD = 0.7;
    private static final int MINUTIAE_USELESS = 8;
    private static final int MINUTIAE_GOOD = 35;

    private FingerprintQuality() {}

    /** Quality from the image alone. */
    public static QualityReport assess(GrayImage image) {
        return assess(image, -1);
    }

    /**
     * Quality from the image and the number of minutiae its template holds.
     *
     * @param minutiae minutiae count, or -1 if unknown
     */
    public static QualityReport assess(GrayImage image, int minutiae) {
        BlockStatistics blocks =
                BlockStatistics.of(image, Math.max(4, (int) Math.round(BLOCK_MM / 25.4 * image.dpi())));
        double blockMm2 = Math.pow(blocks.blockSize() * 25.4 / image.dpi(), 2);
        int foreground = 0;
        double spreadSum = 0;
        double coherenceSum = 0;
        for (int i = 0; i < blocks.count(); i++) {
            if (isFinger(blocks.spread(i), blocks.coherence(i))) {
                foreground++;
                spreadSum += blocks.spread(i);
                coherenceSum += blocks.coherence(i);
            }
        }
        double areaMm2 = foreground * blockMm2;
        double contrast = foreground == 0 ? 0 : spreadSum / foreground;
        double coherence = foreground == 0 ? 0 : coherenceSum / foreground;
        return score(areaMm2, contrast, coherence, minutiae);
    }

    /**
     * A block shows finger when its grey levels vary strongly, or vary a little in a clearly
     * oriented way (faint ridges); a flat or weakly varying unoriented block is background.
     */
    private static boolean isFinger(double spread, double coherence) {
        return spread >= STRONG_BLOCK_SPREAD || (spread >= FAINT_BLOCK_SPREAD && coherence >= FAINT_BLOCK_COHERENCE);
    }

    static QualityReport score(double areaMm2, double contrast, double coherence, int minutiae) {
        double area = level(areaMm2, AREA_USELESS_MM2, AREA_GOOD_MM2);
        double spread = level(contrast, CONTRAST_USELESS, CONTRAST_GOOD);
        double flow = level(coherence, COHERENCE_USELESS, COHERENCE_GOOD);
        double detail = minutiae < 0 ? Double.NaN : level(minutiae, MINUTIAE_USELESS, MINUTIAE_GOOD);
        double weighted = Double.isNaN(detail)
                ? (0.35 * area + 0.25 * spread + 0.4 * flow)
                : (0.3 * area + 0.15 * spread + 0.3 * flow + 0.25 * detail);
        // Too little finger spoils everything else, so area also scales the whole score.
        int score = (int) Math.round(100 * weighted * (0.5 + 0.5 * area));
        List<QualityReason> reasons = new ArrayList<>();
        if (areaMm2 < AREA_USELESS_MM2 / 2) {
            reasons.add(QualityReason.NO_FINGERPRINT);
            score = Math.min(score, 10);
        } else {
            addIfWeak(reasons, area, QualityReason.SMALL_AREA);
            addIfWeak(reasons, flow, QualityReason.UNCLEAR_RIDGE_FLOW);
            addIfWeak(reasons, spread, QualityReason.LOW_CONTRAST);
            if (!Double.isNaN(detail)) {
                addIfWeak(reasons, detail, QualityReason.FEW_MINUTIAE);
            }
        }
        return new QualityReport(score, reasons, areaMm2, contrast, coherence, minutiae);
    }

    private static void addIfWeak(List<QualityReason> reasons, double level, QualityReason reason) {
        if (level < 0.5) {
            reasons.add(reason);
        }
    }

    private static double level(double value, double useless, double good) {
        return Math.max(0, Math.min(1, (value - useless) / (good - useless)));
    }
}
