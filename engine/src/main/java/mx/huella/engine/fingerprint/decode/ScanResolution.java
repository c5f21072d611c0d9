package mx.huella.engine.fingerprint.decode;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A resolution and where it came from. Plain image formats are read leniently: a value outside 100 to 2000 dpi is
 * taken for the placeholder that image editors write (72 or 96 dpi) and replaced by the default. ANSI/NIST-ITL
 * records are read strictly, because the standard makes resolution mandatory and meaningful there.
 */
record ScanResolution(double dpi, boolean fromFile) {
    static final double MIN_DPI = 100;
    static final double MAX_DPI = 2000;
    static final double MM_PER_INCH = 25.4;

    static boolean isPlausible(double dpi) {
        return dpi >= MIN_DPI && dpi <= MAX_DPI;
    }

    static void requireValidDefault(double dpi) {
        if (!isPlausible(dpi)) {
            throw new IllegalArgumentException("default resolution must be 100 to 2000 dpi, got " + dpi);
        }
    }

    /** The file's value when plausible, else the default. */
    static ScanResolution lenient(OptionalDouble fromFile, double defaultDpi) {
        if (fromFile.isPresent() && isPlausible(fromFile.getAsDouble())) {
            return new ScanResolution(fromFile.getAsDouble(), true);
        }
        return new ScanResolution(defaultDpi, false);
    }

    /** The record's value, which must be plausible. */
    static ScanResolution strict(double dpi, String where) {
        if (!Double.isFinite(dpi)) {
            throw new FingerprintDecodeException(
                    FingerprintDecodeException.Reason.INVALID_RESOLUTION, where + " states no usable resolution");
        }
        if (!isPlausible(dpi)) {
            throw new FingerprintDecodeException(
                    FingerprintDecodeException.Reason.INVALID_RESOLUTION,
                    where + String.format(Locale.ROOT, " states %.2f dpi, outside 100 to 2000 dpi", dpi));
        }
        return new ScanResolution(dpi, true);
    }

    /**
     * Dots per inch from a metric density. Rounded to 0.01 dpi: the integer pixels-per-metre of PNG and BMP carry
     * about 0.03 dpi of precision, and rounding turns 19685 pixels per metre back into the 500 dpi it was meant as.
     */
    static double dpiFromPixelsPerMillimetre(double pixelsPerMillimetre) {
        return Math.round(pixelsPerMillimetre * MM_PER_INCH * 100) / 100.0;
    }
}
