package mx.huella.engine.fingerprint.decode;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;

/**
 * Reads the first image file directory of a TIFF 6.0 file (Adobe, 1992, sections 2 and 8) and checks it before the
 * JDK reader touches pixels: size and resolution, a single page, strips or tiles inside the file and not overlapping.
 *
 * <p>Overlap is refused because strips that all point at the same bytes let a small file demand an unbounded amount
 * of decompression. Tiles are held to the pixel limit on their own because they may extend beyond the image, and the
 * JDK reader allocates a whole tile at a time. JPEG-compressed TIFF is refused because the JDK decodes it with the JPEG reader, out of reach of
 * the scan count that {@link JpegSegments} enforces on plain JPEG files. A second page is refused rather than dropped,
 * so that no finger in a multi-page file goes unnoticed.
 */
final class TiffDirectory {
    private static final int IMAGE_WIDTH = 256;
    private static final int IMAGE_LENGTH = 257;
    private static final int COMPRESSION = 259;
    private static final int STRIP_OFFSETS = 273;
    private static final int STRIP_BYTE_COUNTS = 279;
    private static final int X_RESOLUTION = 282;
    private static final int RESOLUTION_UNIT = 296;
    private static final int TILE_WIDTH = 322;
    private static final int TILE_LENGTH = 323;
    private static final int TILE_OFFSETS = 324;
    private static final int TILE_BYTE_COUNTS = 325;
    private static final Set<Long> READABLE_COMPRESSIONS = Set.of(1L, 2L, 3L, 4L, 5L, 8L, 32773L, 32946L);
    private static final int SHORT = 3;
    private static final int LONG = 4;
    private static final int RATIONAL = 5;

    private final byte[] data;
    private final boolean littleEndian;
    private final Map<Integer, Entry> entries = new HashMap<>();

    private record Entry(int type, long count, int valueOffset) {}

    private TiffDirectory(byte[] data) {
        this.data = data;
        this.littleEndian = data[0] == 'I';
    }

    static ImageHeader read(byte[] data, DecodeLimits limits) {
        return new TiffDirectory(data).parse(limits);
    }

    private ImageHeader parse(DecodeLimits limits) {
        long nextPage = readEntries();
        long width = single(IMAGE_WIDTH, -1);
        long height = single(IMAGE_LENGTH, -1);
        if (width < 0 || height < 0) {
            throw corrupt("the image width or length tag is missing");
        }
        ImageHeader.requireSize(ImageFormat.TIFF, width, height, limits);
        if (nextPage != 0) {
            throw new FingerprintDecodeException(
                    Reason.UNSUPPORTED, "TIFF holds more than one page; send one image per file");
        }
        long compression = single(COMPRESSION, 1);
        if (!READABLE_COMPRESSIONS.contains(compression)) {
            throw new FingerprintDecodeException(
                    Reason.UNSUPPORTED,
                    "TIFF compression " + compression
                            + " is not supported (uncompressed, CCITT, LZW, Deflate and PackBits are)");
        }
        boolean tiled = entries.containsKey(TILE_OFFSETS);
        if (tiled) {
            requireBoundedTiles(limits);
        }
        requireDataInside(tiled ? TILE_OFFSETS : STRIP_OFFSETS, tiled ? TILE_BYTE_COUNTS : STRIP_BYTE_COUNTS);
        return new ImageHeader((int) width, (int) height, resolution());
    }

    /** Reads the first directory's entries (the first of a repeated tag wins); returns the next page's offset. */
    private long readEntries() {
        var cursor = new ByteCursor(data, 4, "TIFF");
        cursor.seek(offset(u32(cursor)));
        int count = u16(cursor);
        for (int i = 0; i < count; i++) {
            int tag = u16(cursor);
            int type = u16(cursor);
            long values = u32(cursor);
            requireValuesInside(cursor, tag, values * typeSize(type));
            entries.putIfAbsent(tag, new Entry(type, values, cursor.position()));
            cursor.skip(4);
        }
        return u32(cursor);
    }

    private void requireBoundedTiles(DecodeLimits limits) {
        long tileWidth = single(TILE_WIDTH, 0);
        long tileLength = single(TILE_LENGTH, 0);
        if (tileWidth < 1 || tileLength < 1 || tileWidth * tileLength > limits.maxPixels()) {
            throw new FingerprintDecodeException(
                    Reason.TOO_MANY_PIXELS,
                    "TIFF tiles of " + tileWidth + " x " + tileLength + " pixels exceed the limit of "
                            + limits.maxPixels() + " pixels");
        }
    }

