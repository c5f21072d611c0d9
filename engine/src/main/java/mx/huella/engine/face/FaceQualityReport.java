package mx.huella.engine.face;

import java.util.List;
import java.util.Optional;

/**
 * Whether a photo can enroll a face, why not, and what was measured (NaN where nothing could be).
 *
 * @param issues empty when acceptable; otherwise every reason found, most basic first
 * @param face the face measured, when exactly one was found
 * @param eyeDistance pixels between the eye centres
 * @param yaw left-right turn, -1 to 1 (0 frontal): how far the nose tip sits from the middle of the jaw line
 * @param pitch up-down tilt, as the nose tip's height between the eye line and the chin (about 0.4 frontal)
 * @param rollDegrees the eye line's angle from horizontal
 * @param meanLuminance mean luma (0 to 255) over the face box
 * @param clippedShare share of face-box pixels at black or white (luma at most 8 or at least 247)
 * @param sharpness variance of the Laplacian of the face, resampled to a fixed size so that it does not depend on resolution
 */
public record FaceQualityReport(
        List<FaceQualityIssue> issues,
        Optional<DescribedFace> face,
        double eyeDistance,
        double yaw,
        double pitch,
        double rollDegrees,
        double meanLuminance,
        double clippedShare,
        double sharpness) {
    public FaceQualityReport {
        issues = List.copyOf(issues);
    }

    public boolean acceptable() {
        return issues.isEmpty();
    }
}
