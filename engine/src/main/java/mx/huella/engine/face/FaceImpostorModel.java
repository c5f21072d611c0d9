package mx.huella.engine.face;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How likely a face descriptor distance is between two different people: the false-match probability
 * of a distance, and distance thresholds for stated false-match rates.
 *
 * <p>Above the tail's start it is the measured share of impostor distances strictly below the distance
 * (a pair matches when its distance is strictly below the threshold, as in face-api). Below it, where a
 * sample of a few hundred pairs says nothing, the lowest impostor distances are modelled as an
 * exponential tail towards zero (peaks over threshold on the negated distance, as for fingerprints in
 * docs/fingerprint-thresholds.md): P(D &lt; d) = p_u exp(-(u - d) / m), with u the tail's start, p_u the
 * share below it and m their mean shortfall under u.
 *
 * <p>Immutable. The shipped model is calibrated on ../shared/data/faces (docs/face-thresholds.md).
 */
public final class FaceImpostorModel {
    /** A model needs more impostor distances than this. */
    public static final int MIN_TAIL = 30;

    static final double TAIL_SHARE = 0.01;
    private static final String RESOURCE = "face-impostor-distances.txt";

    private final double[] impostor;
    private final double tailStart;
    private final double tailShare;
    private final double meanShortfall;

    private FaceImpostorModel(double[] sortedImpostor) {
        if (sortedImpostor.length <= MIN_TAIL) {
            throw new IllegalArgumentException("need more than " + MIN_TAIL + " impostor distances to model the tail");
        }
        this.impostor = sortedImpostor;
        int tail = Math.max(MIN_TAIL, (int) Math.round(TAIL_SHARE * sortedImpostor.length));
        this.tailStart = sortedImpostor[tail];
        this.tailShare = (double) tail / sortedImpostor.length;
        double shortfall = 0;
        for (int i = 0; i < tail; i++) {
            shortfall += tailStart - sortedImpostor[i];
        }
        this.meanShortfall = Math.max(1e-9, shortfall / tail);
    }

    /** A model of these impostor distances (any order). */
    public static FaceImpostorModel of(double[] impostorDistances) {
        double[] sorted = impostorDistances.clone();
        Arrays.sort(sorted);
        return new FaceImpostorModel(sorted);
    }

    /** The model calibrated on the development faces, shipped with the engine. */
    public static FaceImpostorModel faces() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final FaceImpostorModel MODEL = load();
    }

    /** The chance that two different people's descriptors lie closer than {@code distance}. */
    public double falseMatchProbability(double distance) {
        if (distance <= tailStart) {
            return tailShare * Math.exp(-(tailStart - Math.max(0, distance)) / meanShortfall);
        }
        return (double) below(distance) / impostor.length;
    }

    /** The largest distance threshold whose false-match probability is at most {@code fmr}. */
    public double threshold(double fmr) {
        if (!(fmr > 0 && fmr < 1)) {
            throw new IllegalArgumentException("a false-match rate lies strictly between 0 and 1, not " + fmr);
        }
        if (fmr <= tailShare) {
            return Math.max(0, tailStart - meanShortfall * Math.log(tailShare / fmr));
        }
        int allowed = (int) Math.floor(fmr * impostor.length);
        return allowed >= impostor.length ? impostor[impostor.length - 1] : impostor[allowed];
    }

    /** Impostor distances the model was made from. */
    public int impostorCount() {
        return impostor.length;
    }

    /** The text form {@link #parse} reads: what {@code ./huella eval faces DIR --model FILE} writes. */
    public String toText() {
        var text = new StringBuilder(
                "# Huella face impostor model: euclidean distances between descriptors of different people\n");
        text.append("distances");
        for (double distance : impostor) {
            text.append(' ').append(String.format(Locale.ROOT, "%.6f", distance));
        }
        return text.append('\n').toString();
    }

    /** Reads the text form of {@link #toText()}. */
    public static FaceImpostorModel parse(List<String> lines) {
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("distances")) {
                String[] fields = trimmed.split("\\s+");
                double[] distances = new double[fields.length - 1];
                for (int i = 1; i < fields.length; i++) {
                    distances[i - 1] = Double.parseDouble(fields[i]);
                    if (!(distances[i - 1] >= 0)) {
                        throw new IllegalArgumentException("a distance is never negative: " + fields[i]);
                    }
                }
                return of(distances);
            }
        }
        throw new IllegalArgumentException("a face impostor model needs a distances line");
    }

    private int below(double distance) {
        int low = 0;
        int high = impostor.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (impostor[mid] < distance) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static FaceImpostorModel load() {
        return parse(mx.huella.engine.ShippedResources.lines(FaceImpostorModel.class, RESOURCE));
    }
}
