package mx.huella.enrollment;

import java.util.List;
import mx.huella.biometric.FaceReader;
import mx.huella.biometric.FingerReader;
import mx.huella.engine.face.DescribedFace;
import mx.huella.engine.face.FacePhotoException;
import mx.huella.engine.face.FacePhotoQuality;
import mx.huella.engine.face.FaceQualityReport;
import mx.huella.engine.face.RgbImage;
import mx.huella.engine.fingerprint.FingerprintQuality;
import mx.huella.engine.fingerprint.QualityReport;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException;
import org.springframework.stereotype.Component;

/** Judges uploaded samples (finger files, face photos), read by the biometric module, for enrollment. */
@Component
class SampleReader {
    private final FacePhotoQuality faceQuality = new FacePhotoQuality(FacePhotoQuality.Limits.enrollment());
    private final FingerReader fingers;
    private final FaceReader faces;

    SampleReader(FingerReader fingers, FaceReader faces) {
        this.fingers = fingers;
        this.faces = faces;
    }

    /** A finger file (PNG, JPEG, BMP, TIFF, WSQ or ANSI/NIST-ITL with one finger image). */
    CapturedSample finger(byte[] file) {
        FingerReader.ReadFinger finger;
        try {
            finger = fingers.read(file);
        } catch (FingerprintDecodeException e) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.UNREADABLE_SAMPLE, e.reason() + ": " + e.getMessage());
        } catch (FingerReader.NotOneFinger e) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.UNREADABLE_SAMPLE, "one finger image per capture, not " + e.images());
        }
        QualityReport quality = finger.quality();
        return new CapturedSample(
                quality.score(),
                quality.reasons().stream().map(Enum::name).toList(),
                quality.score() >= FingerprintQuality.ACCEPTABLE,
                finger.template(),
                null);
    }

    /** A face photo (PNG or JPEG). */
    CapturedSample face(byte[] file) {
        RgbImage photo;
        try {
            photo = faces.decode(file);
        } catch (FacePhotoException e) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.UNREADABLE_SAMPLE, e.reason() + ": " + e.getMessage());
        }
        List<DescribedFace> found = faces.describeAll(photo);
        FaceQualityReport report = faceQuality.assess(photo, found);
        // A score for the operator's progress view: all checks passed, or how many failed.
        int score = report.acceptable()
                ? 100
                : Math.max(0, 100 - 25 * report.issues().size());
        return new CapturedSample(
                score,
                report.issues().stream().map(Enum::name).toList(),
                report.acceptable(),
                null,
                report.face().map(DescribedFace::descriptor).orElse(null));
    }
}
