package mx.huella.engine.face;

import mx.huella.engine.face.nn.ChannelScale;
import mx.huella.engine.face.nn.Conv2d;
import mx.huella.engine.face.nn.FeatureMap;
import mx.huella.engine.face.nn.Padding;
import mx.huella.engine.face.weights.ModelWeights;
import mx.huella.engine.face.weights.Tensor;

/**
 * face-api's recognition {@code convLayer}: convolution plus bias, then the per-channel scale (dlib's affine layer,
 * the folded batch norm), then optionally ReLU. Weights are read from {@code <prefix>/conv/filters},
 * {@code <prefix>/conv/bias}, {@code <prefix>/scale/weights} and {@code <prefix>/scale/biases}. Immutable.
 */
final class ConvBlock {

    private final Conv2d conv;
    private final ChannelScale scale;
    private final boolean relu;

    ConvBlock(ModelWeights weights, String prefix, int stride, Padding padding, boolean relu) {
        Tensor filters = weights.tensor(prefix + "/conv/filters");
        this.conv = new Conv2d(
                filters.shape(),
                filters.toArray(),
                weights.tensor(prefix + "/conv/bias").toArray(),
                stride,
                padding);
        this.scale = new ChannelScale(
                weights.tensor(prefix + "/scale/weights").toArray(),
                weights.tensor(prefix + "/scale/biases").toArray());
        this.relu = relu;
    }

    FeatureMap apply(FeatureMap in) {
        FeatureMap out = scale.applyInPlace(conv.apply(in));
        return relu ? out.reluInPlace() : out;
    }
}
