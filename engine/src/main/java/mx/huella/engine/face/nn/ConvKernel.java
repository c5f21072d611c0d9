package mx.huella.engine.face.nn;

/**
 * The multiply-add loop of {@link Conv2d}: {@code out[oy, ox, co] = Σ in[oy·s+ky, ox·s+kx, ci] · w[ky, kx, ci, co]}
 * over a zero-padded input, summed in TF.js's tap order (ky, kx, ci). Two implementations: plain Java loops, and
 * the incubating Vector API when the JVM runs with {@code --add-modules jdk.incubator.vector}.
 */
interface ConvKernel {

    /** The fastest kernel this JVM can run. */
    ConvKernel BEST = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            ? VectorConvKernel.create()
            : new ScalarConvKernel();

    /** Fills {@code out} (zeros on entry), {@code outHeight · outWidth · outChannels} values in HWC order. */
    void convolve(ConvGeometry g, float[] in, float[] filters, float[] out);
}
