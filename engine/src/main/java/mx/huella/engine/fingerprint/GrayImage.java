package mx.huella.engine.fingerprint;

import java.util.Objects;

/**
 * An 8-bit greyscale raster as fingerprint code works on it: row-major, one byte per pixel, 0 black
 * (ridge) to 255 white (valley or background), with its scan resolution.
 *
 * <p>The pixel array is not copied, for speed: callers must not change it after construction.
 *
 * @param width columns, at least 1
 * @param height rows, at least 1
 * @param dpi resolution in dots per inch, 100 to 2000
 * @param pixels {@code width * height} bytes; read them as unsigned ({@code pixels[i] & 0xff})
 */
public record GrayImage(int width, int height, double dpi, byte[] pixels) {
    public GrayImage {
        Objects.requireNonNull(pixels);
        if (width < 1 || height < 1 || (long) width * height != pixels.length) {
            throw new IllegalArgumentException("a " + width + " x " + height + " image needs " + (long) width * height
                    + " pixels, got " + pixels.length);
        }
        if (!(dpi >= 100 && dpi <= 2000)) {
            throw new IllegalArgumentException("resolution must be 100 to 2000 dpi, got " + dpi);
        }
    }

    /** The grey level 0-255 at column {@code x}, row {@code y}. */
    public int at(int x, int y) {
        return pixels[y * width + x] & 0xff;
    }
}
