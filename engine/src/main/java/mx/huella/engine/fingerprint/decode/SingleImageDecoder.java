package mx.huella.engine.fingerprint.decode;

/** Routes one image, a whole file or the payload of an ANSI/NIST-ITL record, to the decoder of its format. */
final class SingleImageDecoder {
    private SingleImageDecoder() {}

    static GrayPixels decode(byte[] data, ImageFormat format, DecodeLimits limits) {
        return switch (format) {
            case WSQ -> WsqImageDecoder.decode(data, limits);
            case PNG, JPEG, BMP, TIFF -> ImageIoDecoder.decode(data, format, limits);
            case ANSI_NIST -> throw new IllegalArgumentException("a transaction is not a single image");
        };
    }
}
