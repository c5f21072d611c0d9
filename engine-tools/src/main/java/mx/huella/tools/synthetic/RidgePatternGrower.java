package mx.huella.tools.synthetic;

/**
 * Grows a ridge pattern that follows an orientation field and a period map, by iterated space-variant Gabor filtering.
 *
 * <p>Design note. SFinGe (Cappelli, Maio and Maltoni, "Synthetic fingerprint-image generation", ICPR 2000; Handbook of
 * Fingerprint Recognition, 2nd ed., chapter 6) starts from an empty image with a few seeds and filters it again
 * and again, each pixel with the Gabor filter tuned to its own orientation and period, until ridges fill the finger;
 * minutiae appear on their own where ridges growing from different seeds meet at a slightly wrong phase or where the
 * density demands a ridge more or less. We start from dense noise instead of sparse seeds: every pixel is then a
 * seed, the pattern fills the area in a handful of iterations rather than dozens, and the minutiae sit where the
 * noise's phase conflicts settle, which is as random and as finger-specific. After each iteration the values are
 * amplified and clipped to [-1, 1], the non-linearity that turns band-passed noise into ridges of constant contrast;
 * a last linear pass leaves a smooth, roughly sinusoidal ridge profile, so that impressions can thicken or thin
 * ridges by moving the ink threshold.
 *
 * <p>Cost: one pass is about {@code (2 * RADIUS + 1)^2} multiply-adds per pixel inside the finger. Not thread-safe:
 * one grower per master.
 */
final class RidgePatternGrower {
    private static final int CLIPPED_ITERATIONS = 16;
    private static final float GAIN = 1.8f;
    private static final float FINAL_SCALE = 0.85f;
    private static final double INITIAL_LEVEL = 0.6;
    /** Ridges run a little beyond the pad's border, so distorted impressions do not reveal its edge. */
    private static final double AREA_RADIUS = 1.08;

    private static final int MARGIN = GaborKernelBank.RADIUS;

    private final int width;
    private final int height;
    private final int stride;
    private final int[] spanStart;
    private final int[] spanEnd;
    private final int[] kernels;

    /** A grower for the area of {@code shape} on an image of the given size. */
    RidgePatternGrower(int width, int height, FingerShape shape) {
        this.width = width;
        this.height = height;
        this.stride = width + 2 * MARGIN;
        this.spanStart = new int[height];
        this.spanEnd = new int[height];
        this.kernels = new int[width * height];
        for (int y = 0; y < height; y++) {
            spanStart[y] = width;
            for (int x = 0; x < width; x++) {
                if (shape.radius(x, y) < AREA_RADIUS) {
                    spanStart[y] = Math.min(spanStart[y], x);
                    spanEnd[y] = x + 1;
                }
            }
        }
    }

    /** The ridge field over the image, row-major, about -1 in valleys to +1 on ridges, 0 outside the finger. */
    float[] grow(OrientationModel orientation, RidgePeriodMap period, SeededRandom random) {
        for (int y = 0; y < height; y++) {
            for (int x = spanStart[y]; x < spanEnd[y]; x++) {
                kernels[y * width + x] = GaborKernelBank.index(orientation.at(x, y), period.at(x, y));
            }
        }
        float[] current = new float[stride * (height + 2 * MARGIN)];
        float[] next = new float[current.length];
        for (int y = 0; y < height; y++) {
            for (int x = spanStart[y]; x < spanEnd[y]; x++) {
                current[padded(x, y)] = (float) random.symmetric(1);
            }
        }
        // Band-passed noise is faint; bring it to a level where the clipping starts to shape ridges.
        filter(current, next, 0);
        float scale = (float) (INITIAL_LEVEL / rootMeanSquare(next));
        for (int i = 0; i < next.length; i++) {
            next[i] *= scale;
        }
        for (int i = 0; i <= CLIPPED_ITERATIONS; i++) {
            float[] swap = current;
            current = next;
            next = swap;
            filter(current, next, i < CLIPPED_ITERATIONS ? GAIN : 0);
        }
        return unpadded(next);
    }

    /** One filtering pass; with a gain the result is amplified and clipped, with gain 0 it is left linear. */
    private void filter(float[] source, float[] target, float gain) {
        int size = GaborKernelBank.SIZE;
        for (int y = 0; y < height; y++) {
            for (int x = spanStart[y]; x < spanEnd[y]; x++) {
                float[] kernel = GaborKernelBank.kernel(kernels[y * width + x]);
                float sum = 0;
                int k = 0;
                for (int dy = 0; dy < size; dy++) {
                    int row = (y + dy) * stride + x;
                    for (int dx = 0; dx < size; dx++) {
                        sum += kernel[k++] * source[row + dx];
                    }
                }
                target[padded(x, y)] = gain == 0 ? sum : Math.max(-1f, Math.min(1f, gain * sum));
            }
        }
    }

    private float[] unpadded(float[] values) {
        float[] field = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = spanStart[y]; x < spanEnd[y]; x++) {
                field[y * width + x] = Math.max(-1f, Math.min(1f, values[padded(x, y)] * FINAL_SCALE));
            }
        }
        return field;
    }

    private int padded(int x, int y) {
        return (y + MARGIN) * stride + x + MARGIN;
    }

    private static double rootMeanSquare(float[] values) {
        double sum = 0;
        int count = 0;
        for (float v : values) {
            if (v != 0) {
                sum += v * v;
                count++;
            }
        }
        return count == 0 ? 1 : Math.sqrt(sum / count);
    }
}
