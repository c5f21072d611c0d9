package mx.huella.engine.fingerprint.decode;

import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.GrayImage;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;

/**
 * The fields of one ANSI/NIST-ITL finger image record that decoding needs, whichever record type they came from.
 * Compressed payloads go through the same bounded decoders as uploaded files, and must agree with the record on
 * format and size.
 */
record FingerImageRecord(
        String name,
        int width,
        int height,
        Compression compression,
        ScanResolution resolution,
        FingerPosition position,
        byte[] imageData) {

    /** The compressions read, by the format of their payload; NONE is 8-bit grey, row by row. */
    enum Compression {
        NONE(null),
        WSQ(ImageFormat.WSQ),
        JPEG(ImageFormat.JPEG),
        PNG(ImageFormat.PNG);

        final ImageFormat format;

        Compression(ImageFormat format) {
            this.format = format;
        }
    }

    DecodedFingerprint decode(DecodeLimits limits) {
        ImageHeader.requireSize(ImageFormat.ANSI_NIST, width, height, limits);
        byte[] pixels = compression == Compression.NONE ? uncompressed() : compressed(limits);
        var image = new GrayImage(width, height, resolution.dpi(), pixels);
        return new DecodedFingerprint(image, position, ImageFormat.ANSI_NIST, resolution.fromFile());
    }

    private byte[] uncompressed() {
        int length = imageData == null ? 0 : imageData.length;
        if (length != width * height) {
            throw new FingerprintDecodeException(
                    Reason.CORRUPT,
                    name + " declares " + width + " x " + height + " uncompressed pixels but carries " + length
                            + " bytes");
        }
        return imageData;
    }

    private byte[] compressed(DecodeLimits limits) {
        try {
            if (imageData == null || imageData.length == 0 || MagicBytes.detect(imageData) != compression.format) {
                throw new FingerprintDecodeException(
                        Reason.CORRUPT, "its image data is not the " + compression.format + " stream it declares");
            }
            GrayPixels decoded = SingleImageDecoder.decode(imageData, compression.format, limits);
            if (decoded.width() != width || decoded.height() != height) {
                throw new FingerprintDecodeException(
                        Reason.CORRUPT,
                        "its " + compression.format + " image is "
                                + decoded.width() + " x " + decoded.height() + " where the record declares " + width
                                + " x "
                                + height);
            }
            return decoded.pixels();
        } catch (FingerprintDecodeException e) {
            Reason reason = e.reason() == Reason.UNKNOWN_FORMAT ? Reason.CORRUPT : e.reason();
            throw new FingerprintDecodeException(reason, name + ": " + e.getMessage());
        }
    }
}
