package mx.huella.engine.fingerprint;

/**
 * Per-block grey-level spread and gradient coherence of an image, the raw material of
 * {@link FingerprintQuality}. Gradients are 3 x 3 Sobel; the structure tensor of a block is the sum
 * of gx², gy² and gx·gy over its pixels.
 */
final class BlockStatistics {
    private final int blockSize;
    private final double[] spread;
    private final double[] coherence;

    private BlockStatistics(int blockSize, double[] spread, double[] coherence) {
        this.blockSize = blockSize;
        this.spread = spread;
        this.coherence = coherence;
    }

    // One pass over the pixels accumulates every block's sums; written as plain loops for speed.
    static BlockStatistics of(GrayImage image, int blockSize) {
        int columns = image.width() / blockSize;
        int rows = image.height() / blockSize;
        int blocks = Math.max(0, columns * rows);
        double[] sum = new double[blocks];
        double[] sumSquares = new double[blocks];
        double[] gxx = new double[blocks];
        double[] gyy = new double[blocks];
        double[] gxy = new double[blocks];
        int width = image.width();
        int height = image.height();
        byte[] p = image.pixels();
        for (int y = 0; y < rows * blockSize; y++) {
            int row = y / blockSize;
            boolean interiorRow = y > 0 && y < height - 1;
            for (int x = 0; x < columns * blockSize; x++) {
                int block = row * columns + x / blockSize;
                int c = y * width + x;
                int v = p[c] & 0xff;
                sum[block] += v;
                sumSquares[block] += v * v;
                if (!interiorRow || x == 0 || x == width - 1) {
                    continue;
                }
                int nw = p[c - width - 1] & 0xff, n = p[c - width] & 0xff, ne = p[c - width + 1] & 0xff;
                int w = p[c - 1] & 0xff, e = p[c + 1] & 0xff;
                int sw = p[c + width - 1] & 0xff, s = p[c + width] & 0xff, se = p[c + width + 1] & 0xff;
                int gx = (ne + 2 * e + se) - (nw + 2 * w + sw);
                int gy = (sw + 2 * s + se) - (nw + 2 * n + ne);
                gxx[block] += gx * gx;
                gyy[block] += gy * gy;
                gxy[block] += gx * gy;
            }
        }
        double[] spread = new double[blocks];
        double[] coherence = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            int pixels = blockSize * blockSize;
            double mean = sum[b] / pixels;
            spread[b] = Math.sqrt(Math.max(0, sumSquares[b] / pixels - mean * mean));
            double energy = gxx[b] + gyy[b];
            coherence[b] =
                    energy <= 0 ? 0 : Math.sqrt((gxx[b] - gyy[b]) * (gxx[b] - gyy[b]) + 4 * gxy[b] * gxy[b]) / energy;
        }
        return new BlockStatistics(blockSize, spread, coherence);
    }

    int blockSize() {
        return blockSize;
    }

    int count() {
        return spread.length;
    }

    double spread(int block) {
        return spread[block];
    }

    double coherence(int block) {
        return coherence[block];
    }
}
