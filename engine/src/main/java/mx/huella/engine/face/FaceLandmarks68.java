package mx.huella.engine.face;

import java.util.function.BiConsumer;
import mx.huella.engine.face.nn.Dense;
import mx.huella.engine.face.nn.FeatureMap;
import mx.huella.engine.face.nn.Padding;
import mx.huella.engine.face.nn.Pooling;
import mx.huella.engine.face.weights.FaceModel;
import mx.huella.engine.face.weights.ModelWeights;

/**
 * face-api's 68-point landmark net ({@code FaceLandmark68Net}), computing the same points as
 * {@code faceLandmark68Net.detectLandmarks(crop)} on the TF.js cpu backend.
 *
 * <p>Design note (see {@code docs/face-models.md} §6): the crop is padded to a centred square with black, resized
 * bilinearly to 112×112 and normalised by {@code (v − mean)/255}; four dense blocks of separable convs halve it to
 * 7×7×256, a 7×7 average pool and a fully connected layer with bias give 136 values, the points as fractions of
 * the 112 square, with no activation. They are mapped back to the crop through face-api's unrounded padding.
 *
 * <p>Cost: 51.6 M multiply-adds per face on the calling thread and about 2 MB of short-lived buffers. Instances are
 * immutable and thread-safe: load once and share.
 */
public final class FaceLandmarks68 {

    /** The side of the square the net sees, in pixels. */
    public static final int INPUT_SIZE = 112;

    private static final float[] MEAN_RGB = {122.782f, 117.001f, 104.298f};
    private static final String[] BLOCKS = {"dense0", "dense1", "dense2", "dense3"};
    private static final int OUTPUTS = 2 * Landmarks.COUNT;

    private final LandmarkDenseBlock[] blocks = new LandmarkDenseBlock[BLOCKS.length];
    private final Dense fc;
    private final float[] fcBias;

    private FaceLandmarks68(ModelWeights weights) {
        for (int i = 0; i < BLOCKS.length; i++) {
            blocks[i] = new LandmarkDenseBlock(weights, BLOCKS[i], i == 0);
        }
        this.fc = new Dense(256, OUTPUTS, weights.tensor("fc/weights").toArray());
        this.fcBias = weights.tensor("fc/bias").toArray();
    }

    /**
     * Loads face-api's weights from the class path ({@code /face-models/face_landmark_68_model*}). Throws
     * {@link mx.huella.engine.face.weights.FaceWeightsException} when they are missing or corrupt.
     */
    public static FaceLandmarks68 load() {
        return from(ModelWeights.load(FaceModel.FACE_LANDMARK_68));
    }

    /** Builds the net from already loaded weights, which must be {@link FaceModel#FACE_LANDMARK_68}'s. */
    public static FaceLandmarks68 from(ModelWeights weights) {
        if (weights.model() != FaceModel.FACE_LANDMARK_68) {
            throw new IllegalArgumentException("not 68-point landmark weights: " + weights.model());
        }
        return new FaceLandmarks68(weights);
    }

    /**
     * The 68 points of the face in {@code faceCrop}, in the crop's pixel coordinates. face-api feeds it the detection
     * box clipped to the image and floored; add that box's (unfloored) origin for image coordinates.
     */
    public Landmarks detect(RgbImage faceCrop) {
        float[] raw = rawOutput(faceCrop, (layer, map) -> {});
        double scale = (double) INPUT_SIZE / Math.max(faceCrop.width(), faceCrop.height());
        double scaledWidth = faceCrop.width() * scale;
        double scaledHeight = faceCrop.height() * scale;
        float padX = (float) (scaledWidth < scaledHeight ? Math.abs(scaledWidth - scaledHeight) / 2 : 0);
        float padY = (float) (scaledHeight < scaledWidth ? Math.abs(scaledWidth - scaledHeight) / 2 : 0);
        float width = (float) scaledWidth;
        float height = (float) scaledHeight;
        double[] xy = new double[OUTPUTS];
        for (int i = 0; i < Landmarks.COUNT; i++) {
            float relX = (raw[2 * i] * INPUT_SIZE - padX) / width;
            float relY = (raw[2 * i + 1] * INPUT_SIZE - padY) / height;
            xy[2 * i] = relX * (double) faceCrop.width();
            xy[2 * i + 1] = relY * (double) faceCrop.height();
        }
        return new Landmarks(xy);
    }

    /** The 136 raw outputs, reporting each layer's output (the input first) to {@code observer}. */
    float[] rawOutput(RgbImage faceCrop, BiConsumer<String, FeatureMap> observer) {
        FeatureMap x = NetInput.normalised(faceCrop, INPUT_SIZE, MEAN_RGB, true);
        observer.accept("input", x);
        for (int i = 0; i < blocks.length; i++) {
            x = blocks[i].apply(x);
            observer.accept(BLOCKS[i], x);
        }
        float[] pooled = Pooling.average(x, 7, 2, Padding.VALID).data();
        float[] out = fc.apply(pooled);
        for (int i = 0; i < out.length; i++) {
            out[i] += fcBias[i];
        }
        observer.accept("fc", new FeatureMap(1, 1, out.length, out.clone()));
        return out;
    }
}
