package mx.huella.tools.synthetic;

/**
 * Even-symmetric Gabor filters tuned to every quantised ridge orientation and period, precomputed once.
 *
 * <p>Design note. A Gabor filter is a sinusoid across the ridges under a Gaussian envelope (Daugman, JOSA A 2(7),
 * 1985); tuned to the local orientation and frequency it passes the ridge pattern and suppresses everything else,
 * which is why Hong, Wan and Jain ("Fingerprint image enhancement", IEEE TPAMI 20(8), 1998) enhance with it and why
 * SFinGe grows ridges with it. Each kernel here has its mean removed, so flat areas stay at zero, and is scaled to
 * unit response on an ideal cosine ridge of its own period, so that iterating it neither fades nor explodes the
 * pattern by itself. The envelope is isotropic with a standard deviation of 0.4 periods, wide enough to carry
 * ridges across a gap and narrow enough to follow the flow around cores.
 */
final class GaborKernelBank {
    static final int ORIENTATIONS = 48;
    static final double PERIOD_STEP = 0.5;
    static final int PERIODS =
            (int) Math.round((RidgePeriodMap.MAX_PERIOD - RidgePeriodMap.MIN_PERIOD) / PERIOD_STEP) + 1;
    static final int RADIUS = 7;
    static final int SIZE = 2 * RADIUS + 1;

    private static final double SIGMA_PER_PERIOD = 0.4;
    private static final float[][] KERNELS = build();

    private GaborKernelBank() {}

    /** The index of the kernel for an orientation in radians (any value, read modulo pi) and a period in pixels. */
    static int index(double orientation, double period) {
        int o = (int) Math.floor(orientation / Math.PI * ORIENTATIONS + 0.5) % ORIENTATIONS;
        if (o < 0) {
            o += ORIENTATIONS;
        }
        int p = (int) Math.round((period - RidgePeriodMap.MIN_PERIOD) / PERIOD_STEP);
        p = Math.max(0, Math.min(PERIODS - 1, p));
        return p * ORIENTATIONS + o;
    }

    /** The kernel at an index from {@link #index}: {@code SIZE * SIZE} weights, row-major; do not modify. */
    static float[] kernel(int index) {
        return KERNELS[index];
    }

    private static float[][] build() {
        float[][] kernels = new float[PERIODS * ORIENTATIONS][];
        for (int p = 0; p < PERIODS; p++) {
            for (int o = 0; o < ORIENTATIONS; o++) {
                double period = RidgePeriodMap.MIN_PERIOD + p * PERIOD_STEP;
                kernels[p * ORIENTATIONS + o] = kernel(Math.PI * o / ORIENTATIONS, period);
            }
        }
        return kernels;
    }

    private static float[] kernel(double orientation, double period) {
        double sigma = SIGMA_PER_PERIOD * period;
        double normalX = -StrictMath.sin(orientation);
        double normalY = StrictMath.cos(orientation);
        double[] envelope = new double[SIZE * SIZE];
        double[] wave = new double[SIZE * SIZE];
        double envelopeSum = 0;
        double waveSum = 0;
        for (int i = 0; i < SIZE * SIZE; i++) {
            int dx = i % SIZE - RADIUS;
            int dy = i / SIZE - RADIUS;
            envelope[i] = StrictMath.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
            wave[i] = StrictMath.cos(2 * Math.PI * (dx * normalX + dy * normalY) / period);
            envelopeSum += envelope[i];
            waveSum += envelope[i] * wave[i];
        }
        double dc = waveSum / envelopeSum;
        double response = 0;
        for (int i = 0; i < SIZE * SIZE; i++) {
            response += envelope[i] * (wave[i] - dc) * wave[i];
        }
        float[] kernel = new float[SIZE * SIZE];
        for (int i = 0; i < SIZE * SIZE; i++) {
            kernel[i] = (float) (envelope[i] * (wave[i] - dc) / response);
        }
        return kernel;
    }
}
