package mx.huella.engine.face.nn;

/**
 * A per-channel affine map {@code y = x · weight[c] + bias[c]}, the folded batch normalisation of dlib's ResNet
 * (face-api's {@code scale} layer): a float32 multiply, then a float32 add, as two TF.js ops. Immutable.
 */
public final class ChannelScale {

    private final float[] weights;
    private final float[] biases;

    /** Both arrays have one value per channel; they are copied. */
    public ChannelScale(float[] weights, float[] biases) {
        if (weights.length != biases.length) {
            throw new IllegalArgumentException("weights " + weights.length + " vs biases " + biases.length);
        }
        this.weights = weights.clone();
        this.biases = biases.clone();
    }

    /** Applies the map to {@code map} in place and returns it; the channel count must match. */
    public FeatureMap applyInPlace(FeatureMap map) {
        int channels = weights.length;
        if (map.channels() != channels) {
            throw new IllegalArgumentException("expected " + channels + " channels, got " + map.channels());
        }
        float[] data = map.data();
        for (int i = 0; i < data.length; i += channels) {
            for (int c = 0; c < channels; c++) {
                data[i + c] = data[i + c] * weights[c] + biases[c];
            }
        }
        return map;
    }
}
