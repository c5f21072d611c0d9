package mx.huella.engine.fingerprint.decode;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;

/**
 * Turns whatever ImageIO decoded into 8-bit grey: luminance with the ITU-R BT.601 weights that JFIF uses for colour,
 * samples of more than 8 bits scaled to 0-255, and transparency composited over white (paper, not ridge).
 *
 * <p>Grey images are read from their raster, not through {@link BufferedImage#getRGB}: Java treats grey as linear
 * and would brighten every pixel on the way to sRGB, while scanners store the values they measured.
 */
final class GrayscaleConverter {
    private GrayscaleConverter() {}

    static byte[] toGray(BufferedImage image) {
        var model = image.getColorModel();
        Raster raster = image.getRaster();
        boolean integerSamples = raster.getDataBuffer().getDataType() == DataBuffer.TYPE_BYTE
                || raster.getDataBuffer().getDataType() == DataBuffer.TYPE_USHORT;
        if (model instanceof ComponentColorModel
                && model.getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && integerSamples
                && model.getComponentSize(0) <= 16) {
            return fromGrayRaster(image);
        }
        return fromRgb(image);
    }

    private static byte[] fromGrayRaster(BufferedImage image) {
        var model = image.getColorModel();
        Raster raster = image.getRaster();
        int width = image.getWidth();
        int height = image.getHeight();
        int grayMax = (1 << model.getComponentSize(0)) - 1;
        boolean alpha = model.hasAlpha();
        int alphaMax = alpha ? (1 << model.getComponentSize(1)) - 1 : 1;
        boolean premultiplied = model.isAlphaPremultiplied();
        int[] grays = new int[width];
        int[] alphas = new int[width];
        byte[] pixels = new byte[width * height];
        for (int y = 0; y < height; y++) {
            raster.getSamples(0, y, width, 1, 0, grays);
            if (alpha) {
                raster.getSamples(0, y, width, 1, 1, alphas);
            }
            for (int x = 0; x < width; x++) {
                double gray = grays[x] * 255.0 / grayMax;
                if (alpha) {
                    double opacity = alphas[x] / (double) alphaMax;
                    gray = (premultiplied ? gray : gray * opacity) + 255 * (1 - opacity);
                }
                pixels[y * width + x] = (byte) clamp(gray);
            }
        }
        return pixels;
    }

    private static byte[] fromRgb(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] row = new int[width];
        byte[] pixels = new byte[width * height];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                double luminance = 0.299 * (argb >> 16 & 0xff) + 0.587 * (argb >> 8 & 0xff) + 0.114 * (argb & 0xff);
                double opacity = (argb >>> 24) / 255.0;
                pixels[y * width + x] = (byte) clamp(luminance * opacity + 255 * (1 - opacity));
            }
        }
        return pixels;
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
