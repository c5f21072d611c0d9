package mx.huella.engine.fingerprint.decode;

import java.util.Objects;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.GrayImage;

/**
 * One finger image out of an uploaded file.
 *
 * @param image the 8-bit greyscale pixels and their resolution
 * @param position the finger, from the ANSI/NIST-ITL FGP field (the first listed, for Type-14); plain-thumb codes 11
 *     and 12 map to {@link FingerPosition#RIGHT_THUMB} and {@link FingerPosition#LEFT_THUMB};
 *     {@link FingerPosition#UNKNOWN} for plain images and for codes this enum has no constant for
 * @param format the format of the file (for a transaction, {@link ImageFormat#ANSI_NIST}, whatever the record's
 *     compression)
 * @param resolutionFromFile whether {@code image.dpi()} was stated by the file; {@code false} when the decoder's
 *     default was used
 */
public record DecodedFingerprint(
        GrayImage image, FingerPosition position, ImageFormat format, boolean resolutionFromFile) {
    public DecodedFingerprint {
        Objects.requireNonNull(image);
        Objects.requireNonNull(position);
        Objects.requireNonNull(format);
    }
}
