package mx.huella.engine.fingerprint.decode;

import java.util.List;
import java.util.Objects;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.GrayImage;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;

/**
 * Decodes fingerprint files from outside the system (operators' uploads, capture stations, other agencies) into
 * 8-bit grey images with their resolution and, for ANSI/NIST-ITL transactions, their finger position.
 *
 * <p>Formats are recognised by their leading bytes: PNG, JPEG, BMP and TIFF (through the JDK's ImageIO), WSQ and
 * ANSI/NIST-ITL 1 traditional encoding (through JNBIS 2.1), with Type-4 and Type-14 finger records holding
 * uncompressed, WSQ, baseline JPEG or PNG images. Colour is reduced to luminance, deeper samples to 8 bits, and
 * transparency is composited over white.
 *
 * <p>Hostile input is expected. Every file is bounded by {@link DecodeLimits} before a pixel is decoded: size, the
 * dimensions its own headers declare, every length a container declares against the bytes present, and the number
 * of impressions. Every failure is a {@link FingerprintDecodeException} with a {@link Reason}; third-party decoder
 * failures are mapped to one, never passed through.
 *
 * <p>Resolution: a plain image's stated resolution (PNG pHYs, JFIF density, BMP pixels per metre, TIFF XResolution,
 * WSQ NISTCOM PPI) is used when it lies within 100 to 2000 dpi; otherwise, as with the 72 or 96 dpi that image
 * editors write, the default applies and {@link DecodedFingerprint#resolutionFromFile()} is false. In ANSI/NIST-ITL
 * records resolution is mandatory, and an implausible value is refused with {@link Reason#INVALID_RESOLUTION}.
 *
 * <p>Immutable and thread-safe; ANSI/NIST-ITL record parsing is serialised on one lock inside, pixel decoding is not.
 * Cost grows with the pixel count. For a 500 dpi finger of about 400 x 400 pixels, expect about a millisecond for
 * uncompressed TIFF or PNG and about ten for WSQ, on one core once warm. Memory stays within a small multiple of
 * {@link DecodeLimits#maxPixels()} (see {@link DecodeLimits}).
 */
public final class FingerprintDecoder {
    private final DecodeLimits limits;

    /** A decoder with {@link DecodeLimits#defaults()}. */
    public FingerprintDecoder() {
        this(DecodeLimits.defaults());
    }

    public FingerprintDecoder(DecodeLimits limits) {
        this.limits = Objects.requireNonNull(limits);
    }

    /** The bounds this decoder enforces. */
    public DecodeLimits limits() {
        return limits;
    }

    /**
     * Decodes a file, assuming {@link DecodeLimits#defaultDpi()} where a plain image states no resolution.
     *
     * @return one element for a plain image; one per Type-4 or Type-14 record, in transaction order, for ANSI/NIST-ITL
     * @throws FingerprintDecodeException when the file cannot be decoded within the limits
     * @throws NullPointerException when {@code data} is null
     */
    public List<DecodedFingerprint> decode(byte[] data) {
        return decode(data, limits.defaultDpi());
    }

    /**
     * Decodes a file, assuming {@code defaultDpi} where a plain image (or a Type-14 record without scale units) states
     * no resolution. The array is only read, and the returned images never share it.
     *
     * @param defaultDpi 100 to 2000 dots per inch
     * @throws FingerprintDecodeException when the file cannot be decoded within the limits
     * @throws IllegalArgumentException (not a FingerprintDecodeException) when {@code defaultDpi} is out of range
     * @throws NullPointerException when {@code data} is null
     */
    public List<DecodedFingerprint> decode(byte[] data, double defaultDpi) {
        Objects.requireNonNull(data, "data");
        ScanResolution.requireValidDefault(defaultDpi);
        if (data.length == 0) {
            throw new FingerprintDecodeException(Reason.EMPTY, "the file is empty");
        }
        if (data.length > limits.maxInputBytes()) {
            throw new FingerprintDecodeException(
                    Reason.TOO_LARGE,
                    "the file has " + data.length + " bytes, more than the limit of " + limits.maxInputBytes());
        }
        ImageFormat format = MagicBytes.detect(data);
        if (format == ImageFormat.ANSI_NIST) {
            return AnsiNistDecoder.decode(data, limits, defaultDpi);
        }
        GrayPixels decoded = SingleImageDecoder.decode(data, format, limits);
        var resolution = ScanResolution.lenient(decoded.dpi(), defaultDpi);
        var image = new GrayImage(decoded.width(), decoded.height(), resolution.dpi(), decoded.pixels());
        return List.of(new DecodedFingerprint(image, FingerPosition.UNKNOWN, format, resolution.fromFile()));
    }
}
