package mx.huella.engine.face;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import mx.huella.engine.face.nn.Dense;
import mx.huella.engine.face.nn.FeatureMap;
import mx.huella.engine.face.nn.Padding;
import mx.huella.engine.face.nn.Pooling;
import mx.huella.engine.face.weights.FaceModel;
import mx.huella.engine.face.weights.ModelWeights;

/**
 * face-api's face recognition net (dlib's {@code dlib_face_recognition_resnet_model_v1}, a 29-conv ResNet-34-like
 * net), computing the same {@link FaceDescriptor} as {@code faceRecognitionNet.computeFaceDescriptor} on the TF.js
 * cpu backend: bit-identical on the oracle's inputs when the Vector API kernel runs, within 3e-7 per value with
 * the plain-Java fallback (see {@code mx.huella.engine.face.nn.ConvKernel}).
 *
 * <p>Design note: the layer sequence follows face-api's {@code FaceRecognitionNet.forwardInput} (see
 * {@code docs/face-models.md} §4): 7×7/2 VALID conv, 3×3/2 VALID max pool, 15 residual blocks of which 4 halve the
 * size, a global mean and a 256→128 product without bias. Every op rounds to float32 as TF.js does.
 *
 * <p>Input: a face crop of any size. It is padded to a square (centred, black) and resized bilinearly to 150×150;
 * a 150×150 crop is used as is. face-api does no rotation: alignment is the caller's choice of crop.
 *
 * <p>Cost: 270.9 M multiply-adds (0.54 GFLOP) per descriptor on the calling thread, a few MB of short-lived
 * buffers; about 13 ms with {@code --add-modules jdk.incubator.vector} and 75 ms without, on one AVX-512 core. Loading
 * reads 5.6 M weights (22 MB on the heap). Instances are immutable and thread-safe: load once and share; concurrent
 * calls each use their own buffers.
 */
public final class FaceRecognitionNet {

    /** The side of the square the net sees, in pixels. */
    public static final int INPUT_SIZE = 150;

    private static final float[] MEAN_RGB = {122.782f, 117.001f, 104.298f};
    private static final String[] PLAIN_32 = {"conv32_1", "conv32_2", "conv32_3"};

    private final ConvBlock stem;
    private final List<Stage> stages;
    private final Dense fc;

    private record Stage(String name, ResidualBlock block) {}

    private FaceRecognitionNet(ModelWeights weights) {
        this.stem = new ConvBlock(weights, "conv32_down", 2, Padding.VALID, true);
        List<Stage> list = new ArrayList<>();
        for (String name : PLAIN_32) {
            list.add(new Stage(name, ResidualBlock.plain(weights, name)));
        }
        addStage(list, weights, "conv64_down", "conv64_1", "conv64_2", "conv64_3");
        addStage(list, weights, "conv128_down", "conv128_1", "conv128_2");
        addStage(list, weights, "conv256_down", "conv256_1", "conv256_2");
        addStage(list, weights, "conv256_down_out");
        this.stages = List.copyOf(list);
        this.fc = new Dense(256, FaceDescriptor.LENGTH, weights.tensor("fc").toArray());
    }

    private static void addStage(List<Stage> list, ModelWeights weights, String down, String... plain) {
        list.add(new Stage(down, ResidualBlock.downsampling(weights, down)));
        for (String name : plain) {
            list.add(new Stage(name, ResidualBlock.plain(weights, name)));
        }
    }

    /**
     * Loads face-api's weights from the class path ({@code /face-models/face_recognition_model*}); about 50 ms.
     * Throws {@link mx.huella.engine.face.weights.FaceWeightsException} when they are missing or corrupt.
     */
    public static FaceRecognitionNet load() {
        return new FaceRecognitionNet(ModelWeights.load(FaceModel.FACE_RECOGNITION));
    }

    /** Builds the net from already loaded weights, which must be {@link FaceModel#FACE_RECOGNITION}'s. */
    public static FaceRecognitionNet from(ModelWeights weights) {
        if (weights.model() != FaceModel.FACE_RECOGNITION) {
            throw new IllegalArgumentException("not recognition weights: " + weights.model());
        }
        return new FaceRecognitionNet(weights);
    }

    /**
     * The descriptor of a face crop of any size: face-api's {@code computeFaceDescriptor}. A {@value #INPUT_SIZE}-px
     * square crop skips the pad and resize; any other is padded to a centred square and resized bilinearly first.
     */
    public FaceDescriptor describe(RgbImage face) {
        return describe(face, (layer, map) -> {});
    }

    /** As {@link #describe(RgbImage)}, reporting each layer's output (the input first) to {@code observer}. */
    FaceDescriptor describe(RgbImage face, BiConsumer<String, FeatureMap> observer) {
        FeatureMap x = NetInput.normalised(face, INPUT_SIZE, MEAN_RGB, true);
        observer.accept("input", x);
        x = stem.apply(x);
        observer.accept("conv32_down", x);
        x = Pooling.max(x, 3, 2, Padding.VALID);
        observer.accept("maxpool", x);
        for (Stage stage : stages) {
            x = stage.block().apply(x);
            observer.accept(stage.name(), x);
        }
        float[] descriptor = fc.apply(globalMean(x));
        observer.accept("fc", new FeatureMap(1, 1, descriptor.length, descriptor.clone()));
        return new FaceDescriptor(descriptor);
    }

    /** TF.js {@code mean(x, [1, 2])}: each value divided by the cell count in float32, then summed in double. */
    private static float[] globalMean(FeatureMap x) {
        int channels = x.channels();
        int cells = x.height() * x.width();
        float[] data = x.data();
        float[] mean = new float[channels];
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            for (int i = 0; i < cells; i++) {
                sum += data[i * channels + c] / (float) cells;
            }
            mean[c] = (float) sum;
        }
        return mean;
    }
}
