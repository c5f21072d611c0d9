package mx.huella.engine.face;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import mx.huella.engine.face.nn.Conv2d;
import mx.huella.engine.face.nn.FeatureMap;
import mx.huella.engine.face.nn.LeakyRelu;
import mx.huella.engine.face.nn.Padding;
import mx.huella.engine.face.nn.Pooling;
import mx.huella.engine.face.nn.SeparableConv2d;
import mx.huella.engine.face.weights.FaceModel;
import mx.huella.engine.face.weights.ModelWeights;
import mx.huella.engine.face.weights.Tensor;

/**
 * face-api's tiny face detector ({@code TinyFaceDetector}, a Tiny-YOLOv2 variant built from depthwise-separable
 * convolutions), returning the same boxes as {@code detectAllFaces(image, new TinyFaceDetectorOptions())} on the
 * TF.js cpu backend.
 *
 * <p>Design note (see {@code docs/face-models.md} §5): the image is padded with black at the bottom or right to a
 * square, resized bilinearly to S×S and normalised by {@code (v − mean)/255}. Then a 3×3 VALID conv, five
 * separable convs with leaky ReLU (alpha 0.1) and 2×2 max pools (the last with stride 1), and a 1×1 head give an
 * (S/32)² grid of 5 anchors × (tx, ty, tw, th, objectness). Boxes whose sigmoid objectness exceeds
 * {@value #SCORE_THRESHOLD} are kept, greedy non-maximum suppression drops those overlapping a better one by IoU
 * above {@value #IOU_THRESHOLD}, and the survivors are mapped back to the original image's pixels.
 *
 * <p>Cost: 198.8 M multiply-adds at S = 416 (117.4 M at 320) on the calling thread, plus about 20 MB of short-lived
 * buffers. Instances are immutable and thread-safe: load once and share.
 */
public final class TinyFaceDetector {

    /** face-api's default input side S, in pixels. */
    public static final int DEFAULT_INPUT_SIZE = 416;
    /** Boxes need a sigmoid objectness strictly above this. */
    public static final double SCORE_THRESHOLD = 0.5;
    /** A box overlapping a better one by an intersection over union strictly above this is suppressed. */
    public static final double IOU_THRESHOLD = 0.4;

    private static final float[] MEAN_RGB = {117.001f, 114.697f, 97.404f};
    private static final String[] SEPARABLE = {"conv1", "conv2", "conv3", "conv4", "conv5"};

    private final int inputSize;
    private final Conv2d conv0;
    private final List<SeparableConv2d> separable;
    private final Conv2d head;

    private TinyFaceDetector(ModelWeights weights, int inputSize) {
        this.inputSize = inputSize;
        this.conv0 = conv(weights, "conv0", Padding.VALID);
        List<SeparableConv2d> list = new ArrayList<>();
        for (String name : SEPARABLE) {
            list.add(separable(weights, name));
        }
        this.separable = List.copyOf(list);
        this.head = conv(weights, "conv8", Padding.VALID);
    }

    /**
     * Loads face-api's weights from the class path ({@code /face-models/tiny_face_detector_model*}), input side 416.
     * Throws {@link mx.huella.engine.face.weights.FaceWeightsException} when they are missing or corrupt.
     */
    public static TinyFaceDetector load() {
        return load(DEFAULT_INPUT_SIZE);
    }

    /**
     * As {@link #load()} with another input side S: a positive multiple of 32 (face-api offers 128 to 608). Smaller
     * is faster (cost grows with S²) but misses smaller faces.
     */
    public static TinyFaceDetector load(int inputSize) {
        return from(ModelWeights.load(FaceModel.TINY_FACE_DETECTOR), inputSize);
    }

    /** Builds the detector from already loaded weights, which must be {@link FaceModel#TINY_FACE_DETECTOR}'s. */
    public static TinyFaceDetector from(ModelWeights weights, int inputSize) {
        if (weights.model() != FaceModel.TINY_FACE_DETECTOR) {
            throw new IllegalArgumentException("not tiny face detector weights: " + weights.model());
        }
        if (inputSize <= 0 || inputSize % 32 != 0) {
            throw new IllegalArgumentException("input size must be a positive multiple of 32: " + inputSize);
        }
        return new TinyFaceDetector(weights, inputSize);
    }

    public int inputSize() {
        return inputSize;
    }

    /** The faces in {@code image}, best score first; empty when none scores above {@value #SCORE_THRESHOLD}. */
    public List<FaceBox> detect(RgbImage image) {
        FeatureMap grid = headOutput(image, (layer, map) -> {});
        List<DetectorGrid.Candidate> kept = NonMaxSuppression.apply(
                DetectorGrid.decode(grid, image.width(), image.height(), inputSize, SCORE_THRESHOLD), IOU_THRESHOLD);
        return kept.stream()
                .map(c -> new FaceBox(
                        c.x() * image.width(),
                        c.y() * image.height(),
                        c.width() * image.width(),
                        c.height() * image.height(),
                        c.score()))
                .toList();
    }

    /** The raw N×N×25 head output (logits), reporting each layer's output (the input first) to {@code observer}. */
    FeatureMap headOutput(RgbImage image, BiConsumer<String, FeatureMap> observer) {
        FeatureMap x = NetInput.normalised(image, inputSize, MEAN_RGB, false);
        observer.accept("input", x);
        x = LeakyRelu.applyInPlace(conv0.apply(x));
        observer.accept("conv0", x);
        x = Pooling.max(x, 2, 2, Padding.SAME);
        observer.accept("maxpool0", x);
        for (int i = 0; i < separable.size(); i++) {
            String name = SEPARABLE[i];
            x = LeakyRelu.applyInPlace(separable.get(i).apply(x));
            observer.accept(name, x);
            x = Pooling.max(x, 2, i == separable.size() - 1 ? 1 : 2, Padding.SAME);
            observer.accept("maxpool(" + name + ")", x);
        }
        x = head.apply(x);
        observer.accept("conv8", x);
        return x;
    }

    private static Conv2d conv(ModelWeights weights, String prefix, Padding padding) {
        Tensor filters = weights.tensor(prefix + "/filters");
        return new Conv2d(
                filters.shape(),
                filters.toArray(),
                weights.tensor(prefix + "/bias").toArray(),
                1,
                padding);
    }

    private static SeparableConv2d separable(ModelWeights weights, String prefix) {
        Tensor depthwise = weights.tensor(prefix + "/depthwise_filter");
        Tensor pointwise = weights.tensor(prefix + "/pointwise_filter");
        return new SeparableConv2d(
                depthwise.shape(),
                depthwise.toArray(),
                pointwise.shape(),
                pointwise.toArray(),
                weights.tensor(prefix + "/bias").toArray(),
                1,
                Padding.SAME);
    }
}
