package mx.huella.engine.face;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Writes every JPEG under a folder as the lossless PNG of what {@link FacePhotoDecoder} decodes from it
 * ({@code OUT/<relative name>.png}), so that scripts/face-reference runs face-api on exactly the pixels
 * the engine sees: {@code DecodedJpegWriter FACES_DIR OUT_DIR}.
 */
final class DecodedJpegWriter {
    private DecodedJpegWriter() {}

    public static void main(String[] args) throws IOException {
        Path faces = Path.of(args[0]);
        Path out = Path.of(args[1]);
        FacePhotoDecoder decoder = new FacePhotoDecoder();
        try (Stream<Path> files = Files.walk(faces)) {
            for (Path file : files.filter(f -> f.toString().toLowerCase().matches(".*\\.jpe?g"))
                    .toList()) {
                RgbImage image = decoder.decode(Files.readAllBytes(file));
                BufferedImage png = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < image.height(); y++) {
                    for (int x = 0; x < image.width(); x++) {
                        png.setRGB(
                                x, y, image.sample(x, y, 0) << 16 | image.sample(x, y, 1) << 8 | image.sample(x, y, 2));
                    }
                }
                Path target = out.resolve(faces.relativize(file) + ".png");
                Files.createDirectories(target.getParent());
                ImageIO.write(png, "png", target.toFile());
            }
        }
    }
}
