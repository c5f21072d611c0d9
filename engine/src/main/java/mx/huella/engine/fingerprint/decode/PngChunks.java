package mx.huella.engine.fingerprint.decode;

import java.util.OptionalDouble;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;

/**
 * Walks the chunks of a PNG file (ISO/IEC 15948, section 5.3) from the signature to IEND without inflating
 * anything: IHDR gives the size, pHYs the resolution, and reaching IEND proves the file complete. Compressed
 * text and profile chunks are skipped unread, so a decompression bomb in them costs nothing.
 */
final class PngChunks {
    private static final int IHDR = 0x49484452;
    private static final int PHYS = 0x70485973;
    private static final int IEND = 0x49454e44;
    private static final int UNIT_METRE = 1;

    private PngChunks() {}

    static ImageHeader read(byte[] data, DecodeLimits limits) {
        var cursor = new ByteCursor(data, 8, "PNG");
        int width = 0;
        int height = 0;
        OptionalDouble dpi = OptionalDouble.empty();
        for (boolean first = true; ; first = false) {
            long length = cursor.u32be();
            int type = (int) cursor.u32be();
            if (length > Integer.MAX_VALUE) {
                throw corrupt("a chunk declares " + length + " bytes, more than PNG allows");
            }
            if (first != (type == IHDR)) {
                throw corrupt("IHDR must be the first chunk and appear once");
            }
            int start = cursor.position();
            if (type == IHDR) {
                long w = cursor.u32be();
                long h = cursor.u32be();
                ImageHeader.requireSize(ImageFormat.PNG, w, h, limits);
                width = (int) w;
                height = (int) h;
            } else if (type == PHYS && length == 9) {
                long pixelsPerUnitX = cursor.u32be();
                cursor.skip(4);
                if (cursor.u8() == UNIT_METRE && pixelsPerUnitX > 0) {
                    dpi = OptionalDouble.of(ScanResolution.dpiFromPixelsPerMillimetre(pixelsPerUnitX / 1000.0));
                }
            }
            cursor.seek(start);
            cursor.skip(length + 4);
            if (type == IEND) {
                return new ImageHeader(width, height, dpi);
            }
        }
    }

    private static FingerprintDecodeException corrupt(String detail) {
        return new FingerprintDecodeException(Reason.CORRUPT, "PNG structure is invalid: " + detail);
    }
}
