package mx.huella.engine.face;

import mx.huella.engine.face.nn.Conv2d;
import mx.huella.engine.face.nn.FeatureMap;
import mx.huella.engine.face.nn.Padding;
import mx.huella.engine.face.nn.SeparableConv2d;
import mx.huella.engine.face.weights.ModelWeights;
import mx.huella.engine.face.weights.Tensor;

/**
 * face-api's 4-conv {@code denseBlock} of the 68-point landmark net: a stride-2 first conv (a regular 3×3 conv in
 * the first block, separable otherwise) with ReLU, then three stride-1 separable convs each fed the ReLU of the sum
 * of all previous outputs. The sums are nested as face-api writes them ({@code o1 + (o2 + (o3 + o4))}), since float
 * addition is not associative. All convs are SAME. Immutable and thread-safe.
 */
final class LandmarkDenseBlock {

    private final Conv2d firstRegular;
    private final SeparableConv2d firstSeparable;
    private final SeparableConv2d conv1;
    private final SeparableConv2d conv2;
    private final SeparableConv2d conv3;

    LandmarkDenseBlock(ModelWeights weights, String prefix, boolean first) {
        if (first) {
            Tensor filters = weights.tensor(prefix + "/conv0/filters");
            this.firstRegular = new Conv2d(
                    filters.shape(),
                    filters.toArray(),
                    weights.tensor(prefix + "/conv0/bias").toArray(),
                    2,
                    Padding.SAME);
            this.firstSeparable = null;
        } else {
            this.firstRegular = null;
            this.firstSeparable = separable(weights, prefix + "/conv0", 2);
        }
        this.conv1 = separable(weights, prefix + "/conv1", 1);
        this.conv2 = separable(weights, prefix + "/conv2", 1);
        this.conv3 = separable(weights, prefix + "/conv3", 1);
    }

    FeatureMap apply(FeatureMap in) {
        FeatureMap o1 = (firstRegular != null ? firstRegular.apply(in) : firstSeparable.apply(in)).reluInPlace();
        FeatureMap o2 = conv1.apply(o1);
        FeatureMap o3 = conv2.apply(sum(o1, o2).reluInPlace());
        FeatureMap o4 = conv3.apply(sum(o1, sum(o2, o3)).reluInPlace());
        return sum(o1, sum(o2, sum(o3, o4))).reluInPlace();
    }

    private static FeatureMap sum(FeatureMap a, FeatureMap b) {
        float[] x = a.data();
        float[] y = b.data();
        float[] out = new float[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = x[i] + y[i];
        }
        return new FeatureMap(a.height(), a.width(), a.channels(), out);
    }

    private static SeparableConv2d separable(ModelWeights weights, String prefix, int stride) {
        Tensor depthwise = weights.tensor(prefix + "/depthwise_filter");
        Tensor pointwise = weights.tensor(prefix + "/pointwise_filter");
        return new SeparableConv2d(
                depthwise.shape(),
                depthwise.toArray(),
                pointwise.shape(),
                pointwise.toArray(),
                weights.tensor(prefix + "/bias").toArray(),
                stride,
                Padding.SAME);
    }
}
