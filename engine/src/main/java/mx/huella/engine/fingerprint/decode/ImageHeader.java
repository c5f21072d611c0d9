package mx.huella.engine.fingerprint.decode;

import java.util.OptionalDouble;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;

/**
 * What a container walk learned before any pixel is decoded: the declared size and, when the file states one, the
 * resolution in dots per inch.
 */
record ImageHeader(int width, int height, OptionalDouble dpi) {
    /** Refuses empty or oversized images; call it as soon as the dimensions are known, before any other check. */
    static void requireSize(ImageFormat format, long width, long height, DecodeLimits limits) {
        if (width < 1 || height < 1) {
            throw new FingerprintDecodeException(
                    Reason.CORRUPT, format + " header declares a " + width + " x " + height + " image");
        }
        if (width * height > limits.maxPixels()) {
            throw new FingerprintDecodeException(
                    Reason.TOO_MANY_PIXELS,
                    format + " header declares " + width + " x " + height + " pixels, more than the limit of "
                            + limits.maxPixels());
        }
    }
}
