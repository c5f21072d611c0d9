package mx.huella.engine.fingerprint.decode;

import java.util.Arrays;
import java.util.OptionalDouble;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;

/**
 * Walks the marker segments of a JPEG file (ISO/IEC 10918-1, annex B) from SOI to EOI: the first SOF gives the size,
 * a JFIF APP0 segment the density, and reaching EOI proves the file complete.
 *
 * <p>Scans are counted because each one makes a progressive decoder pass over the whole coefficient buffer: a file of
 * thousands of tiny scans is a known way to make a small JPEG cost minutes. Ordinary progressive files use about ten.
 */
final class JpegSegments {
    static final int MAX_SCANS = 100;
    private static final int SOS = 0xda;
    private static final int EOI = 0xd9;
    private static final int APP0 = 0xe0;
    private static final int DNL = 0xdc;
    private static final byte[] JFIF = {'J', 'F', 'I', 'F', 0};

    private final byte[] data;
    private final ByteCursor cursor;
    private final DecodeLimits limits;
    private int width;
    private int height;
    private int scans;
    private OptionalDouble dpi = OptionalDouble.empty();

    private JpegSegments(byte[] data, DecodeLimits limits) {
        this.data = data;
        this.cursor = new ByteCursor(data, 2, "JPEG");
        this.limits = limits;
    }

    static ImageHeader read(byte[] data, DecodeLimits limits) {
        return new JpegSegments(data, limits).walk();
    }

    private ImageHeader walk() {
        for (int marker = nextMarker(); marker != EOI; marker = nextMarker()) {
            if (isStandalone(marker)) {
                continue;
            }
            int length = cursor.u16be();
            if (length < 2) {
                throw corrupt("a segment declares a length of " + length + " bytes");
            }
            int start = cursor.position();
            cursor.skip(length - 2);
            int end = cursor.position();
            cursor.seek(start);
            readSegment(marker, length);
            cursor.seek(end);
            if (marker == SOS) {
                skipEntropyCodedData();
            }
        }
        if (width == 0) {
            throw corrupt("no frame header before EOI");
        }
        return new ImageHeader(width, height, dpi);
    }

    private void readSegment(int marker, int length) {
        if (isStartOfFrame(marker) && width == 0) {
            cursor.skip(1);
            height = cursor.u16be();
            width = cursor.u16be();
            if (height == 0) {
                throw new FingerprintDecodeException(
                        Reason.UNSUPPORTED, "JPEG defers its height to a DNL marker, which is not supported");
            }
            ImageHeader.requireSize(ImageFormat.JPEG, width, height, limits);
        } else if (marker == APP0
                && length >= 16
                && Arrays.equals(data, cursor.position(), cursor.position() + JFIF.length, JFIF, 0, JFIF.length)) {
            dpi = jfifDensity();
        } else if (marker == DNL) {
            throw new FingerprintDecodeException(Reason.UNSUPPORTED, "JPEG DNL markers are not supported");
        } else if (marker == SOS) {
            if (width == 0) {
                throw corrupt("a scan starts before any frame header");
            }
            if (++scans > MAX_SCANS) {
                throw new FingerprintDecodeException(
                        Reason.UNSUPPORTED,
                        "JPEG has more than " + MAX_SCANS + " scans; progressive files need about ten");
            }
        }
    }

    private int nextMarker() {
        if (cursor.u8() != 0xff) {
            throw corrupt("a marker was expected at offset " + (cursor.position() - 1));
        }
        int marker = cursor.u8();
        while (marker == 0xff) {
            marker = cursor.u8();
        }
        return marker;
    }

    /** Leaves the cursor on the 0xFF of the marker that ends the scan; RST markers belong to the scan. */
    private void skipEntropyCodedData() {
        for (int i = cursor.position(); i + 1 < data.length; i++) {
            if (data[i] == (byte) 0xff) {
                int next = data[i + 1] & 0xff;
                if (next != 0 && next != 0xff && !(next >= 0xd0 && next <= 0xd7)) {
                    cursor.seek(i);
                    return;
                }
            }
        }
        throw cursor.truncated();
    }

    /** JFIF 1.02: after the identifier, a 2-byte version, the unit (1 per inch, 2 per centimetre) and densities. */
    private OptionalDouble jfifDensity() {
        cursor.skip(JFIF.length + 2);
        int units = cursor.u8();
        int xDensity = cursor.u16be();
        if (xDensity == 0) {
            return OptionalDouble.empty();
        }
        return switch (units) {
            case 1 -> OptionalDouble.of(xDensity);
            case 2 -> OptionalDouble.of(ScanResolution.dpiFromPixelsPerMillimetre(xDensity / 10.0));
            default -> OptionalDouble.empty();
        };
    }

    private static boolean isStandalone(int marker) {
        return marker == 0x01 || marker >= 0xd0 && marker <= 0xd8;
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }

    private static FingerprintDecodeException corrupt(String detail) {
        return new FingerprintDecodeException(Reason.CORRUPT, "JPEG structure is invalid: " + detail);
    }
}
