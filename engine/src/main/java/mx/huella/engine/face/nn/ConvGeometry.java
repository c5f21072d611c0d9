package mx.huella.engine.face.nn;

/**
 * The sizes of one convolution call over an input already zero-padded on every side, so that every tap of every
 * output is in bounds: {@code in[(y · paddedWidth + x) · cin + ci]} for {@code y < paddedHeight}.
 */
record ConvGeometry(
        int kernelHeight,
        int kernelWidth,
        int inChannels,
        int outChannels,
        int stride,
        int paddedHeight,
        int paddedWidth,
        int outHeight,
        int outWidth) {}
