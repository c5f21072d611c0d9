package mx.huella.engine.face;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds and describes faces in a photo as face-api's
 * {@code detectAllFaces(photo, new TinyFaceDetectorOptions()).withFaceLandmarks().withFaceDescriptors()} does on the
 * TF.js cpu backend: the same boxes, landmarks, alignment squares and, within 1e-4, descriptors.
 *
 * <p>Design note ({@code docs/face-models.md} §8): the tiny detector (input 416) gives real-valued boxes; each box
 * is clipped to the photo and floored ({@code clipFloor}) and the 68-point net runs on that crop; the points are
 * moved back by the box's unfloored origin (a face-api quirk kept for parity); the alignment square comes from the
 * eye and mouth centroids ({@link DlibAlignment}); the recognition net describes that square, clipped and floored
 * the same way. No rotation: the descriptor tolerates the in-plane tilt of ordinary portraits, not more.
 *
 * <p>Cost per photo: the detector's 199 M multiply-adds plus 52 M (landmarks) and 271 M (descriptor) per face, on
 * the calling thread. Loading reads about 6 M weights (25 MB on the heap). Instances are immutable and thread-safe:
 * load once and share.
 */
public final class FacePipeline {

    private final TinyFaceDetector detector;
    private final FaceLandmarks68 landmarks;
    private final FaceRecognitionNet recognition;

    private FacePipeline(TinyFaceDetector detector, FaceLandmarks68 landmarks, FaceRecognitionNet recognition) {
        this.detector = detector;
        this.landmarks = landmarks;
        this.recognition = recognition;
    }

    /**
     * Loads the three nets' weights from the class path ({@code /face-models/}), the detector at face-api's default
     * input 416. Throws {@link mx.huella.engine.face.weights.FaceWeightsException} when they are missing or corrupt.
     */
    public static FacePipeline load() {
        return new FacePipeline(TinyFaceDetector.load(), FaceLandmarks68.load(), FaceRecognitionNet.load());
    }

    /** Builds a pipeline from already loaded nets, for example a detector with another input size. */
    public static FacePipeline of(TinyFaceDetector detector, FaceLandmarks68 landmarks, FaceRecognitionNet net) {
        return new FacePipeline(detector, landmarks, net);
    }

    /**
     * Every face the detector finds in {@code photo}, best detector score first, each with its landmarks, alignment
     * square and descriptor; empty when none scores above {@value TinyFaceDetector#SCORE_THRESHOLD}. A box lying
     * entirely outside the photo is left out, as face-api leaves it out.
     */
    public List<DescribedFace> describeAll(RgbImage photo) {
        return describeAll(photo, new StageClock());
    }

    /**
     * The face with the largest detection box, described; empty when there is none. Cheaper than
     * {@link #describeAll} on group photos: only that face gets landmarks and a descriptor.
     */
    public Optional<DescribedFace> describeLargest(RgbImage photo) {
        return describeLargest(photo, new StageClock());
    }

    /**
     * The descriptor of a photo that is already a face crop, with no detection and no alignment: face-api's
     * {@code computeFaceDescriptor(crop)}. Only as good as the crop: a crop unlike the alignment square (tighter,
     * looser, shifted) gives a descriptor farther from the same person's aligned ones.
     */
    public FaceDescriptor describeCrop(RgbImage faceCrop) {
        return recognition.describe(faceCrop);
    }

    List<DescribedFace> describeAll(RgbImage photo, StageClock clock) {
        List<DescribedFace> faces = new ArrayList<>();
        for (FaceBox box : detect(photo, clock)) {
            describe(photo, box, clock).ifPresent(faces::add);
        }
        return List.copyOf(faces);
    }

    /** {@link #describeLargest(RgbImage)}, adding the time of each stage to {@code clock}. */
    public Optional<DescribedFace> describeLargest(RgbImage photo, StageClock clock) {
        List<FaceBox> boxes = new ArrayList<>(detect(photo, clock));
        boxes.sort(Comparator.comparingDouble((FaceBox box) -> box.width() * box.height())
                .reversed());
        for (FaceBox box : boxes) {
            Optional<DescribedFace> face = describe(photo, box, clock);
            if (face.isPresent()) {
                return face;
            }
        }
        return Optional.empty();
    }

    /** {@link #describeCrop(RgbImage)}, adding the time of the descriptor to {@code clock}. */
    public FaceDescriptor describeCrop(RgbImage faceCrop, StageClock clock) {
        long start = System.nanoTime();
        FaceDescriptor descriptor = recognition.describe(faceCrop);
        clock.addDescribe(System.nanoTime() - start);
        return descriptor;
    }

    private List<FaceBox> detect(RgbImage photo, StageClock clock) {
        long start = System.nanoTime();
        List<FaceBox> boxes = detector.detect(photo);
        clock.addDetect(System.nanoTime() - start);
        return boxes;
    }

    private Optional<DescribedFace> describe(RgbImage photo, FaceBox box, StageClock clock) {
        Optional<PixelRect> landmarkCrop =
                PixelRect.clipFloor(box.x(), box.y(), box.width(), box.height(), photo.width(), photo.height());
        if (landmarkCrop.isEmpty()) {
            return Optional.empty();
        }
        PixelRect crop = landmarkCrop.get();
        long start = System.nanoTime();
        Landmarks points = landmarks.detect(crop.cropFrom(photo)).translated(box.x(), box.y());
        clock.addLandmarks(System.nanoTime() - start);
        PixelRect alignment = DlibAlignment.rectangle(points, crop.width(), crop.height());
        Optional<PixelRect> descriptorCrop = PixelRect.clipFloor(
                alignment.x(), alignment.y(), alignment.width(), alignment.height(), photo.width(), photo.height());
        if (descriptorCrop.isEmpty()) {
            return Optional.empty();
        }
        FaceDescriptor descriptor = describeCrop(descriptorCrop.get().cropFrom(photo), clock);
        return Optional.of(new DescribedFace(box, points, alignment, descriptor));
    }
}
