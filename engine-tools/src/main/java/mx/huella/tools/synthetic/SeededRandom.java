package mx.huella.tools.synthetic;

/**
 * A small SplitMix64 generator (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014).
 *
 * <p>Written out here rather than taken from {@link java.util.SplittableRandom} so that a seed gives the same sequence
 * on every JDK: synthetic data sets are identified by their seeds and must stay reproducible across upgrades.
 * Not thread-safe; each generation step owns one.
 */
final class SeededRandom {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    SeededRandom(long seed) {
        this.state = seed;
    }

    /** A well-mixed seed for a derived stream, so that neighbouring seeds give unrelated streams. */
    static long mix(long seed, long stream) {
        return finish(seed + finish(stream + GOLDEN_GAMMA) * GOLDEN_GAMMA);
    }

    private static long finish(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return finish(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [min, max). */
    double uniform(double min, double max) {
        return min + (max - min) * nextDouble();
    }

    /** Uniform in [-extent, extent). */
    double symmetric(double extent) {
        return uniform(-extent, extent);
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) * bound >>> 31);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /**
     * Roughly standard normal: the Irwin-Hall sum of four uniforms, rescaled. Cheap and free of transcendental
     * functions, which matters when drawing one per pixel; its tails stop at about 3.5 sigma, fine for sensor noise.
     */
    double roughGaussian() {
        long bits = nextLong();
        double sum = (bits & 0xffff) + ((bits >>> 16) & 0xffff) + ((bits >>> 32) & 0xffff) + (bits >>> 48);
        return (sum / 65536.0 - 2.0) * 1.7320508075688772;
    }
}
