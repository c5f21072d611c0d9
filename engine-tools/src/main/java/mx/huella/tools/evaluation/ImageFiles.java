package mx.huella.tools.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mx.huella.engine.fingerprint.GrayImage;
import mx.huella.engine.fingerprint.decode.DecodedFingerprint;
import mx.huella.engine.fingerprint.decode.FingerprintDecoder;

/** Reads an evaluation image file with the engine's decoder, as uploads are read. */
final class ImageFiles {
    private static final FingerprintDecoder DECODER = new FingerprintDecoder();

    private ImageFiles() {}

    /**
     * The file's first impression. {@code dpi} overrides the resolution when positive; otherwise the
     * file's own resolution is used, or 500 dpi when it carries none.
     */
    static GrayImage read(Path file, double dpi) {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file.getFileName(), e);
        }
        DecodedFingerprint decoded = DECODER.decode(data).get(0);
        GrayImage image = decoded.image();
        return dpi > 0 ? new GrayImage(image.width(), image.height(), dpi, image.pixels()) : image;
    }
}
