package mx.huella.engine.fingerprint;

import java.util.List;

/**
 * How usable one impression is for matching.
 *
 * @param score 0 (unusable) to 100 (excellent); below {@link FingerprintQuality#ACCEPTABLE} enrollment
 *     should ask for another capture
 * @param reasons what pulled the score down, most important first; empty for a good impression
 * @param foregroundMm2 area of the image that holds ridges, in square millimetres
 * @param contrast mean grey-level standard deviation within ridge blocks, 0 to 128
 * @param coherence mean ridge-flow coherence within ridge blocks, 0 (chaotic) to 1 (parallel ridges)
 * @param minutiae minutiae in the template, or -1 when no template was given
 */
public record QualityReport(
        int score, List<QualityReason> reasons, double foregroundMm2, double contrast, double coherence, int minutiae) {
    public QualityReport {
        reasons = List.copyOf(reasons);
    }
}
