package mx.huella.engine.fingerprint.decode;

import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;

/**
 * Walks a WSQ file (FBI IAFIS-IC-0110 v3: markers SOI, tables, SOF, blocks, EOI) before JNBIS decodes it. The frame
 * header gives the size, a NISTCOM comment (the "NIST_COM" key-value lines that NIST's NBIS writes) the resolution,
 * and reaching EOI proves the file complete.
 *
 * <p>Transform tables are bounded because the cost of reconstruction grows with the filter length: the standard
 * filters have 9 and 7 taps, and a table declaring 255 would make a 4-megapixel image cost many seconds.
 */
final class WsqHeader {
    static final int MAX_FILTER_TAPS = 32;
    private static final int SOI = 0xffa0;
    private static final int EOI = 0xffa1;
    private static final int SOF = 0xffa2;
    private static final int SOB = 0xffa3;
    private static final int DTT = 0xffa4;
    private static final int COM = 0xffa8;
    private static final int FRAME_HEADER_LENGTH = 17;

    private final byte[] data;
    private final ByteCursor cursor;
    private final DecodeLimits limits;
    private int width;
    private int height;
    private int blocks;
    private OptionalDouble dpi = OptionalDouble.empty();

    private WsqHeader(byte[] data, DecodeLimits limits) {
        this.data = data;
        this.cursor = new ByteCursor(data, 0, "WSQ");
        this.limits = limits;
    }

    static ImageHeader read(byte[] data, DecodeLimits limits) {
        return new WsqHeader(data, limits).walk();
    }

    private ImageHeader walk() {
        if (cursor.u16be() != SOI) {
            throw corrupt("no SOI marker");
        }
        for (int marker = cursor.u16be(); marker != EOI; marker = cursor.u16be()) {
            if (marker < DTT && marker != SOF && marker != SOB || marker > COM) {
                throw corrupt(String.format("unexpected marker %04X at offset %d", marker, cursor.position() - 2));
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
            if (marker == SOB) {
                skipEntropyCodedData();
            }
        }
        if (blocks == 0) {
            throw corrupt("no compressed data block before EOI");
        }
        return new ImageHeader(width, height, dpi);
    }

    /** DQT, DHT and DRT are JNBIS's to interpret; only their extent matters here. */
    private void readSegment(int marker, int length) {
        switch (marker) {
            case SOF -> {
                if (width != 0 || length != FRAME_HEADER_LENGTH) {
                    throw corrupt("a second or malformed frame header");
                }
                cursor.skip(2);
                height = cursor.u16be();
                width = cursor.u16be();
                ImageHeader.requireSize(ImageFormat.WSQ, width, height, limits);
            }
            case DTT -> requireFilterTaps(cursor.u8(), cursor.u8(), length);
            case COM -> dpi = dpi.isPresent() ? dpi : nistComResolution(length - 2);
            case SOB -> {
                if (width == 0) {
                    throw corrupt("a block starts before the frame header");
                }
                blocks++;
            }
            default -> {}
        }
    }

    private static void requireFilterTaps(int first, int second, int length) {
        if (first < 1 || second < 1 || first > MAX_FILTER_TAPS || second > MAX_FILTER_TAPS) {
            throw new FingerprintDecodeException(
                    Reason.UNSUPPORTED,
                    "WSQ transform filters of " + first + " and " + second + " taps; at most " + MAX_FILTER_TAPS
                            + " are accepted (the standard uses 9 and 7)");
        }
        int expected = 4 + 6 * ((first + 1) / 2 + (second + 1) / 2);
        if (length != expected) {
            throw corrupt("a transform table of " + length + " bytes where " + expected + " belong");
        }
    }

    /** Leaves the cursor on the next marker: inside entropy-coded data a 0xFF is always followed by a stuffed 0. */
    private void skipEntropyCodedData() {
        for (int i = cursor.position(); i + 1 < data.length; i++) {
            if (data[i] == (byte) 0xff && data[i + 1] != 0) {
                cursor.seek(i);
                return;
            }
        }
        throw cursor.truncated();
    }

    private OptionalDouble nistComResolution(int length) {
        String text = new String(data, cursor.position(), length, StandardCharsets.US_ASCII);
        if (!text.startsWith("NIST_COM")) {
            return OptionalDouble.empty();
        }
        for (String line : text.split("\n")) {
            String[] keyValue = line.trim().split("\\s+", 2);
            if (keyValue.length == 2 && keyValue[0].equals("PPI") && keyValue[1].matches("\\d{1,5}")) {
                int ppi = Integer.parseInt(keyValue[1]);
                return ppi > 0 ? OptionalDouble.of(ppi) : OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }

    private static FingerprintDecodeException corrupt(String detail) {
        return new FingerprintDecodeException(Reason.CORRUPT, "WSQ structure is invalid: " + detail);
    }
}
