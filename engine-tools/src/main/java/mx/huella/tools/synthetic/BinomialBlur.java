package mx.huella.tools.synthetic;

/** Separable 3 x 3 binomial smoothing (weights 1 2 1 each way), edges replicated. Stateless. */
final class BinomialBlur {
    private BinomialBlur() {}

    static float[] apply(float[] image, int width, int height) {
        float[] rows = new float[image.length];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                float left = image[row + Math.max(0, x - 1)];
                float right = image[row + Math.min(width - 1, x + 1)];
                rows[row + x] = (left + 2 * image[row + x] + right) / 4;
            }
        }
        float[] out = new float[image.length];
        for (int y = 0; y < height; y++) {
            int up = Math.max(0, y - 1) * width;
            int down = Math.min(height - 1, y + 1) * width;
            for (int x = 0; x < width; x++) {
                out[y * width + x] = (rows[up + x] + 2 * rows[y * width + x] + rows[down + x]) / 4;
            }
        }
        return out;
    }
}
