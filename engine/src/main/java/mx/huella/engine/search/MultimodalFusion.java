package mx.huella.engine.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.huella.engine.face.FaceGallery;
import mx.huella.engine.face.FaceImpostorModel;

/**
 * Adds the face to the fingerprint evidence of a search: one more modality in the same decision.
 *
 * <p>Each modality says how likely its evidence is for a stranger (a false-match probability: the
 * fingers' fused score from {@link mx.huella.engine.fingerprint.ImpostorScoreModel}, the face's
 * distance from {@link FaceImpostorModel}). Fingers and face of two different people are independent,
 * so the probabilities are combined with Fisher's method: with S = -sum(ln p_i) over k modalities,
 * P = e^-S * sum_{i &lt; k} S^i / i!, the chance that k independent strangers' probabilities multiply
 * to so little. A candidate found by one modality only keeps that modality's probability: a missing
 * face is no evidence either way. Candidates are then ranked and decided as in {@link Identification#decide}.
 */
public final class MultimodalFusion {
    private static final double FLOOR = 1e-300;

    private MultimodalFusion() {}

    /** Fisher's combination of independent false-match probabilities. */
    public static double combine(double... probabilities) {
        if (probabilities.length == 0) {
            throw new IllegalArgumentException("nothing to combine");
        }
        double s = 0;
        for (double p : probabilities) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("not a probability: " + p);
            }
            s -= Math.log(Math.max(FLOOR, p));
        }
        double term = 1;
        double sum = 1;
        for (int i = 1; i < probabilities.length; i++) {
            term *= s / i;
            sum += term;
        }
        return Math.min(1, Math.exp(-s) * sum);
    }

    /**
     * Joins the face matches of the same search to the fingerprint candidates and decides.
     *
     * @param fingerprints the fingerprint search (possibly merged from cluster members)
     * @param faces the nearest enrolled faces to the probe's face
     * @param faceGallerySize how many faces were searched, for the number of comparisons the decision accounts for
     * @param model how likely a face distance is for a stranger
     */
    public static Identification decide(
            List<PartialSearch> fingerprints,
            List<FaceGallery.Match> faces,
            int faceGallerySize,
            FaceImpostorModel model,
            SearchOptions options) {
        Map<String, Candidate> byReference = new HashMap<>();
        long comparisons = 0;
        int scored = 0;
        for (PartialSearch part : fingerprints) {
            part.candidates().forEach(c -> byReference.put(c.reference(), c));
            comparisons += part.comparisons();
            scored += part.scored();
        }
        for (FaceGallery.Match face : faces) {
            double faceProbability = model.falseMatchProbability(face.distance());
            Candidate fingers = byReference.get(face.reference());
            byReference.put(
                    face.reference(),
                    fingers == null
                            ? new Candidate(face.reference(), 0, Map.of(), face.distance(), faceProbability)
                            : new Candidate(
                                    fingers.reference(),
                                    fingers.fusedScore(),
                                    fingers.fingerScores(),
                                    face.distance(),
                                    combine(fingers.falseMatchProbability(), faceProbability)));
        }
        List<Candidate> merged = new ArrayList<>(byReference.values());
        return Identification.decide(
                List.of(new PartialSearch(merged, Math.max(comparisons, faceGallerySize), scored)), options);
    }
}
