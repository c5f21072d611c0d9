package mx.huella.engine.search;

import java.util.Arrays;

/**
 * Rotation- and translation-invariant hash keys of minutia triplets, for the inverted index.
 *
 * <p>Design note (geometric hashing of minutia triplets, in the spirit of Germain, Califano and
 * Colville, "Fingerprint matching using transformation parameter clustering", IEEE CSE 1997, and of
 * OpenAFIS's triplets; chosen over MCC-LSH by measurement, docs/research/1n-index-prototype.md): each
 * minutia i anchors triplets with pairs of its nearest neighbours j, k (12-160 px away), ordered so the
 * angle from i→j to i→k lies in [0, π). A triplet is described by |ij| and |ik| (10 px bins), the angle
 * at i (20° bins) and the directions of i, j and k relative to i→j (30° bins); these six quantised
 * features are hashed to a bucket. Gallery fingers use the 4 nearest neighbours; probes use 6 and also
 * the neighbouring bin of any feature within a quarter bin of an edge, which tolerates distortion
 * and quantisation without storing more per gallery finger.
 */
final class TripletKeys {
    static final int GALLERY_NEIGHBOURS = 4;
    static final int PROBE_NEIGHBOURS = 6;
    private static final float MIN_DISTANCE = 12;
    private static final float MAX_DISTANCE = 160;
    private static final float DISTANCE_BIN = 10;
    private static final double ANGLE_BIN = Math.toRadians(20);
    private static final double DIRECTION_BIN = Math.toRadians(30);
    private static final double EDGE_MARGIN = 0.25;

    private TripletKeys() {}

    /** Keys of a gallery finger: one per triplet, with repeats removed. */
    static int[] gallery(float[][] minutiae, int bucketBits) {
        IntList keys = new IntList();
        forEachTriplet(minutiae, GALLERY_NEIGHBOURS, features -> keys.add(hash(features, bucketBits)));
        return keys.distinct();
    }

    /** Keys of a probe: every triplet, each with its near-edge neighbouring bins. */
    static int[] probe(float[][] minutiae, int bucketBits) {
        IntList keys = new IntList();
        forEachTriplet(minutiae, PROBE_NEIGHBOURS, features -> expand(features, 0, new int[6], keys, bucketBits));
        return keys.distinct();
    }

    private interface TripletSink {
        void accept(double[] features);
    }

    private static void forEachTriplet(float[][] minutiae, int neighbours, TripletSink sink) {
        int n = minutiae.length;
        double[] features = new double[6];
        int[] nearest = new int[neighbours];
        double[] nearestDistance = new double[neighbours];
        for (int i = 0; i < n; i++) {
            int found = nearestOf(minutiae, i, nearest, nearestDistance);
            for (int a = 0; a < found; a++) {
                for (int b = a + 1; b < found; b++) {
                    describe(minutiae, i, nearest[a], nearest[b], features);
                    sink.accept(features);
                }
            }
        }
    }

    private static int nearestOf(float[][] minutiae, int i, int[] nearest, double[] distances) {
        Arrays.fill(distances, Double.MAX_VALUE);
        int found = 0;
        for (int j = 0; j < minutiae.length; j++) {
            double d = Math.hypot(minutiae[j][0] - minutiae[i][0], minutiae[j][1] - minutiae[i][1]);
            if (j == i || d < MIN_DISTANCE || d > MAX_DISTANCE || d >= distances[nearest.length - 1]) {
                continue;
            }
            int at = Math.min(found, nearest.length - 1);
            while (at > 0 && distances[at - 1] > d) {
                distances[at] = distances[at - 1];
                nearest[at] = nearest[at - 1];
                at--;
            }
            distances[at] = d;
            nearest[at] = j;
            found = Math.min(found + 1, nearest.length);
        }
        return found;
    }

    private static void describe(float[][] m, int i, int j, int k, double[] out) {
        double ij = Math.atan2(m[j][1] - m[i][1], m[j][0] - m[i][0]);
        double ik = Math.atan2(m[k][1] - m[i][1], m[k][0] - m[i][0]);
        double opening = wrap(ik - ij);
        if (opening >= Math.PI) {
            int swap = j;
            j = k;
            k = swap;
            double t = ij;
            ij = ik;
            ik = t;
            opening = wrap(ik - ij);
        }
        out[0] = Math.hypot(m[j][0] - m[i][0], m[j][1] - m[i][1]) / DISTANCE_BIN;
        out[1] = Math.hypot(m[k][0] - m[i][0], m[k][1] - m[i][1]) / DISTANCE_BIN;
        out[2] = opening / ANGLE_BIN;
        // Minutia directions are read clockwise-negated from the standard's angle; relative to the
        // reference line i→j they are the same whichever way the image was rotated.
        out[3] = wrap(-m[i][2] - ij) / DIRECTION_BIN;
        out[4] = wrap(-m[j][2] - ij) / DIRECTION_BIN;
        out[5] = wrap(-m[k][2] - ij) / DIRECTION_BIN;
    }

    /** Adds the key of every combination of each feature's bin and, near an edge, its neighbour. */
    private static void expand(double[] features, int index, int[] bins, IntList keys, int bucketBits) {
        if (index == features.length) {
            keys.add(hashBins(bins, bucketBits));
            return;
        }
        double value = features[index];
        int bin = (int) Math.floor(value);
        bins[index] = bin;
        expand(features, index + 1, bins, keys, bucketBits);
        double within = value - bin;
        if (within < EDGE_MARGIN || within > 1 - EDGE_MARGIN) {
            bins[index] = within < EDGE_MARGIN ? bin - 1 : bin + 1;
            expand(features, index + 1, bins, keys, bucketBits);
            bins[index] = bin;
        }
    }

    private static int hash(double[] features, int bucketBits) {
        int[] bins = new int[features.length];
        for (int f = 0; f < features.length; f++) {
            bins[f] = (int) Math.floor(features[f]);
        }
        return hashBins(bins, bucketBits);
    }

    private static int hashBins(int[] bins, int bucketBits) {
        int angleBins = (int) Math.round(2 * Math.PI / ANGLE_BIN);
        int directionBins = (int) Math.round(2 * Math.PI / DIRECTION_BIN);
        long h = 0x9E3779B97F4A7C15L;
        for (int f = 0; f < bins.length; f++) {
            int period = f == 2 ? angleBins : f >= 3 ? directionBins : Integer.MAX_VALUE;
            int bin = period == Integer.MAX_VALUE ? bins[f] : Math.floorMod(bins[f], period);
            h = (h ^ bin) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return (int) (h >>> (64 - bucketBits));
    }

    private static double wrap(double angle) {
        double turn = 2 * Math.PI;
        double wrapped = angle % turn;
        return wrapped < 0 ? wrapped + turn : wrapped;
    }
}
