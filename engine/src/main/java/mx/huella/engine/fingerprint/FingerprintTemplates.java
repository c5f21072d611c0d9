package mx.huella.engine.fingerprint;

import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;

/**
 * Extracts SourceAFIS templates from fingerprint images and scores pairs of them.
 *
 * <p>Scores are SourceAFIS similarity scores: 0 means no similarity, higher means more alike, and
 * SourceAFIS documents 40 as corresponding to a false-match rate of about 0.01 %. Thresholds for
 * decisions must come from measured impostor distributions, not from this constant.
 *
 * <p>Thread-safe and stateless. Extraction costs tens of milliseconds per image; a comparison costs
 * about a tenth of a millisecond.
 */
public final class FingerprintTemplates {
    /** Largest image accepted, in bytes: a 500 dpi ten-print card scan is well below this. */
    public static final int MAX_IMAGE_BYTES = 16 * 1024 * 1024;

    private FingerprintTemplates() {}

    /**
     * Extracts a template from an encoded image (PNG, JPEG, BMP and the other formats SourceAFIS
     * decodes).
     *
     * @param image encoded image bytes, at most {@link #MAX_IMAGE_BYTES}
     * @param dpi the scan resolution in dots per inch, 100 to 2000
     * @return the template in SourceAFIS's serialized form
     * @throws IllegalArgumentException when the image is empty, too large, undecodable, or the
     *     resolution is out of range
     */
    public static byte[] extract(byte[] image, double dpi) {
        if (image.length == 0 || image.length > MAX_IMAGE_BYTES) {
            throw new IllegalArgumentException("fingerprint image must hold 1 to " + MAX_IMAGE_BYTES + " bytes");
        }
        if (dpi < 100 || dpi > 2000) {
            throw new IllegalArgumentException("fingerprint resolution must be 100 to 2000 dpi");
        }
        FingerprintImage decoded;
        try {
            decoded = new FingerprintImage(image, new FingerprintImageOptions().dpi(dpi));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("fingerprint image could not be decoded", e);
        }
        return new FingerprintTemplate(decoded).toByteArray();
    }

    /**
     * Scores how alike two templates are.
     *
     * @param probe serialized template of the sample being checked
     * @param candidate serialized template it is compared with
     * @return the SourceAFIS similarity score, 0 or more
     * @throws IllegalArgumentException when either template cannot be deserialized
     */
    public static double score(byte[] probe, byte[] candidate) {
        return new FingerprintMatcher(deserialize(probe)).match(deserialize(candidate));
    }

    private static FingerprintTemplate deserialize(byte[] template) {
        try {
            return new FingerprintTemplate(template);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("fingerprint template could not be read", e);
        }
    }
}
