package mx.huella.engine.fingerprint.decode;

import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;

/**
 * Reads integers from a byte array at a moving position, failing with {@link Reason#TRUNCATED} rather than an
 * index exception when a header runs past the end of the file. Not thread-safe; one per parse.
 */
final class ByteCursor {
    private final byte[] data;
    private final String format;
    private int position;

    ByteCursor(byte[] data, int position, String format) {
        this.data = data;
        this.position = position;
        this.format = format;
    }

    int position() {
        return position;
    }

    int remaining() {
        return data.length - position;
    }

    void seek(int newPosition) {
        if (newPosition < 0 || newPosition > data.length) {
            throw truncated();
        }
        position = newPosition;
    }

    void skip(long count) {
        if (count < 0 || count > remaining()) {
            throw truncated();
        }
        position += (int) count;
    }

    int u8() {
        require(1);
        return data[position++] & 0xff;
    }

    int u16be() {
        require(2);
        int value = (data[position] & 0xff) << 8 | data[position + 1] & 0xff;
        position += 2;
        return value;
    }

    long u32be() {
        return (long) u16be() << 16 | u16be();
    }

    int u16le() {
        require(2);
        int value = data[position] & 0xff | (data[position + 1] & 0xff) << 8;
        position += 2;
        return value;
    }

    long u32le() {
        return u16le() | (long) u16le() << 16;
    }

    FingerprintDecodeException truncated() {
        return new FingerprintDecodeException(Reason.TRUNCATED, format + " data ends inside a header or segment");
    }

    private void require(int count) {
        if (remaining() < count) {
            throw truncated();
        }
    }
}
