package mx.huella.tools.synthetic;

import mx.huella.engine.fingerprint.GrayImage;

/**
 * Renders one impression of a master fingerprint under given capture conditions.
 *
 * <p>Design note. This follows the impression stage of SFinGe (Cappelli, Maio and Maltoni, ICPR 2000; Handbook of
 * Fingerprint Recognition, 2nd ed., chapter 6) in a different order that lets every pixel be computed in one
 * backward pass. Each output pixel is mapped back through the inverse rotation and translation and then through the
 * plastic distortion model into the master, which is sampled bilinearly. Skin condition and pressure, which SFinGe
 * simulates with erosion and dilation of the binary ridge image, become a shift of the ink threshold applied to the
 * master's smooth ridge profile: on a roughly sinusoidal profile, raising the threshold narrows every ridge evenly,
 * as erosion does, without the blocky steps of morphology on a small structuring element. A fine random field that
 * only ever removes ink adds the breaks and pores of dry skin; a coarse one varies pressure over the pad. The contact
 * area is an ellipse with a ragged edge, intersected with the finger's silhouette. Last come smoothing with 3 x 3
 * binomial passes and per-pixel sensor noise, as SFinGe's rendering step does.
 */
final class ImpressionRenderer {
    private static final double INK_SHARPNESS = 1.6;
    private static final double PRESSURE_VARIATION = 0.15;
    private static final double EDGE_RAGGEDNESS = 0.08;
    private static final double EDGE_SOFTNESS = 0.05;
    private static final double SHADING = 8;

    private final MasterFingerprint master;
    private final ImpressionConditions conditions;
    private final SeededRandom random;
    private final SmoothNoise pores;
    private final SmoothNoise pressure;
    private final SmoothNoise ragged;
    private final double cos;
    private final double sin;
    private final double[] point = new double[2];

    private ImpressionRenderer(MasterFingerprint master, ImpressionConditions conditions, SeededRandom random) {
        this.master = master;
        this.conditions = conditions;
        this.random = random;
        this.pores = new SmoothNoise(random, master.width(), master.height(), 3.5);
        this.pressure = new SmoothNoise(random, master.width(), master.height(), 45);
        this.ragged = new SmoothNoise(random, master.width(), master.height(), 30);
        this.cos = StrictMath.cos(-conditions.placement().rotation());
        this.sin = StrictMath.sin(-conditions.placement().rotation());
    }

    /** The impression; the random source draws its skin and sensor noise. */
    static GrayImage render(MasterFingerprint master, ImpressionConditions conditions, SeededRandom random) {
        return new ImpressionRenderer(master, conditions, random).render();
    }

    private GrayImage render() {
        int width = master.width();
        int height = master.height();
        float[] ink = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                ink[y * width + x] = (float) inkAt(x, y);
            }
        }
        ImpressionConditions.Sensor sensor = conditions.sensor();
        SmoothNoise shading = new SmoothNoise(random, width, height, 60);
        float[] grey = new float[ink.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                double background = sensor.backgroundGrey() + SHADING * shading.at(x, y);
                grey[i] = (float) (background - ink[i] * (background - sensor.ridgeGrey()));
            }
        }
        for (int pass = 0; pass < sensor.blurPasses(); pass++) {
            grey = BinomialBlur.apply(grey, width, height);
        }
        byte[] pixels = new byte[grey.length];
        for (int i = 0; i < grey.length; i++) {
            long level = Math.round(grey[i] + sensor.noise() * random.roughGaussian());
            pixels[i] = (byte) Math.max(0, Math.min(255, level));
        }
        return new GrayImage(width, height, SyntheticFingerprints.DPI, pixels);
    }

    /** How much ink an output pixel receives, 0 to 1, contact area included. */
    private double inkAt(int x, int y) {
        ImpressionConditions.Contact contact = conditions.contact();
        double cx = (x - contact.centerX()) / contact.semiAxisX();
        double cy = (y - contact.centerY()) / contact.semiAxisY();
        double contactRadius = Math.sqrt(cx * cx + cy * cy) + EDGE_RAGGEDNESS * ragged.at(x, y);
        if (contactRadius >= 1) {
            return 0;
        }
        ImpressionConditions.Placement placement = conditions.placement();
        double centerX = master.width() / 2.0;
        double centerY = master.height() / 2.0;
        double dx = x - centerX - placement.shiftX();
        double dy = y - centerY - placement.shiftY();
        placement.distortion().apply(centerX + cos * dx - sin * dy, centerY + sin * dx + cos * dy, point);
        double silhouette = master.shape().radius(point[0], point[1]);
        double alpha = Math.min(1 - contactRadius, 1.03 - silhouette) / EDGE_SOFTNESS;
        if (alpha <= 0) {
            return 0;
        }
        ImpressionConditions.Skin skin = conditions.skin();
        double level = master.sample(point[0], point[1])
                + skin.wetness()
                + PRESSURE_VARIATION * pressure.at(x, y)
                - 2 * skin.dryness() * Math.max(0, pores.at(x, y));
        return Math.min(1, alpha) * Math.max(0, Math.min(1, 0.5 + INK_SHARPNESS * level));
    }
}
