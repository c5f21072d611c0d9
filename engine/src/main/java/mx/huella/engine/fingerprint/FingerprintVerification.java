package mx.huella.engine.fingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * 1:1 decisions: one or more fingers of a claimant against the same fingers enrolled, fused by
 * summing scores and judged at a calibrated {@link MatchThresholds threshold} for the false-match
 * rate asked. Summing lets a strong finger carry a weaker one, which beats requiring every finger
 * to pass on its own (Ross and Jain, "Information fusion in biometrics", Pattern Recognition
 * Letters 2003).
 *
 * <p>Thread-safe and stateless.
 */
public final class FingerprintVerification {
    private FingerprintVerification() {}

    /** One finger of the claimant and the template enrolled for the same finger position. */
    public record FingerPair(EncodedTemplate probe, EncodedTemplate enrolled) {}

    /**
     * @param pairs 1 to 4 fingers
     * @throws IllegalArgumentException for no fingers or more than 4
     */
    public static VerificationDecision verify(List<FingerPair> pairs, FalseMatchRate rate) {
        if (pairs.isEmpty() || pairs.size() > 4) {
            throw new IllegalArgumentException("verification compares 1 to 4 fingers, not " + pairs.size());
        }
        List<Double> scores = new ArrayList<>();
        for (FingerPair pair : pairs) {
            scores.add(FingerprintTemplates.score(pair.probe(), pair.enrolled()));
        }
        return decide(scores, rate);
    }

    /** The decision for per-finger scores already computed. */
    public static VerificationDecision decide(List<Double> scores, FalseMatchRate rate) {
        double sum = scores.stream().mapToDouble(Double::doubleValue).sum();
        double threshold = MatchThresholds.sumOf(scores.size(), rate);
        return new VerificationDecision(sum >= threshold, sum, threshold, scores, rate);
    }
}
