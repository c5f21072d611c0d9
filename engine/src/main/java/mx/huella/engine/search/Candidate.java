package mx.huella.engine.search;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Map;
import mx.huella.engine.fingerprint.FingerPosition;

/**
 * One enrolled reference found by a search.
 *
 * @param reference the opaque reference it was enrolled under
 * @param fusedScore the sum of its per-finger exact scores
 * @param fingerScores the exact SourceAFIS score of each probe finger against its enrolled finger
 * @param falseMatchProbability the chance that a stranger's fingers reach this fused score over as many
 *     fingers ({@link mx.huella.engine.fingerprint.ImpostorScoreModel}); what candidates are ranked
 *     and decided by, so that candidates compared on different numbers of fingers rank fairly
 */
public record Candidate(
        String reference, double fusedScore, Map<FingerPosition, Double> fingerScores, double falseMatchProbability)
        implements Serializable {
    /** Most convincing first: lowest chance of being a stranger, then highest score, then by reference. */
    public static final Comparator<Candidate> RANKING = Comparator.comparingDouble(Candidate::falseMatchProbability)
            .thenComparing(Comparator.comparingDouble(Candidate::fusedScore).reversed())
            .thenComparing(Candidate::reference);

    public Candidate {
        fingerScores = Map.copyOf(fingerScores);
    }
}
