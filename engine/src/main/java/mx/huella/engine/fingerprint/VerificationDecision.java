package mx.huella.engine.fingerprint;

import java.util.List;

/**
 * The outcome of comparing one or more fingers of a claimant with their enrolled templates.
 *
 * @param match whether the fused score reaches the threshold
 * @param fusedScore the sum of the per-finger scores
 * @param threshold the threshold applied, for the number of fingers compared and the rate asked
 * @param fingerScores the score of each finger compared, in the order given
 * @param rate the false-match rate the threshold stands for
 */
public record VerificationDecision(
        boolean match, double fusedScore, double threshold, List<Double> fingerScores, FalseMatchRate rate) {
    public VerificationDecision {
        fingerScores = List.copyOf(fingerScores);
    }
}
