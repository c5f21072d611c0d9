package mx.huella.engine.face;

import mx.huella.engine.face.nn.FeatureMap;
import mx.huella.engine.face.nn.Padding;
import mx.huella.engine.face.nn.Pooling;
import mx.huella.engine.face.weights.ModelWeights;

/**
 * A ResNet basic block of the recognition net: {@code relu(shortcut(x) + conv2(relu(conv1(x))))}, both convs 3×3.
 *
 * <p>The plain block keeps the size and uses the identity shortcut. The down-sampling block (face-api's
 * {@code residualDown}) runs conv1 at stride 2 with VALID padding and takes a 2×2 average pool as the shortcut; when
 * the odd input size makes the conv branch one smaller than the pooled shortcut, the branch gets a zero row at the
 * bottom and a zero column at the right, and a shortcut with fewer channels is extended with zero channels. These
 * quirks are face-api's (dlib pads differently); we copy face-api so descriptors match. Immutable.
 */
final class ResidualBlock {

    private final ConvBlock conv1;
    private final ConvBlock conv2;
    private final boolean downsampling;

    private ResidualBlock(ModelWeights weights, String prefix, boolean downsampling) {
        this.conv1 = new ConvBlock(
                weights, prefix + "/conv1", downsampling ? 2 : 1, downsampling ? Padding.VALID : Padding.SAME, true);
        this.conv2 = new ConvBlock(weights, prefix + "/conv2", 1, Padding.SAME, false);
        this.downsampling = downsampling;
    }

    static ResidualBlock plain(ModelWeights weights, String prefix) {
        return new ResidualBlock(weights, prefix, false);
    }

    static ResidualBlock downsampling(ModelWeights weights, String prefix) {
        return new ResidualBlock(weights, prefix, true);
    }

    FeatureMap apply(FeatureMap x) {
        FeatureMap branch = conv2.apply(conv1.apply(x));
        FeatureMap shortcut = downsampling ? Pooling.average(x, 2, 2, Padding.VALID) : x;
        float[] sum = branch.data();
        float[] identity = shortcut.data();
        if (branch.height() == shortcut.height()
                && branch.width() == shortcut.width()
                && branch.channels() == shortcut.channels()) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] = Math.max(sum[i] + identity[i], 0f);
            }
            return branch;
        }
        return addPadded(branch, shortcut);
    }

    /** {@code relu(shortcut + branch)} where missing bottom/right cells and upper channels count as zeros. */
    private static FeatureMap addPadded(FeatureMap branch, FeatureMap shortcut) {
        int h = shortcut.height();
        int w = shortcut.width();
        int channels = branch.channels();
        FeatureMap out = new FeatureMap(h, w, channels);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean inBranch = y < branch.height() && x < branch.width();
                for (int c = 0; c < channels; c++) {
                    float q = c < shortcut.channels() ? shortcut.get(y, x, c) : 0f;
                    float b = inBranch ? branch.get(y, x, c) : 0f;
                    out.data()[(y * w + x) * channels + c] = Math.max(q + b, 0f);
                }
            }
        }
        return out;
    }
}
