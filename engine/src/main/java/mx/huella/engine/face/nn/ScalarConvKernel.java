package mx.huella.engine.face.nn;

/**
 * Plain-Java convolution: for each output pixel and tap, one input value times the contiguous row of {@code cout}
 * weights is added to the pixel's contiguous outputs. C2 vectorises that innermost loop; zero inputs (ReLU leaves
 * many) are skipped, which changes no sum.
 */
final class ScalarConvKernel implements ConvKernel {

    @Override
    public void convolve(ConvGeometry g, float[] in, float[] filters, float[] out) {
        int cin = g.inChannels();
        int cout = g.outChannels();
        for (int oy = 0; oy < g.outHeight(); oy++) {
            for (int ox = 0; ox < g.outWidth(); ox++) {
                int outOffset = (oy * g.outWidth() + ox) * cout;
                for (int ky = 0; ky < g.kernelHeight(); ky++) {
                    for (int kx = 0; kx < g.kernelWidth(); kx++) {
                        int inOffset = ((oy * g.stride() + ky) * g.paddedWidth() + ox * g.stride() + kx) * cin;
                        int wOffset = (ky * g.kernelWidth() + kx) * cin * cout;
                        for (int ci = 0; ci < cin; ci++, wOffset += cout) {
                            float x = in[inOffset + ci];
                            if (x != 0f) {
                                for (int co = 0; co < cout; co++) {
                                    out[outOffset + co] += x * filters[wOffset + co];
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
