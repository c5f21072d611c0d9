package mx.huella.engine.face.nn;

/**
 * TF.js {@code add(separableConv2d(x, depthwise, pointwise, stride, padding), bias)}: a depthwise convolution, then
 * a 1×1 VALID convolution across channels, then the bias add. Immutable and thread-safe. Cost:
 * {@code outH · outW · C · (kh · kw + cout)} multiply-adds.
 */
public final class SeparableConv2d {

    private final DepthwiseConv2d depthwise;
    private final Conv2d pointwise;

    /**
     * @param depthwiseShape {@code [kh, kw, C, 1]}
     * @param pointwiseShape {@code [1, 1, C, cout]}
     * @param bias {@code cout} values, added after the pointwise step
     */
    public SeparableConv2d(
            int[] depthwiseShape,
            float[] depthwiseFilters,
            int[] pointwiseShape,
            float[] pointwiseFilters,
            float[] bias,
            int stride,
            Padding padding) {
        if (pointwiseShape.length != 4
                || pointwiseShape[0] != 1
                || pointwiseShape[1] != 1
                || depthwiseShape.length != 4
                || pointwiseShape[2] != depthwiseShape[2]) {
            throw new IllegalArgumentException("pointwise filters must be [1, 1, C, cout] with C of the depthwise");
        }
        this.depthwise = new DepthwiseConv2d(depthwiseShape, depthwiseFilters, stride, padding);
        this.pointwise = new Conv2d(pointwiseShape, pointwiseFilters, bias, 1, Padding.VALID);
    }

    public int outChannels() {
        return pointwise.outChannels();
    }

    /** Convolves {@code in} into a new map. */
    public FeatureMap apply(FeatureMap in) {
        return pointwise.apply(depthwise.apply(in));
    }
}
