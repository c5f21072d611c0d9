package mx.huella.tools.synthetic;

/**
 * A deterministic source of synthetic fingerprint images, for tests and scale experiments that must not depend on real
 * people's biometrics. Each finger seed gives one synthetic finger, with as many impressions of it as asked for; the
 * same generator seed, size, finger seed and impression index always give byte-identical images, on any JVM.
 *
 * <p>Images are 8-bit greyscale at 500 dpi, dark ridges on a light background, 320 x 416 pixels unless configured
 * otherwise: plain live-scan captures of one fingertip, each partial, rotated within 15 degrees, shifted within 20
 * pixels and distorted like real skin. They are made after SFinGe (Cappelli, Maio and Maltoni, "Synthetic
 * fingerprint-image generation", ICPR 2000): a master ridge pattern per finger, grown by Gabor filtering along a
 * zero-pole orientation field, then one rendering of it per impression; the package's classes carry the design notes.
 *
 * <p>What to expect from SourceAFIS 3.18.1 on them, measured on 48 fingers with 4 impressions each: all 288
 * same-finger pairs scored above 40 (lowest 116, median 263) and 1 of 18,048 different-finger pairs reached 40
 * (highest 46, median 2.3), in line with the false-match rate of about 0.01 % that SourceAFIS documents for that
 * threshold. Same-finger pairs are easier than on real live-scan images (on FVC2002 DB1_B the same SourceAFIS gives a
 * median of 112 and 12 % of pairs below 40): use these images to test plumbing and scale, not to estimate accuracy.
 *
 * <p>Immutable and thread-safe. Creating this object costs nothing; see {@link #finger} for the cost of a finger.
 */
public final class SyntheticFingerprints {
    /** Default image width in pixels: 16.3 mm at 500 dpi. */
    public static final int DEFAULT_WIDTH = 320;
    /** Default image height in pixels: 21.1 mm at 500 dpi. */
    public static final int DEFAULT_HEIGHT = 416;
    /** The resolution of every image, in dots per inch: the ridge models are calibrated in pixels at 500 dpi. */
    public static final double DPI = 500;

    private static final int MIN_SIZE = 160;
    private static final int MAX_SIZE = 1024;

    private final int width;
    private final int height;
    private final long seed;

    /** Images of the default size, from a population identified by {@code seed}. */
    public SyntheticFingerprints(long seed) {
        this(DEFAULT_WIDTH, DEFAULT_HEIGHT, seed);
    }

    /**
     * @param width image width in pixels, 160 to 1024; the finger scales with the image, ridge spacing does not
     * @param height image height in pixels, 160 to 1024
     * @param seed identifies the population: two generators with different seeds share no fingers
     * @throws IllegalArgumentException when a size is out of range
     */
    public SyntheticFingerprints(int width, int height, long seed) {
        checkSize(width, height);
        this.width = width;
        this.height = height;
        this.seed = seed;
    }

    /**
     * The finger identified by {@code fingerSeed}, with a pattern class drawn in the proportions of the population
     * (see {@link PatternClass#share()}).
     *
     * <p>Generates the finger's ridge pattern: about 0.2 s of one core at the default size (measured on the
     * development VM, JDK 25, after warm-up); the finger then holds about 0.5 MB until dropped.
     *
     * @param fingerSeed any value; each gives a different finger
     */
    public SyntheticFinger finger(long fingerSeed) {
        long key = SeededRandom.mix(seed, fingerSeed);
        return generate(key, PatternClass.draw(new SeededRandom(SeededRandom.mix(key, -1))));
    }

    /** Like {@link #finger(long)}, with the pattern class chosen by the caller. */
    public SyntheticFinger finger(long fingerSeed, PatternClass pattern) {
        return generate(SeededRandom.mix(seed, fingerSeed), pattern);
    }

    private SyntheticFinger generate(long key, PatternClass pattern) {
        return new SyntheticFinger(key, MasterFingerprint.generate(pattern, width, height, new SeededRandom(key)));
    }

    static void checkSize(int width, int height) {
        if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("image size must be " + MIN_SIZE + " to " + MAX_SIZE
                    + " pixels each way, got " + width + " x " + height);
        }
    }

    /** Width of every image, pixels. */
    public int width() {
        return width;
    }

    /** Height of every image, pixels. */
    public int height() {
        return height;
    }
}
