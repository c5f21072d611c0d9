package mx.huella.engine.face;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 in IFD0 of its APP1 "Exif" segment), and turning an
 * image the way it says, so that a phone photo taken sideways is searched upright.
 *
 * <p>Reading never fails: an absent, truncated or malformed EXIF block means orientation 1 (as
 * stored). Every offset is checked against the segment before it is followed.
 */
final class ExifOrientation {
    static final int AS_STORED = 1;

    private static final int SOI = 0xd8;
    private static final int SOS = 0xda;
    private static final int EOI = 0xd9;
    private static final int APP1 = 0xe1;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;

    private ExifOrientation() {}

    /** The orientation 1 to 8 the JPEG declares, or 1. */
    static int of(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xff) != 0xff || (jpeg[1] & 0xff) != SOI) {
            return AS_STORED;
        }
        int at = 2;
        while (at + 4 <= jpeg.length) {
            if ((jpeg[at] & 0xff) != 0xff) {
                return AS_STORED;
            }
            int marker = jpeg[at + 1] & 0xff;
            if (marker == 0xff) {
                at++; // fill byte
                continue;
            }
            if (marker == SOS || marker == EOI) {
                return AS_STORED;
            }
            int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
            if (length < 2 || at + 2 + length > jpeg.length) {
                return AS_STORED;
            }
            if (marker == APP1) {
                int found = fromExif(jpeg, at + 4, at + 2 + length);
                if (found != 0) {
                    return found;
                }
            }
            at += 2 + length;
        }
        return AS_STORED;
    }

    /** The orientation in an APP1 payload [from, to), or 0 when it holds none. */
    private static int fromExif(byte[] data, int from, int to) {
        if (to - from < 14
                || data[from] != 'E'
                || data[from + 1] != 'x'
                || data[from + 2] != 'i'
                || data[from + 3] != 'f'
                || data[from + 4] != 0
                || data[from + 5] != 0) {
            return 0;
        }
        int tiff = from + 6;
        boolean little;
        if (data[tiff] == 'I' && data[tiff + 1] == 'I') {
            little = true;
        } else if (data[tiff] == 'M' && data[tiff + 1] == 'M') {
            little = false;
        } else {
            return 0;
        }
        if (read16(data, tiff + 2, little) != 42) {
            return 0;
        }
        long ifd = read32(data, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > to) {
            return 0;
        }
        int entries = read16(data, (int) (tiff + ifd), little);
        int entry = (int) (tiff + ifd + 2);
        for (int i = 0; i < entries && entry + 12 <= to; i++, entry += 12) {
            if (read16(data, entry, little) == ORIENTATION_TAG
                    && read16(data, entry + 2, little) == SHORT
                    && read32(data, entry + 4, little) == 1) {
                int value = read16(data, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    /** The image turned so that it shows upright, as EXIF orientation {@code orientation} asks. */
    static RgbImage upright(RgbImage image, int orientation) {
        if (orientation <= AS_STORED || orientation > 8) {
            return image;
        }
        int w = image.width();
        int h = image.height();
        boolean swaps = orientation >= 5;
        int outW = swaps ? h : w;
        int outH = swaps ? w : h;
        byte[] source = image.rgb();
        byte[] out = new byte[source.length];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> {
                        sx = w - 1 - x;
                        sy = y;
                    }
                    case 3 -> {
                        sx = w - 1 - x;
                        sy = h - 1 - y;
                    }
                    case 4 -> {
                        sx = x;
                        sy = h - 1 - y;
                    }
                    case 5 -> {
                        sx = y;
                        sy = x;
                    }
                    case 6 -> {
                        sx = y;
                        sy = h - 1 - x;
                    }
                    case 7 -> {
                        sx = w - 1 - y;
                        sy = h - 1 - x;
                    }
                    default -> { // 8
                        sx = w - 1 - y;
                        sy = x;
                    }
                }
                System.arraycopy(source, (sy * w + sx) * 3, out, (y * outW + x) * 3, 3);
            }
        }
        return new RgbImage(outW, outH, out);
    }

    private static int read16(byte[] data, int at, boolean little) {
        if (at < 0 || at + 2 > data.length) {
            return -1;
        }
        int a = data[at] & 0xff;
        int b = data[at + 1] & 0xff;
        return little ? (b << 8) | a : (a << 8) | b;
    }

    private static long read32(byte[] data, int at, boolean little) {
        if (at < 0 || at + 4 > data.length) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < 4; i++) {
            int b = data[at + (little ? 3 - i : i)] & 0xff;
            value = (value << 8) | b;
        }
        return value;
    }
}
