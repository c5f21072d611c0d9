package mx.huella.enrollment;

import java.util.List;
import mx.huella.biometric.FaceReader;
import mx.huella.engine.face.DescribedFace;
import mx.huella.engine.face.FacePhotoException;
import mx.huella.engine.face.FacePhotoQuality;
import mx.huella.engine.face.FaceQualityReport;
import mx.huella.engine.face.RgbImage;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerprintQuality;
import mx.huella.engine.fingerprint.FingerprintTemplates;
import mx.huella.engine.fingerprint.GrayImage;
import mx.huella.engine.fingerprint.QualityReport;
import mx.huella.engine.fingerprint.TemplateInterchange;
import mx.huella.engine.fingerprint.decode.DecodedFingerprint;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException;
import mx.huella.engine.fingerprint.decode.FingerprintDecoder;
import org.springframework.stereotype.Component;

/** Reads uploaded samples (finger files, face photos) and judges them for enrollment. */
@Component
class SampleReader {
    private final FingerprintDecoder fingers = new FingerprintDecoder();
    private final FacePhotoQuality faceQuality = new FacePhotoQuality(FacePhotoQuality.Limits.enrollment());
    private final FaceReader faces;

    SampleReader(FaceReader faces) {
        this.faces = faces;
    }

    /** A finger file (PNG, JPEG, BMP, TIFF, WSQ or ANSI/NIST-ITL with one finger image). */
    CapturedSample finger(byte[] file) {
        List<DecodedFingerprint> decoded;
        try {
            decoded = fingers.decode(file);
        } catch (FingerprintDecodeException e) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.UNREADABLE_SAMPLE, e.reason() + ": " + e.getMessage());
        }
        if (decoded.size() != 1) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.UNREADABLE_SAMPLE,
                    "one finger image per capture, not " + decoded.size());
        }
        GrayImage image = decoded.get(0).image();
        EncodedTemplate template = FingerprintTemplates.extract(image);
        QualityReport quality = FingerprintQuality.assess(image, TemplateInterchange.minutiaeCount(template));
        return new CapturedSample(
                quality.score(),
                quality.reasons().stream().map(Enum::name).toList(),
                quality.score() >= FingerprintQuality.ACCEPTABLE,
                template,
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
