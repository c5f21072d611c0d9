package mx.huella.engine.face;

/**
 * One face of a photo as {@link FacePipeline} found and described it, all in the photo's pixel coordinates.
 *
 * @param box the detector's box and score, real-valued and unclipped as face-api reports it
 * @param landmarks the 68 points, computed on the box's clipped and floored crop and moved by the box's unfloored
 *     origin (face-api's convention)
 * @param alignment the square the descriptor was computed on (face-api's {@code dlibAlignRect}), before it is clipped
 *     to the photo
 * @param descriptor the 128-value embedding; compare with {@link FaceDescriptor#distanceTo}
 */
public record DescribedFace(FaceBox box, Landmarks landmarks, PixelRect alignment, FaceDescriptor descriptor) {

    /** The box's area in square pixels, how {@link FacePipeline#describeLargest} ranks faces. */
    public double area() {
        return box.width() * box.height();
    }
}
