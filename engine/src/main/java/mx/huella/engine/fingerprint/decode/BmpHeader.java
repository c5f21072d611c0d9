package mx.huella.engine.fingerprint.decode;

import java.util.OptionalDouble;
import java.util.Set;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;

/**
 * Reads the file and info headers of a Windows bitmap (BITMAPFILEHEADER followed by BITMAPCOREHEADER or
 * BITMAPINFOHEADER and its later extensions) and checks that the pixel array they describe lies inside the file.
 * Bitmaps that wrap a JPEG or PNG stream are refused: the nested stream would escape the guards of those formats.
 * So are bitmaps that link an external colour profile: the link is a file name on the reading machine.
 */
final class BmpHeader {
    private static final int FILE_HEADER_SIZE = 14;
    private static final int CORE_HEADER_SIZE = 12;
    private static final Set<Long> INFO_HEADER_SIZES = Set.of(40L, 52L, 56L, 64L, 108L, 124L);
    private static final long BI_RGB = 0;
    private static final long BI_RLE8 = 1;
    private static final long BI_RLE4 = 2;
    private static final long BI_BITFIELDS = 3;
    private static final long BI_ALPHABITFIELDS = 6;
    private static final int V4_HEADER_SIZE = 108;
    private static final long PROFILE_LINKED = 0x4c494e4bL;

    private BmpHeader() {}

    static ImageHeader read(byte[] data, DecodeLimits limits) {
        var cursor = new ByteCursor(data, 10, "BMP");
        long pixelOffset = cursor.u32le();
        long infoSize = cursor.u32le();
        if (infoSize == CORE_HEADER_SIZE) {
            int width = cursor.u16le();
            int height = cursor.u16le();
            cursor.skip(2);
            int bitsPerPixel = cursor.u16le();
            ImageHeader.requireSize(ImageFormat.BMP, width, height, limits);
            requirePixels(data, pixelOffset, infoSize, rowBytes(width, bitsPerPixel) * height);
            return new ImageHeader(width, height, OptionalDouble.empty());
        }
        if (!INFO_HEADER_SIZES.contains(infoSize)) {
            throw new FingerprintDecodeException(
                    Reason.UNSUPPORTED,
                    "BMP info header of " + infoSize + " bytes is not a known Windows bitmap version");
        }
        long width = (int) cursor.u32le();
        long height = Math.abs((long) (int) cursor.u32le());
        cursor.skip(2);
        int bitsPerPixel = cursor.u16le();
        long compression = cursor.u32le();
        long imageSize = cursor.u32le();
        int pixelsPerMetre = (int) cursor.u32le();
        ImageHeader.requireSize(ImageFormat.BMP, width, height, limits);
        if (infoSize >= V4_HEADER_SIZE) {
            cursor.seek(14 + 56);
            if (cursor.u32le() == PROFILE_LINKED) {
                throw new FingerprintDecodeException(
                        Reason.UNSUPPORTED, "BMP links an external colour profile, which is not read");
            }
        }
        if (compression == BI_RGB || compression == BI_BITFIELDS || compression == BI_ALPHABITFIELDS) {
            requirePixels(data, pixelOffset, infoSize, rowBytes(width, bitsPerPixel) * height);
        } else if (compression == BI_RLE8 || compression == BI_RLE4) {
            requirePixels(data, pixelOffset, infoSize, Math.max(imageSize, 1));
        } else {
            throw new FingerprintDecodeException(
                    Reason.UNSUPPORTED,
                    "BMP compression " + compression + " (embedded JPEG or PNG, or unknown) is not supported");
        }
        var dpi = pixelsPerMetre > 0
                ? OptionalDouble.of(ScanResolution.dpiFromPixelsPerMillimetre(pixelsPerMetre / 1000.0))
                : OptionalDouble.empty();
        return new ImageHeader((int) width, (int) height, dpi);
    }

    /** Bytes per row: pixels times bits, padded to a multiple of four bytes. */
    private static long rowBytes(long width, int bitsPerPixel) {
        if (bitsPerPixel < 1 || bitsPerPixel > 32) {
            throw new FingerprintDecodeException(Reason.CORRUPT, "BMP declares " + bitsPerPixel + " bits per pixel");
        }
        return (width * bitsPerPixel + 31) / 32 * 4;
    }

    private static void requirePixels(byte[] data, long pixelOffset, long infoSize, long pixelBytes) {
        if (pixelOffset < FILE_HEADER_SIZE + infoSize) {
            throw new FingerprintDecodeException(Reason.CORRUPT, "BMP pixel data starts inside its headers");
        }
        if (pixelOffset + pixelBytes > data.length) {
            throw new FingerprintDecodeException(
                    Reason.TRUNCATED,
                    "BMP declares " + pixelBytes + " bytes of pixels at offset " + pixelOffset + " but the file has "
                            + data.length + " bytes");
        }
    }
}
