package mx.huella.engine.face.nn;

import java.util.Arrays;

/**
 * A depthwise 2-D convolution with channel multiplier 1, TF.js
 * {@code depthwiseConv2d(x, filters, stride, padding)}:
 * {@code y[oy, ox, c] = Σ x[oy·s − top + ky, ox·s − left + kx, c] · f[ky, kx, c, 0]}. No bias: face-api adds it after
 * the pointwise step (see {@link SeparableConv2d}).
 *
 * <p>Taps are summed in TF.js's order (ky, kx) into a float32 accumulator; the TF.js cpu kernel accumulates in JS
 * doubles, so results differ from face-api's by float rounding only (about 1e-7 relative). The input is first copied
 * inside a zero border, as {@link Conv2d} does, so padded taps add zeros and the loop needs no bounds tests; the
 * innermost loop runs over contiguous channels, which C2 vectorises.
 *
 * <p>Immutable and thread-safe. Cost: {@code outH · outW · kh · kw · C} multiply-adds.
 */
public final class DepthwiseConv2d {

    private final int kernelHeight;
    private final int kernelWidth;
    private final int channels;
    private final int stride;
    private final Padding padding;
    private final float[] filters;

    /**
     * @param shape {@code [kh, kw, C, 1]}, the filters' shape
     * @param filters values in that order, copied
     */
    public DepthwiseConv2d(int[] shape, float[] filters, int stride, Padding padding) {
        if (shape.length != 4 || shape[3] != 1 || filters.length != shape[0] * shape[1] * shape[2] || stride < 1) {
            throw new IllegalArgumentException("inconsistent depthwise convolution: filters " + filters.length
                    + " for shape " + Arrays.toString(shape) + ", stride " + stride);
        }
        this.kernelHeight = shape[0];
        this.kernelWidth = shape[1];
        this.channels = shape[2];
        this.stride = stride;
        this.padding = padding;
        this.filters = filters.clone();
    }

    public int channels() {
        return channels;
    }

    /** Convolves {@code in}, whose channel count must be {@code C}, into a new map. */
    public FeatureMap apply(FeatureMap in) {
        if (in.channels() != channels) {
            throw new IllegalArgumentException("expected " + channels + " channels, got " + in.channels());
        }
        PaddedInput padded = PaddedInput.of(in, kernelHeight, kernelWidth, stride, padding);
        int outH = padded.outHeight();
        int outW = padded.outWidth();
        int paddedW = padded.paddedWidth();
        float[] x = padded.data();
        FeatureMap out = new FeatureMap(outH, outW, channels);
        float[] y = out.data();
        for (int oy = 0; oy < outH; oy++) {
            for (int ox = 0; ox < outW; ox++) {
                int outOffset = (oy * outW + ox) * channels;
                for (int ky = 0; ky < kernelHeight; ky++) {
                    for (int kx = 0; kx < kernelWidth; kx++) {
                        int inOffset = ((oy * stride + ky) * paddedW + ox * stride + kx) * channels;
                        int wOffset = (ky * kernelWidth + kx) * channels;
                        for (int c = 0; c < channels; c++) {
                            y[outOffset + c] += x[inOffset + c] * filters[wOffset + c];
                        }
                    }
                }
            }
        }
        return out;
    }
}
