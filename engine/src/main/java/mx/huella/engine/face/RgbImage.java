package mx.huella.engine.face;

import java.util.Arrays;
import java.util.Objects;

/**
 * An 8-bit RGB image, rows top to bottom, pixels interleaved {@code R, G, B}: the sample of row {@code y}, column
 * {@code x}, channel {@code c} is {@code rgb[(y * width + x) * 3 + c] & 0xff}.
 *
 * <p>The constructor checks the length and keeps the array without copying, so the caller must not change it
 * afterwards; {@link #rgb()} likewise returns the backing array. Safe to share between threads once built.
 */
public record RgbImage(int width, int height, byte[] rgb) {

    public RgbImage {
        Objects.requireNonNull(rgb, "rgb");
        if (width <= 0 || height <= 0 || rgb.length != Math.multiplyExact(Math.multiplyExact(width, height), 3)) {
            throw new IllegalArgumentException("an RGB image of " + width + "x" + height + " needs "
                    + 3L * width * height + " bytes, got " + rgb.length);
        }
    }

    /** One sample, 0 to 255. */
    public int sample(int x, int y, int channel) {
        return rgb[(y * width + x) * 3 + channel] & 0xff;
    }

    /**
     * The {@code w × h} region whose top-left pixel is {@code (x, y)}, copied; it must lie inside the image, else
     * {@link IllegalArgumentException}. Like face-api's tensor slice, it does no clipping.
     */
    public RgbImage crop(int x, int y, int w, int h) {
        if (x < 0 || y < 0 || w <= 0 || h <= 0 || x + w > width || y + h > height) {
            throw new IllegalArgumentException(
                    "crop " + x + "," + y + " " + w + "x" + h + " outside " + width + "x" + height);
        }
        byte[] out = new byte[w * h * 3];
        for (int row = 0; row < h; row++) {
            System.arraycopy(rgb, ((y + row) * width + x) * 3, out, row * w * 3, w * 3);
        }
        return new RgbImage(w, h, out);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RgbImage image
                && width == image.width
                && height == image.height
                && Arrays.equals(rgb, image.rgb);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(rgb);
    }

    @Override
    public String toString() {
        return "RgbImage[" + width + "x" + height + "]";
    }
}
