package mx.huella.engine.search;

import java.io.Serializable;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import mx.huella.engine.fingerprint.FingerPosition;

/**
 * One enrolled reference found by a search.
 *
 * @param reference the opaque reference it was enrolled under
 * @param fusedScore the sum of its per-finger exact scores
 * @param fingerScores the exact SourceAFIS score of each probe finger against its enrolled finger
 * @param faceDistance the euclidean distance between the probe's and the reference's face descriptors,
 *     NaN when no face was compared
 * @param falseMatchProbability the chance that a stranger reaches this evidence: for fingers, their fused
 *     score over as many fingers ({@link mx.huella.engine.fingerprint.ImpostorScoreModel}); with a face
 *     too, that combined with the face's own ({@link MultimodalFusion}). What candidates are ranked
 *     and decided by, so that candidates compared on different evidence rank fairly
 */
public record Candidate(
        String reference,
        double fusedScore,
        Map<FingerPosition, Double> fingerScores,
        double faceDistance,
        double falseMatchProbability)
        implements Serializable {
    /** Most convincing first: lowest chance of being a stranger, then highest score, then by reference. */
    public static final Comparator<Candidate> RANKING = Comparator.comparingDouble(Candidate::falseMatchProbability)
            .thenComparing(Comparator.comparingDouble(Candidate::fusedScore).reversed())
            .thenComparing(Candidate::reference);

    public Candidate {
        // In finger order, so that printed and serialized candidates read the same on every member.
        Map<FingerPosition, Double> ordered = new EnumMap<>(FingerPosition.class);
        ordered.putAll(fingerScores);
        fingerScores = Collections.unmodifiableMap(ordered);
    }

    /** A candidate found by its fingers alone. */
    public static Candidate ofFingers(
            String reference,
            double fusedScore,
            Map<FingerPosition, Double> fingerScores,
            double falseMatchProbability) {
        return new Candidate(reference, fusedScore, fingerScores, Double.NaN, falseMatchProbability);
    }

    /** Whether a face was compared. */
    public boolean hasFace() {
        return !Double.isNaN(faceDistance);
    }
}
