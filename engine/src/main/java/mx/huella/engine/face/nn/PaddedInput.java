package mx.huella.engine.face.nn;

/**
 * A convolution's input copied once into a zero border as the padding rule asks, with the output
 * size, so that the kernels need no bounds tests. Shared by {@link Conv2d} and {@link DepthwiseConv2d}.
 *
 * @param data row-major HWC values of the padded input; the input's own array when no border is needed
 */
record PaddedInput(int outHeight, int outWidth, int paddedHeight, int paddedWidth, float[] data) {

    static PaddedInput of(FeatureMap in, int kernelHeight, int kernelWidth, int stride, Padding padding) {
        int outH = padding.outputSize(in.height(), kernelHeight, stride);
        int outW = padding.outputSize(in.width(), kernelWidth, stride);
        int top = padding.padBefore(in.height(), kernelHeight, stride);
        int left = padding.padBefore(in.width(), kernelWidth, stride);
        int paddedH = Math.max(in.height() + top, (outH - 1) * stride + kernelHeight);
        int paddedW = Math.max(in.width() + left, (outW - 1) * stride + kernelWidth);
        return new PaddedInput(outH, outW, paddedH, paddedW, zeroPadded(in, top, left, paddedH, paddedW));
    }

    private static float[] zeroPadded(FeatureMap in, int top, int left, int paddedH, int paddedW) {
        if (paddedH == in.height() && paddedW == in.width()) {
            return in.data();
        }
        int channels = in.channels();
        float[] padded = new float[paddedH * paddedW * channels];
        int rowLength = in.width() * channels;
        for (int y = 0; y < in.height(); y++) {
            System.arraycopy(in.data(), y * rowLength, padded, ((y + top) * paddedW + left) * channels, rowLength);
        }
        return padded;
    }
}
