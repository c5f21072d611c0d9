package mx.huella.engine.face.nn;

import java.util.Arrays;

/**
 * A 2-D convolution followed by a bias add, as TF.js {@code add(conv2d(x, filters, stride, padding), bias)}.
 *
 * <p>Design note: direct convolution, no im2col. Filters stay in TF.js HWIO order {@code [kh, kw, cin, cout]}, so for
 * one input value the {@code cout} weights are contiguous and the innermost work runs over output channels, which
 * vectorises. Taps are summed in the TF.js cpu kernel's order (ky, kx, ci, each product added to a float32
 * accumulator), so results match face-api to about 1e-7. The input is first copied inside a zero border (SAME's
 * extra cell at the bottom/right); padded taps then add zeros, which changes no sum and spares the kernels all
 * bounds tests. The {@link ConvKernel} does the multiply-adds.
 *
 * <p>Immutable and thread-safe. Cost: {@code outH · outW · kh · kw · cin · cout} multiply-adds.
 */
public final class Conv2d {

    private final int kernelHeight;
    private final int kernelWidth;
    private final int inChannels;
    private final int outChannels;
    private final int stride;
    private final Padding padding;
    private final float[] filters;
    private final float[] bias;
    private final ConvKernel kernel = ConvKernel.BEST;

    /**
     * @param shape {@code [kh, kw, cin, cout]}, the filters' shape
     * @param filters HWIO values, copied
     * @param bias {@code cout} values, copied
     */
    public Conv2d(int[] shape, float[] filters, float[] bias, int stride, Padding padding) {
        if (shape.length != 4
                || filters.length != shape[0] * shape[1] * shape[2] * shape[3]
                || bias.length != shape[3]
                || stride < 1) {
            throw new IllegalArgumentException("inconsistent convolution: filters " + filters.length + " for shape "
                    + Arrays.toString(shape) + ", bias " + bias.length + ", stride " + stride);
        }
        this.kernelHeight = shape[0];
        this.kernelWidth = shape[1];
        this.inChannels = shape[2];
        this.outChannels = shape[3];
        this.stride = stride;
        this.padding = padding;
        this.filters = filters.clone();
        this.bias = bias.clone();
    }

    public int outChannels() {
        return outChannels;
    }

    /** Convolves {@code in}, whose channel count must be {@code cin}, into a new map. */
    public FeatureMap apply(FeatureMap in) {
        if (in.channels() != inChannels) {
            throw new IllegalArgumentException("expected " + inChannels + " channels, got " + in.channels());
        }
        PaddedInput padded = PaddedInput.of(in, kernelHeight, kernelWidth, stride, padding);
        int outH = padded.outHeight();
        int outW = padded.outWidth();
        FeatureMap out = new FeatureMap(outH, outW, outChannels);
        ConvGeometry geometry = new ConvGeometry(
                kernelHeight,
                kernelWidth,
                inChannels,
                outChannels,
                stride,
                padded.paddedHeight(),
                padded.paddedWidth(),
                outH,
                outW);
        kernel.convolve(geometry, padded.data(), filters, out.data());
        addBias(out.data());
        return out;
    }

    /** The input inside a zero border, so that kernels need no bounds tests; {@code in}'s own array when none. */
    private void addBias(float[] out) {
        for (int i = 0; i < out.length; i += outChannels) {
            for (int co = 0; co < outChannels; co++) {
                out[i + co] += bias[co];
            }
        }
    }
}
