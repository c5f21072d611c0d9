package mx.huella.engine.face;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Decodes PNG and JPEG files into {@link RgbImage}s; greyscale becomes RGB by replicating the grey value. */
final class ImageFiles {

    private ImageFiles() {}

    /** The decoded image; {@link UncheckedIOException} when the file cannot be read or is not an image. */
    static RgbImage read(Path file) {
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (decoded == null) {
            throw new UncheckedIOException(new IOException("not a readable image: " + file));
        }
        int w = decoded.getWidth();
        int h = decoded.getHeight();
        byte[] rgb = new byte[w * h * 3];
        Raster raster = decoded.getRaster();
        // getRGB would send grey through a linear-to-sRGB conversion and change the values; take the samples.
        boolean grey = decoded.getColorModel().getNumColorComponents() == 1
                && decoded.getType() != BufferedImage.TYPE_BYTE_INDEXED
                && raster.getSampleModel().getSampleSize(0) == 8;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * 3;
                if (grey) {
                    byte value = (byte) raster.getSample(x, y, 0);
                    rgb[i] = value;
                    rgb[i + 1] = value;
                    rgb[i + 2] = value;
                } else {
                    int argb = decoded.getRGB(x, y);
                    rgb[i] = (byte) (argb >> 16);
                    rgb[i + 1] = (byte) (argb >> 8);
                    rgb[i + 2] = (byte) argb;
                }
            }
        }
        return new RgbImage(w, h, rgb);
    }
}
