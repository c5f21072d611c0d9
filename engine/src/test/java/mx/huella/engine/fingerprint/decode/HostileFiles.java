package mx.huella.engine.fingerprint.decode;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.zip.CRC32;

/** Valid small files of every format, and the crafted variants that hostile-input tests feed the decoder. */
final class HostileFiles {
    static final int SIDE = 96;

    private HostileFiles() {}

    static byte[] png() {
        return ImageFiles.png(SyntheticPrints.gray(SIDE, SIDE), OptionalDouble.of(500));
    }

    static byte[] jpeg() {
        return ImageFiles.jpeg(SyntheticPrints.gray(SIDE, SIDE), 1, 500);
    }

    static byte[] bmp() {
        return ImageFiles.bmp(SyntheticPrints.gray(SIDE, SIDE), 19685);
    }

    static byte[] tiff() {
        return ImageFiles.tiff(SyntheticPrints.gray(SIDE, SIDE), OptionalDouble.of(500), null);
    }

    static byte[] wsq() {
        return WsqTestEncoder.encode(SyntheticPrints.ridges(SIDE, SIDE), SIDE, SIDE, 1, OptionalInt.of(500));
    }

    static byte[] ansiNist() {
        return AnsiNistBuilder.aTransaction()
                .type2("hostile")
                .type14(2, 16, 16, 1, 500, "NONE", SyntheticPrints.ridges(16, 16))
                .type4(3, 0, SIDE, SIDE, 1, wsq())
                .build();
    }

    /** A PNG whose IHDR, with a correct CRC, declares {@code width} x {@code height}. */
    static byte[] pngDeclaring(long width, long height) {
        byte[] data = png();
        ByteBuffer.wrap(data, 16, 8).putInt((int) width).putInt((int) height);
        var crc = new CRC32();
        crc.update(data, 12, 17);
        ByteBuffer.wrap(data, 29, 4).putInt((int) crc.getValue());
        return data;
    }

    static byte[] bmpDeclaring(int width, int height) {
        byte[] data = bmp();
        ByteBuffer.wrap(data, 18, 8)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(width)
                .putInt(height);
        return data;
    }

