package mx.huella.engine.fingerprint.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * The wavelet decomposition of FBI IAFIS-IC-0110 v3 as the test WSQ encoder applies it: the 9/7 analysis filters,
 * the 20 regions split in order, and the 60 coded subbands in coding order. Regions are named by paths of quadrants
 * from the whole image (0 top left, 1 top right, 2 bottom left, 3 bottom right).
 *
 * <p>A region splits along x into a low half of ceil(n/2) samples and a high half of floor(n/2), the high half first
 * when the region is itself a right-hand quadrant ("spectral inversion"); likewise along y for lower quadrants. Edges
 * are extended by whole-sample symmetry. Signals shorter than the filters (images under about 81 pixels a side) do
 * not reconstruct exactly, as in the reference implementation.
 */
final class WsqSubbandTree {
    static final double[] LOWPASS = {
        0.03782845550699546,
        -0.02384946501938000,
        -0.11062440441842342,
        0.37740285561265380,
        0.85269867900940344,
        0.37740285561265380,
        -0.11062440441842342,
        -0.02384946501938000,
        0.03782845550699546
    };
    static final double[] HIGHPASS = {
        0.06453888262893845,
        -0.04068941760955844,
        -0.41809227322221221,
        0.78848561640566439,
        -0.41809227322221221,
        -0.04068941760955844,
        0.06453888262893845
    };

    private WsqSubbandTree() {}

    /** Every region that the standard's tree splits, parents before children. */
    static List<Region> decomposedNodes(Region image) {
        List<Region> nodes =
                new ArrayList<>(List.of(image, image.at(0), image.at(1), image.at(2), image.at(0, 1), image.at(0, 2)));
        for (int parent : new int[] {1, 2}) {
            for (int child = 0; child < 4; child++) {
                nodes.add(image.at(0, parent, child));
            }
        }
        nodes.add(image.at(0, 0));
        for (int child = 0; child < 4; child++) {
            nodes.add(image.at(0, 0, child));
        }
        nodes.add(image.at(0, 0, 0, 0));
        return nodes;
    }

    /** The 60 coded subbands in coding order. */
    static List<Region> subbands(Region image) {
        List<Region> bands = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            bands.add(image.at(0, 0, 0, 0, q));
        }
        for (int child = 0; child < 4; child++) {
            for (int q = child == 0 ? 1 : 0; q < 4; q++) {
                bands.add(image.at(0, 0, child, q));
            }
        }
        for (int parent : new int[] {1, 2}) {
            for (int child = 0; child < 4; child++) {
                for (int q = 0; q < 4; q++) {
                    bands.add(image.at(0, parent, child, q));
                }
            }
        }
        bands.add(image.at(0, 3));
        for (int parent : new int[] {1, 2}) {
            for (int q = 0; q < 4; q++) {
                bands.add(image.at(parent, q));
            }
        }
        return bands;
    }

    /** A rectangle of the coefficient plane and how it splits. */
    record Region(int x, int y, int w, int h, boolean invertX, boolean invertY) {
        Region quadrant(int q) {
            boolean right = (q & 1) != 0;
            boolean bottom = (q & 2) != 0;
            int firstW = invertX ? w / 2 : (w + 1) / 2;
            int firstH = invertY ? h / 2 : (h + 1) / 2;
            return new Region(
                    right ? x + firstW : x,
                    bottom ? y + firstH : y,
                    right ? w - firstW : firstW,
                    bottom ? h - firstH : firstH,
                    right,
                    bottom);
        }

        Region at(int... path) {
            Region region = this;
            for (int q : path) {
                region = region.quadrant(q);
            }
            return region;
        }

        void decompose(float[] plane, int stride) {
            float[] line = new float[Math.max(w, h)];
            float[] split = new float[line.length];
            for (int row = y; row < y + h; row++) {
                System.arraycopy(plane, row * stride + x, line, 0, w);
                analyse(line, w, split, invertX);
                System.arraycopy(split, 0, plane, row * stride + x, w);
            }
            for (int column = x; column < x + w; column++) {
                for (int i = 0; i < h; i++) {
                    line[i] = plane[(y + i) * stride + column];
                }
                analyse(line, h, split, invertY);
                for (int i = 0; i < h; i++) {
                    plane[(y + i) * stride + column] = split[i];
                }
            }
        }

        private static void analyse(float[] in, int n, float[] out, boolean highFirst) {
            int lows = (n + 1) / 2;
            int highs = n / 2;
            for (int k = 0; k < lows; k++) {
                double sum = 0;
                for (int j = -4; j <= 4; j++) {
                    sum += LOWPASS[j + 4] * in[reflect(2 * k + j, n)];
                }
                out[highFirst ? highs + k : k] = (float) sum;
            }
            for (int k = 0; k < highs; k++) {
                double sum = 0;
                for (int j = -3; j <= 3; j++) {
                    sum += HIGHPASS[j + 3] * in[reflect(2 * k + 1 + j, n)];
                }
                out[highFirst ? k : lows + k] = (float) sum;
            }
        }

        private static int reflect(int i, int n) {
            if (n == 1) {
                return 0;
            }
            int period = 2 * (n - 1);
            int folded = Math.floorMod(i, period);
            return folded < n ? folded : period - folded;
        }
    }
}
