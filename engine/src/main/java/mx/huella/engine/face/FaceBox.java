package mx.huella.engine.face;

/**
 * A detected face: an axis-aligned box in pixels of the original image and the detector's confidence.
 *
 * <p>As face-api reports it, the box is not clipped: it may start at negative coordinates or extend past the image.
 * Coordinates are real-valued (face-api floors them only when it crops).
 *
 * @param x left edge, pixels from the image's left
 * @param y top edge, pixels from the image's top
 * @param width box width in pixels
 * @param height box height in pixels
 * @param score the sigmoid of the detector's objectness logit, in (0, 1); above the detector's threshold
 */
public record FaceBox(double x, double y, double width, double height, double score) {}
