package mx.huella.engine.face;

import mx.huella.engine.fingerprint.FalseMatchRate;

/**
 * 1:1 face decisions: a claimant's descriptor against the enrolled one, matched when their distance
 * lies strictly below the threshold the {@link FaceImpostorModel} gives for the false-match rate asked.
 *
 * <p>Thread-safe and stateless apart from the model.
 */
public final class FaceVerification {
    private final FaceImpostorModel model;

    public FaceVerification(FaceImpostorModel model) {
        this.model = model;
    }

    /** With the shipped model, calibrated on the development faces (docs/face-thresholds.md). */
    public static FaceVerification calibrated() {
        return new FaceVerification(FaceImpostorModel.faces());
    }

    /**
     * The outcome of one comparison.
     *
     * @param match whether the distance is below the threshold
     * @param distance the euclidean distance between the descriptors
     * @param threshold the distance threshold for the rate asked
     * @param falseMatchProbability how likely so small a distance is between two different people
     * @param rate the false-match rate the threshold stands for
     */
    public record Decision(
            boolean match, double distance, double threshold, double falseMatchProbability, FalseMatchRate rate) {}

    public Decision verify(FaceDescriptor probe, FaceDescriptor enrolled, FalseMatchRate rate) {
        double distance = probe.distanceTo(enrolled);
        double threshold = model.threshold(rate.rate());
        return new Decision(distance < threshold, distance, threshold, model.falseMatchProbability(distance), rate);
    }
}
