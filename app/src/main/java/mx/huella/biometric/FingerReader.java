package mx.huella.biometric;

import java.util.List;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerprintQuality;
import mx.huella.engine.fingerprint.FingerprintTemplates;
import mx.huella.engine.fingerprint.GrayImage;
import mx.huella.engine.fingerprint.QualityReport;
import mx.huella.engine.fingerprint.TemplateInterchange;
import mx.huella.engine.fingerprint.decode.DecodedFingerprint;
import mx.huella.engine.fingerprint.decode.FingerprintDecoder;
import org.springframework.stereotype.Component;

/**
 * Finger files to SourceAFIS templates, for every module that reads fingers (enrollment,
 * verification): the app's one way to the engine's decoders and extraction. Extractions wait for a
 * free core (see {@link ExtractionSlots}); decoding does not. Thread-safe.
 */
@Component
public class FingerReader {
    private final FingerprintDecoder decoder = new FingerprintDecoder();
    private final ExtractionSlots slots;

    FingerReader(ExtractionSlots slots) {
        this.slots = slots;
    }

    /** The one finger image of a file, and its template. */
    public record ReadFinger(GrayImage image, EncodedTemplate template) {
        /** The image's quality (0 to 100) and what lowered it, judged with the template's minutiae. */
        public QualityReport quality() {
            return FingerprintQuality.assess(image, TemplateInterchange.minutiaeCount(template));
        }
    }

    /** A file that decoded to no finger image or to several, where one was expected. */
    public static final class NotOneFinger extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int images;

        NotOneFinger(int images) {
            super("one finger image per file, not " + images);
            this.images = images;
        }

        /** How many finger images the file holds. */
        public int images() {
            return images;
        }
    }

    /**
     * Reads a file of one finger (PNG, JPEG, BMP, TIFF, WSQ or ANSI/NIST-ITL with one finger image) and
     * extracts its template.
     *
     * @throws mx.huella.engine.fingerprint.decode.FingerprintDecodeException when the file cannot be decoded
     * @throws NotOneFinger when it holds no finger image or more than one
     */
    public ReadFinger read(byte[] file) {
        List<DecodedFingerprint> decoded = decode(file);
        if (decoded.size() != 1) {
            throw new NotOneFinger(decoded.size());
        }
        GrayImage image = decoded.get(0).image();
        return new ReadFinger(image, extract(image));
    }

    /**
     * The finger images of a file, decoded and not extracted (to be shown, for example).
     *
     * @throws mx.huella.engine.fingerprint.decode.FingerprintDecodeException when the file cannot be decoded
     */
    public List<DecodedFingerprint> decode(byte[] file) {
        return decoder.decode(file);
    }

    /** The template of a finger image at its resolution, once a core is free. */
    public EncodedTemplate extract(GrayImage image) {
        return slots.run(() -> FingerprintTemplates.extract(image));
    }
}
