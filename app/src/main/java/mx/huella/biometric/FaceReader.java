package mx.huella.biometric;

import java.util.List;
import java.util.Optional;
import mx.huella.engine.face.DescribedFace;
import mx.huella.engine.face.FacePhotoDecoder;
import mx.huella.engine.face.FacePipeline;
import mx.huella.engine.face.RgbImage;
import org.springframework.stereotype.Component;

/**
 * Face photos to descriptors, for every module that reads faces (enrollment, verification): the app's
 * one way to the engine's face decoder and networks. One copy of the networks per node, loaded at the
 * first face, since most requests never need them and loading takes a moment. Descriptions wait for a
 * free core (see {@link ExtractionSlots}); decoding does not.
 */
@Component
public class FaceReader {
    private final FacePhotoDecoder photos = new FacePhotoDecoder();
    private final ExtractionSlots slots;
    private volatile FacePipeline pipeline;

    FaceReader(ExtractionSlots slots) {
        this.slots = slots;
    }

    /**
     * @throws mx.huella.engine.face.FacePhotoException when the file is not a PNG or JPEG photo within limits
     */
    public RgbImage decode(byte[] file) {
        return photos.decode(file);
    }

    /** Every face found in the photo, described. */
    public List<DescribedFace> describeAll(RgbImage photo) {
        return slots.run(() -> pipeline().describeAll(photo));
    }

    /** The face with the largest detection box, described; only it gets landmarks and a descriptor. */
    public Optional<DescribedFace> describeLargest(RgbImage photo) {
        return slots.run(() -> pipeline().describeLargest(photo));
    }

    private FacePipeline pipeline() {
        FacePipeline loaded = pipeline;
        if (loaded == null) {
            synchronized (this) {
                if (pipeline == null) {
                    pipeline = FacePipeline.load();
                }
                loaded = pipeline;
            }
        }
        return loaded;
    }
}
