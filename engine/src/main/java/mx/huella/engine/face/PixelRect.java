package mx.huella.engine.face;

import java.util.Optional;

/**
 * An integer rectangle of image pixels, top-left corner {@code (x, y)} inclusive.
 *
 * @param x left column
 * @param y top row
 * @param width columns, positive
 * @param height rows, positive
 */
public record PixelRect(int x, int y, int width, int height) {

    public PixelRect {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("empty rectangle " + width + "x" + height);
        }
    }

    /**
     * face-api's {@code clipFloor}: the real-valued box clipped to a {@code imageWidth × imageHeight} image, then
     * each of x, y, width and height floored on its own; empty when nothing of at least one pixel is left.
     */
    static Optional<PixelRect> clipFloor(double x, double y, double w, double h, int imageWidth, int imageHeight) {
        double cx = Math.max(x, 0);
        double cy = Math.max(y, 0);
        int width = (int) Math.floor(Math.min(x + w - cx, imageWidth - cx));
        int height = (int) Math.floor(Math.min(y + h - cy, imageHeight - cy));
        if (width <= 0 || height <= 0) {
            return Optional.empty();
        }
        return Optional.of(new PixelRect((int) Math.floor(cx), (int) Math.floor(cy), width, height));
    }

    /** The pixels of {@code image} inside this rectangle, which must lie inside it. */
    RgbImage cropFrom(RgbImage image) {
        return image.crop(x, y, width, height);
    }
}
