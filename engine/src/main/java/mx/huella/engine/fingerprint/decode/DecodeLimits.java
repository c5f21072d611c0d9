package mx.huella.engine.fingerprint.decode;

/**
 * The bounds {@link FingerprintDecoder} enforces before it decodes any pixel, so that a hostile file is refused
 * cheaply instead of exhausting memory or time.
 *
 * <p>Memory during one decode stays within a small multiple of {@code maxPixels}: up to 8 bytes per pixel for a
 * 16-bit colour image with alpha, about 13 for WSQ (JNBIS keeps integer, float and byte planes).
 *
 * @param maxInputBytes largest accepted file, in bytes; at least 1
 * @param maxPixels largest accepted image, width times height, per image; 1 to {@value #PIXEL_CEILING}
 * @param maxImpressions most finger images accepted from one ANSI/NIST-ITL transaction; at least 1
 * @param defaultDpi resolution assumed when a plain image states none, 100 to 2000 dots per inch
 */
public record DecodeLimits(int maxInputBytes, int maxPixels, int maxImpressions, double defaultDpi) {
    /** A ceiling on {@code maxPixels}: beyond it, per-pixel buffers of the decoders would not fit a Java array. */
    public static final int PIXEL_CEILING = 100_000_000;

    public DecodeLimits {
        if (maxInputBytes < 1) {
            throw new IllegalArgumentException("maxInputBytes must be at least 1, got " + maxInputBytes);
        }
        if (maxPixels < 1 || maxPixels > PIXEL_CEILING) {
            throw new IllegalArgumentException("maxPixels must be 1 to " + PIXEL_CEILING + ", got " + maxPixels);
        }
        if (maxImpressions < 1) {
            throw new IllegalArgumentException("maxImpressions must be at least 1, got " + maxImpressions);
        }
        ScanResolution.requireValidDefault(defaultDpi);
    }

    /** 16 MiB per file, 4,000,000 pixels (2000 x 2000) per image, 40 impressions, 500 dpi. */
    public static DecodeLimits defaults() {
        return new DecodeLimits(16 * 1024 * 1024, 4_000_000, 40, 500);
    }
}
