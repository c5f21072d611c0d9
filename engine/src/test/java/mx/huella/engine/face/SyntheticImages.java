package mx.huella.engine.face;

/** Test images from the reference script's 32-bit LCG, so the oracle's synthetic cases can be rebuilt exactly. */
final class SyntheticImages {

    private SyntheticImages() {}

    /** {@code s = s·1664525 + 1013904223 (mod 2³²)}, then sample {@code s >>> 24}; HWC order, starting at seed. */
    static RgbImage noise(int width, int height, int seed) {
        byte[] rgb = new byte[width * height * 3];
        int s = seed;
        for (int i = 0; i < rgb.length; i++) {
            s = s * 1664525 + 1013904223;
            rgb[i] = (byte) (s >>> 24);
        }
        return new RgbImage(width, height, rgb);
    }
}
