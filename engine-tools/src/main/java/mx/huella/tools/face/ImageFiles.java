package mx.huella.tools.face;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mx.huella.engine.face.FacePhotoDecoder;
import mx.huella.engine.face.FacePhotoException;
import mx.huella.engine.face.RgbImage;

/** Reads face photo files for the commands, through {@link FacePhotoDecoder}. */
final class ImageFiles {
    private static final FacePhotoDecoder DECODER = new FacePhotoDecoder();

    private ImageFiles() {}

    /**
     * The decoded, upright photo.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws FacePhotoException when it is not a photo this engine decodes
     */
    static RgbImage read(Path file) {
        try {
            return DECODER.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
