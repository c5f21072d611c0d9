package mx.huella.engine.face;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Decodes the oracle's PNG fixtures (lossless, so Java and the Node oracle see the same pixels). */
final class PngImages {

    private PngImages() {}

    static RgbImage read(Path file) {
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int w = decoded.getWidth();
        int h = decoded.getHeight();
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = decoded.getRGB(x, y);
                int i = (y * w + x) * 3;
                rgb[i] = (byte) (argb >> 16);
                rgb[i + 1] = (byte) (argb >> 8);
                rgb[i + 2] = (byte) argb;
            }
        }
        return new RgbImage(w, h, rgb);
    }

    /** face-api's {@code clipFloor} of a box, then the slice; null when nothing of the box is inside the image. */
    static RgbImage clipFloorCrop(RgbImage image, double x, double y, double w, double h) {
        double cx = Math.max(x, 0);
        double cy = Math.max(y, 0);
        double cw = Math.min(x + w - cx, image.width() - cx);
        double ch = Math.min(y + h - cy, image.height() - cy);
        int width = (int) Math.floor(cw);
        int height = (int) Math.floor(ch);
        if (width <= 0 || height <= 0) {
            return null;
        }
        return image.crop((int) Math.floor(cx), (int) Math.floor(cy), width, height);
    }
}
