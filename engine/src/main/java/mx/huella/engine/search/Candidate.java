package mx.huella.engine.search;

import java.util.Map;
import mx.huella.engine.fingerprint.FingerPosition;

/**
 * One enrolled reference found by a search.
 *
 * @param reference the opaque reference it was enrolled under
 * @param fusedScore the sum of its per-finger exact scores
 * @param fingerScores the exact SourceAFIS score of each probe finger against its enrolled finger
 */
public record Candidate(String reference, double fusedScore, Map<FingerPosition, Double> fingerScores) {
    public Candidate {
        fingerScores = Map.copyOf(fingerScores);
    }
}