    private void requireDataInside(int offsetsTag, int countsTag) {
        long[] offsets = array(offsetsTag);
        long[] counts = array(countsTag);
        if (offsets.length == 0 || offsets.length != counts.length) {
            throw corrupt(offsets.length + " strip or tile offsets but " + counts.length + " byte counts");
        }
        long total = 0;
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] + counts[i] > data.length) {
                throw new FingerprintDecodeException(
                        Reason.TRUNCATED, "TIFF strip or tile " + i + " lies beyond the end of the file");
            }
            total += counts[i];
        }
        if (total > data.length) {
            throw corrupt("strips or tiles declare " + total + " bytes in a file of " + data.length);
        }
    }

    /** Values of more than four bytes live elsewhere in the file; each tag's must lie inside it. */
    private void requireValuesInside(ByteCursor cursor, int tag, long size) {
        if (size > 4) {
            int here = cursor.position();
            long start = u32(cursor);
            cursor.seek(here);
            if (start + size > data.length) {
                throw new FingerprintDecodeException(
                        Reason.TRUNCATED, "TIFF tag " + tag + " has values beyond the end of the file");
            }
        }
    }

    /** Bytes per value of each TIFF 6.0 field type; unknown types, which readers must skip, count as none. */
    private static int typeSize(int type) {
        return switch (type) {
            case 1, 2, 6, 7 -> 1;
            case 3, 8 -> 2;
            case 4, 9, 11, 13 -> 4;
            case 5, 10, 12 -> 8;
            default -> 0;
        };
    }

    private OptionalDouble resolution() {
        Entry x = entries.get(X_RESOLUTION);
        long unit = single(RESOLUTION_UNIT, 2);
        if (x == null || x.type != RATIONAL || x.count < 1 || unit == 1) {
            return OptionalDouble.empty();
        }
        var cursor = new ByteCursor(data, 0, "TIFF");
        cursor.seek(x.valueOffset);
        cursor.seek(offset(u32(cursor)));
        long numerator = u32(cursor);
        long denominator = u32(cursor);
        if (denominator == 0 || numerator == 0) {
            return OptionalDouble.empty();
        }
        double perUnit = (double) numerator / denominator;
        return OptionalDouble.of(unit == 3 ? ScanResolution.dpiFromPixelsPerMillimetre(perUnit / 10) : perUnit);
    }

    private long single(int tag, long absent) {
        long[] values = array(tag);
        return values.length == 0 ? absent : values[0];
    }

    /** The values of a SHORT or LONG tag, inline or at their offset; empty when the tag is absent. */
    private long[] array(int tag) {
        Entry entry = entries.get(tag);
        if (entry == null) {
            return new long[0];
        }
        int size = switch (entry.type) {
            case SHORT -> 2;
            case LONG -> 4;
            default -> throw corrupt("tag " + tag + " has type " + entry.type + " where SHORT or LONG belongs");
        };
        if (entry.count * size > data.length) {
            throw new FingerprintDecodeException(
                    Reason.TRUNCATED, "TIFF tag " + tag + " declares more values" + " than the file can hold");
        }
        var cursor = new ByteCursor(data, entry.valueOffset, "TIFF");
        if (entry.count * size > 4) {
            cursor.seek(offset(u32(cursor)));
        }
        long[] values = new long[(int) entry.count];
        for (int i = 0; i < values.length; i++) {
            values[i] = size == 2 ? u16(cursor) : u32(cursor);
        }
        return values;
    }

    private int offset(long value) {
        if (value >= data.length) {
            throw new FingerprintDecodeException(
                    Reason.TRUNCATED, "TIFF points at offset " + value + " in a file of " + data.length + " bytes");
        }
        return (int) value;
    }

    private int u16(ByteCursor cursor) {
        return littleEndian ? cursor.u16le() : cursor.u16be();
    }

    private long u32(ByteCursor cursor) {
        return littleEndian ? cursor.u32le() : cursor.u32be();
    }

    private static FingerprintDecodeException corrupt(String detail) {
        return new FingerprintDecodeException(Reason.CORRUPT, "TIFF structure is invalid: " + detail);
    }
}
