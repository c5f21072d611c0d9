package mx.huella.engine.face.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Convolution on the incubating Vector API with register blocking: four neighbouring output pixels times two
 * vectors of output channels (32 channels with AVX-512) are accumulated in eight registers across all
 * {@code kh · kw · cin} taps, so each weight load feeds four fused multiply-adds and outputs are stored once. C2
 * cannot keep such a block in registers from plain loops, which is why this kernel exists (docs/face-models.md §9).
 *
 * <p>Each product is added with one rounding (FMA) where TF.js rounds the sum to float32 after a double add; the
 * results differ by about 1e-7, far below the 1e-4 parity budget. Output rows ending in fewer than four pixels take one
 * pixel at a time; channel counts of a multiple of one vector (not two) take a one-vector-wide variant, and any
 * other count the scalar kernel.
 *
 * <p>Only loaded when the JVM has {@code jdk.incubator.vector}; see {@link ConvKernel#BEST}.
 */
final class VectorConvKernel implements ConvKernel {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private final ConvKernel fallback = new ScalarConvKernel();

    private VectorConvKernel() {}

    static ConvKernel create() {
        return new VectorConvKernel();
    }

    @Override
    public void convolve(ConvGeometry g, float[] in, float[] filters, float[] out) {
        if (g.outChannels() % (2 * LANES) != 0) {
            if (g.outChannels() % LANES == 0) {
                oneVectorWide(g, in, filters, out);
            } else {
                fallback.convolve(g, in, filters, out);
            }
            return;
        }
        for (int oy = 0; oy < g.outHeight(); oy++) {
            for (int co = 0; co < g.outChannels(); co += 2 * LANES) {
                int ox = 0;
                for (; ox + 4 <= g.outWidth(); ox += 4) {
                    fourPixels(g, in, filters, out, oy, ox, co);
                }
                for (; ox < g.outWidth(); ox++) {
                    onePixel(g, in, filters, out, oy, ox, co);
                }
            }
        }
    }

    /** For channel counts of one vector, such as the tiny detector's first conv (16 with AVX-512). */
    private static void oneVectorWide(ConvGeometry g, float[] in, float[] filters, float[] out) {
        for (int oy = 0; oy < g.outHeight(); oy++) {
            for (int co = 0; co < g.outChannels(); co += LANES) {
                int ox = 0;
                for (; ox + 4 <= g.outWidth(); ox += 4) {
                    fourPixelsOneVector(g, in, filters, out, oy, ox, co);
                }
                for (; ox < g.outWidth(); ox++) {
                    onePixelOneVector(g, in, filters, out, oy, ox, co);
                }
            }
        }
    }

    private static void fourPixelsOneVector(
            ConvGeometry g, float[] in, float[] filters, float[] out, int oy, int ox, int co) {
        int cin = g.inChannels();
        int cout = g.outChannels();
        int step = g.stride() * cin;
        FloatVector a = FloatVector.zero(SPECIES);
        FloatVector b = a;
        FloatVector c = a;
        FloatVector d = a;
        for (int ky = 0; ky < g.kernelHeight(); ky++) {
            for (int kx = 0; kx < g.kernelWidth(); kx++) {
                int x = ((oy * g.stride() + ky) * g.paddedWidth() + ox * g.stride() + kx) * cin;
                int w = (ky * g.kernelWidth() + kx) * cin * cout + co;
                for (int ci = 0; ci < cin; ci++, x++, w += cout) {
                    FloatVector weights = FloatVector.fromArray(SPECIES, filters, w);
                    a = weights.fma(FloatVector.broadcast(SPECIES, in[x]), a);
                    b = weights.fma(FloatVector.broadcast(SPECIES, in[x + step]), b);
                    c = weights.fma(FloatVector.broadcast(SPECIES, in[x + 2 * step]), c);
                    d = weights.fma(FloatVector.broadcast(SPECIES, in[x + 3 * step]), d);
                }
            }
        }
        int o = (oy * g.outWidth() + ox) * cout + co;
        a.intoArray(out, o);
        b.intoArray(out, o + cout);
        c.intoArray(out, o + 2 * cout);
        d.intoArray(out, o + 3 * cout);
    }

    private static void onePixelOneVector(
            ConvGeometry g, float[] in, float[] filters, float[] out, int oy, int ox, int co) {
        int cin = g.inChannels();
        int cout = g.outChannels();
        FloatVector a = FloatVector.zero(SPECIES);
        for (int ky = 0; ky < g.kernelHeight(); ky++) {
            for (int kx = 0; kx < g.kernelWidth(); kx++) {
                int x = ((oy * g.stride() + ky) * g.paddedWidth() + ox * g.stride() + kx) * cin;
                int w = (ky * g.kernelWidth() + kx) * cin * cout + co;
                for (int ci = 0; ci < cin; ci++, x++, w += cout) {
                    a = FloatVector.fromArray(SPECIES, filters, w).fma(FloatVector.broadcast(SPECIES, in[x]), a);
                }
            }
        }
        a.intoArray(out, (oy * g.outWidth() + ox) * cout + co);
    }

    private static void fourPixels(ConvGeometry g, float[] in, float[] filters, float[] out, int oy, int ox, int co) {
        int cin = g.inChannels();
        int cout = g.outChannels();
        int step = g.stride() * cin;
        FloatVector a0 = FloatVector.zero(SPECIES);
        FloatVector a1 = a0;
        FloatVector b0 = a0;
        FloatVector b1 = a0;
        FloatVector c0 = a0;
        FloatVector c1 = a0;
        FloatVector d0 = a0;
        FloatVector d1 = a0;
        for (int ky = 0; ky < g.kernelHeight(); ky++) {
            for (int kx = 0; kx < g.kernelWidth(); kx++) {
                int x = ((oy * g.stride() + ky) * g.paddedWidth() + ox * g.stride() + kx) * cin;
                int w = (ky * g.kernelWidth() + kx) * cin * cout + co;
                for (int ci = 0; ci < cin; ci++, x++, w += cout) {
                    FloatVector w0 = FloatVector.fromArray(SPECIES, filters, w);
                    FloatVector w1 = FloatVector.fromArray(SPECIES, filters, w + LANES);
                    FloatVector v = FloatVector.broadcast(SPECIES, in[x]);
                    a0 = w0.fma(v, a0);
                    a1 = w1.fma(v, a1);
                    v = FloatVector.broadcast(SPECIES, in[x + step]);
                    b0 = w0.fma(v, b0);
                    b1 = w1.fma(v, b1);
                    v = FloatVector.broadcast(SPECIES, in[x + 2 * step]);
                    c0 = w0.fma(v, c0);
                    c1 = w1.fma(v, c1);
                    v = FloatVector.broadcast(SPECIES, in[x + 3 * step]);
                    d0 = w0.fma(v, d0);
                    d1 = w1.fma(v, d1);
                }
            }
        }
        int o = (oy * g.outWidth() + ox) * cout + co;
        a0.intoArray(out, o);
        a1.intoArray(out, o + LANES);
        b0.intoArray(out, o + cout);
        b1.intoArray(out, o + cout + LANES);
        c0.intoArray(out, o + 2 * cout);
        c1.intoArray(out, o + 2 * cout + LANES);
        d0.intoArray(out, o + 3 * cout);
        d1.intoArray(out, o + 3 * cout + LANES);
    }

    private static void onePixel(ConvGeometry g, float[] in, float[] filters, float[] out, int oy, int ox, int co) {
        int cin = g.inChannels();
        int cout = g.outChannels();
        FloatVector a0 = FloatVector.zero(SPECIES);
        FloatVector a1 = a0;
        for (int ky = 0; ky < g.kernelHeight(); ky++) {
            for (int kx = 0; kx < g.kernelWidth(); kx++) {
                int x = ((oy * g.stride() + ky) * g.paddedWidth() + ox * g.stride() + kx) * cin;
                int w = (ky * g.kernelWidth() + kx) * cin * cout + co;
                for (int ci = 0; ci < cin; ci++, x++, w += cout) {
                    FloatVector v = FloatVector.broadcast(SPECIES, in[x]);
                    a0 = FloatVector.fromArray(SPECIES, filters, w).fma(v, a0);
                    a1 = FloatVector.fromArray(SPECIES, filters, w + LANES).fma(v, a1);
                }
            }
        }
        int o = (oy * g.outWidth() + ox) * cout + co;
        a0.intoArray(out, o);
        a1.intoArray(out, o + LANES);
    }
}