    static byte[] bmpWithCompression(int compression) {
        byte[] data = bmp();
        ByteBuffer.wrap(data, 30, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(compression);
        return data;
    }

    /** A baseline JPEG whose SOF0 declares {@code width} x {@code height}. */
    static byte[] jpegDeclaring(int width, int height) {
        byte[] data = jpeg();
        int sof = indexOf(data, new byte[] {(byte) 0xff, (byte) 0xc0});
        ByteBuffer.wrap(data, sof + 5, 4).putShort((short) height).putShort((short) width);
        return data;
    }

    /** The scan of a baseline JPEG repeated {@code scans} times, as a scan-flooding attack would. */
    static byte[] jpegWithScans(int scans) {
        byte[] data = jpeg();
        int sos = indexOf(data, new byte[] {(byte) 0xff, (byte) 0xda});
        var out = new ByteArrayOutputStream();
        out.write(data, 0, sos);
        for (int i = 0; i < scans; i++) {
            out.write(data, sos, data.length - 2 - sos);
        }
        out.write(0xff);
        out.write(0xd9);
        return out.toByteArray();
    }

    /** A WSQ whose frame header declares {@code width} x {@code height}. */
    static byte[] wsqDeclaring(int width, int height) {
        byte[] data = wsq();
        int sof = indexOf(data, new byte[] {(byte) 0xff, (byte) 0xa2, 0, 17});
        ByteBuffer.wrap(data, sof + 6, 4).putShort((short) height).putShort((short) width);
        return data;
    }

    /** A WSQ whose transform table declares filters of {@code taps} taps. */
    static byte[] wsqWithFilterTaps(int taps) {
        byte[] data = wsq();
        int dtt = indexOf(data, new byte[] {(byte) 0xff, (byte) 0xa4});
        data[dtt + 4] = (byte) taps;
        data[dtt + 5] = (byte) taps;
        return data;
    }

    /** A PNG carrying zTXt and iCCP chunks whose compressed streams are garbage. */
    static byte[] pngWithGarbageCompressedChunks() {
        byte[] data = png();
        var out = new ByteArrayOutputStream();
        out.write(data, 0, 33);
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        chunk(out, "zTXt", concat("Comment\0\0".getBytes(StandardCharsets.ISO_8859_1), garbage));
        chunk(out, "iCCP", concat("icc\0\0".getBytes(StandardCharsets.ISO_8859_1), garbage));
        out.write(data, 33, data.length - 33);
        return out.toByteArray();
    }

    /**
     * A hand-made little-endian TIFF: 8-bit grey, one strip per entry of {@code stripOffsets}, followed by
     * {@code pixelBytes} bytes of pixels at offset 256.
     */
    static byte[] tiff(long width, long height, long[] stripOffsets, long[] stripCounts, int pixelBytes) {
        var buffer = ByteBuffer.allocate(256 + pixelBytes).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(new byte[] {'I', 'I', 42, 0}).putInt(8);
        buffer.putShort((short) 9);
        entry(buffer, 256, 4, 1, width);
        entry(buffer, 257, 4, 1, height);
        entry(buffer, 258, 3, 1, 8);
        entry(buffer, 259, 3, 1, 1);
        entry(buffer, 262, 3, 1, 1);
        entry(buffer, 273, 4, stripOffsets.length, stripOffsets.length == 1 ? stripOffsets[0] : 160);
        entry(buffer, 277, 3, 1, 1);
        entry(buffer, 278, 4, 1, Math.max(1, height / stripOffsets.length));
        entry(buffer, 279, 4, stripCounts.length, stripCounts.length == 1 ? stripCounts[0] : 200);
        buffer.putInt(0);
        for (int i = 0; i < stripOffsets.length && stripOffsets.length > 1; i++) {
            buffer.putInt(160 + 4 * i, (int) stripOffsets[i]).putInt(200 + 4 * i, (int) stripCounts[i]);
        }
        return buffer.array();
    }

    /** A hand-made little-endian TIFF of one 8-bit grey tile of {@code tileSide} pixels square. */
    static byte[] tiledTiff(int width, int height, long tileSide) {
        var buffer = ByteBuffer.allocate(256 + 64).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(new byte[] {'I', 'I', 42, 0}).putInt(8);
        buffer.putShort((short) 10);
        entry(buffer, 256, 4, 1, width);
        entry(buffer, 257, 4, 1, height);
        entry(buffer, 258, 3, 1, 8);
        entry(buffer, 259, 3, 1, 1);
        entry(buffer, 262, 3, 1, 1);
        entry(buffer, 277, 3, 1, 1);
        entry(buffer, 322, 4, 1, tileSide);
        entry(buffer, 323, 4, 1, tileSide);
        entry(buffer, 324, 4, 1, 256);
        entry(buffer, 325, 4, 1, 64);
        buffer.putInt(0);
        return buffer.array();
    }

    static byte[] ansiNistWithRecordLength(String type14Length) {
        byte[] record = ("14.001:" + type14Length + AnsiNistBuilder.GS + "14.002:01" + AnsiNistBuilder.FS)
                .getBytes(StandardCharsets.US_ASCII);
        return AnsiNistBuilder.aTransaction().raw(14, record).build();
    }

    static byte[] ansiNistWithType4Length(long length) {
        byte[] record = new byte[40];
        ByteBuffer.wrap(record).putInt((int) length);
        return AnsiNistBuilder.aTransaction().raw(4, record).build();
    }

    private static void entry(ByteBuffer buffer, int tag, int type, int count, long value) {
        buffer.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == 3 && count == 1) {
            buffer.putShort((short) value).putShort((short) 0);
        } else {
            buffer.putInt((int) value);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] payload) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(payload.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(payload);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(payload);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    static int indexOf(byte[] data, byte[] pattern) {
        for (int i = 0; i + pattern.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("pattern not found");
    }
}
