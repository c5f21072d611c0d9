package mx.huella.engine.fingerprint.decode;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Synthetic fingerprint-like rasters for tests: concentric ridges about 9 pixels apart (a 500 dpi ridge period) on a
 * white background, so no real person's biometrics are needed.
 */
final class SyntheticPrints {
    private SyntheticPrints() {}

    /** Grey levels 0-255, row-major. */
    static byte[] ridges(int width, int height) {
        byte[] pixels = new byte[width * height];
        double cx = width / 2.0;
        double cy = height / 2.0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = (x - cx) / (width * 0.4);
                double dy = (y - cy) / (height * 0.45);
                double inside = Math.max(0, 1 - dx * dx - dy * dy);
                double ridge = Math.sin(Math.hypot(x - cx, (y - cy) * 1.2) * 2 * Math.PI / 9);
                pixels[y * width + x] = (byte) Math.round(255 - Math.min(1, inside * 4) * (110 + 100 * ridge));
            }
        }
        return pixels;
    }

    static BufferedImage gray(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(ridges(width, height), 0, target, 0, target.length);
        return image;
    }

    /** The ridges tinted (reddish ink on white), so that only a luminance conversion recovers them. */
    static BufferedImage colour(int width, int height) {
        byte[] grey = ridges(width, height);
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int g = grey[y * width + x] & 0xff;
                image.setRGB(x, y, g << 16 | g << 8 | g);
            }
        }
        return image;
    }

    /** The ridges in 16-bit grey: each 8-bit level v becomes v * 257. */
    static BufferedImage gray16(int width, int height) {
        byte[] grey = ridges(width, height);
        var image = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
        var raster = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, (grey[y * width + x] & 0xff) * 257);
            }
        }
        return image;
    }
}
