package mx.huella.engine.evaluation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import mx.huella.engine.fingerprint.GrayImage;

/** Reads an evaluation image file into a greyscale raster at a given resolution. */
final class ImageFiles {
    private ImageFiles() {}

    static GrayImage read(Path file, double dpi) {
        try {
            BufferedImage image = ImageIO.read(Files.newInputStream(file));
            if (image == null) {
                throw new IllegalArgumentException("no image reader for " + file.getFileName());
            }
            int width = image.getWidth();
            int height = image.getHeight();
            byte[] pixels = new byte[width * height];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int rgb = image.getRGB(x, y);
                    int grey = (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff)) / 1000;
                    pixels[y * width + x] = (byte) grey;
                }
            }
            return new GrayImage(width, height, dpi, pixels);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file.getFileName(), e);
        }
    }
}
