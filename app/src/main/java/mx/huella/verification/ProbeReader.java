package mx.huella.verification;

import java.util.EnumMap;
import java.util.Map;
import mx.huella.biometric.FaceReader;
import mx.huella.biometric.FingerReader;
import mx.huella.engine.face.DescribedFace;
import mx.huella.engine.face.FaceDescriptor;
import mx.huella.engine.face.FacePhotoException;
import mx.huella.engine.face.RgbImage;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException;
import org.springframework.stereotype.Component;

/**
 * The finger files and face photo of a verification, read by the biometric module into templates;
 * the files are not kept.
 */
@Component
class ProbeReader {
    static final int MAX_FINGERS = 4;
    private final FingerReader fingers;
    private final FaceReader faces;

    ProbeReader(FingerReader fingers, FaceReader faces) {
        this.fingers = fingers;
        this.faces = faces;
    }

    Map<FingerPosition, EncodedTemplate> fingers(Map<Integer, byte[]> files) {
        if (files.isEmpty()) {
            throw new VerificationException(VerificationException.Problem.NO_FINGERS, "at least one finger is needed");
        }
        return fingersIfAny(files);
    }

    /** The fingers' templates; none for no files (a verification by face alone). */
    Map<FingerPosition, EncodedTemplate> fingersIfAny(Map<Integer, byte[]> files) {
        if (files.size() > MAX_FINGERS) {
            throw new VerificationException(
                    VerificationException.Problem.NO_FINGERS, "at most " + MAX_FINGERS + " fingers per verification");
        }
        Map<FingerPosition, EncodedTemplate> templates = new EnumMap<>(FingerPosition.class);
        files.forEach((code, file) -> {
            FingerPosition position = FingerPosition.fromCode(code)
                    .filter(FingerPosition::isSingleFinger)
                    .orElseThrow(() -> new VerificationException(
                            VerificationException.Problem.NOT_A_FINGER, "finger positions are ISO codes 1 to 10"));
            try {
                templates.put(position, fingers.read(file).template());
            } catch (FingerprintDecodeException e) {
                throw new VerificationException(VerificationException.Problem.UNREADABLE_SAMPLE, e.reason() + "");
            } catch (FingerReader.NotOneFinger e) {
                throw new VerificationException(
                        VerificationException.Problem.UNREADABLE_SAMPLE,
                        "one finger image per file, not " + e.images());
            }
        });
        return templates;
    }

    /** The descriptor of the largest face in a photo (PNG or JPEG). */
    FaceDescriptor face(byte[] photo) {
        RgbImage image;
        try {
            image = faces.decode(photo);
        } catch (FacePhotoException e) {
            throw new VerificationException(VerificationException.Problem.UNREADABLE_SAMPLE, e.reason() + "");
        }
        return faces.describeLargest(image)
                .map(DescribedFace::descriptor)
                .orElseThrow(() -> new VerificationException(
                        VerificationException.Problem.UNREADABLE_SAMPLE, "no face in the photo"));
    }
}
