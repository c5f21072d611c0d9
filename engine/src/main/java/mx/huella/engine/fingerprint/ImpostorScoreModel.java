package mx.huella.engine.fingerprint;

import java.util.List;
import java.util.Locale;

/**
 * The distribution of SourceAFIS scores between fingers of different people, and of their sums over
 * several fingers: how likely a score is by chance. 1:N search decides with it at any false-positive
 * identification rate and any number of fingers, where {@link MatchThresholds} only holds fixed rates.
 *
 * <p>The body is the measured impostor histogram (bins of {@value #BIN}); from the first bin edge at or
 * above the tail's start the
 * distribution is the exponential fitted to the top 1 % of impostor scores (peaks over threshold,
 * docs/fingerprint-thresholds.md), so very small probabilities come from the model rather than
 * from a sample that cannot resolve them. Sums of k fingers are k-fold convolutions, since the
 * fingers of two different people are independent.
 *
 * <p>Immutable after construction; the sum distributions are computed once per finger count.
 */
public final class ImpostorScoreModel {
    /** Histogram bin width, in score units. */
    public static final double BIN = 0.25;

    /** Most fingers a sum is modelled for: a ten-print. */
    public static final int MAX_FINGERS = 10;

    private static final String RESOURCE = "impostor-scores.txt";
    private static final double NEGLIGIBLE = 1e-30;

    private final long[] counts;
    private final double tailStart;
    private final double tailShare;
    private final double meanExcess;
    private final double[][] survival = new double[MAX_FINGERS + 1][];

    /**
     * A model from a histogram of impostor scores and the exponential tail fitted above {@code tailStart}.
     *
     * @param counts impostor scores per bin of {@link #BIN}, bin i holding [i BIN, (i + 1) BIN)
     * @param tailStart where the exponential tail takes over from the histogram
     * @param meanExcess the tail's mean excess over {@code tailStart}
     */
    public ImpostorScoreModel(long[] counts, double tailStart, double meanExcess) {
        long total = 0;
        long above = 0;
        for (int bin = 0; bin < counts.length; bin++) {
            if (counts[bin] < 0) {
                throw new IllegalArgumentException("negative count in bin " + bin);
            }
            total += counts[bin];
            above += bin * BIN >= tailStart ? counts[bin] : 0;
        }
        if (total == 0 || !(meanExcess > 0) || !(tailStart > 0) || above == 0) {
            throw new IllegalArgumentException("an impostor model needs scores, some of them in the tail, "
                    + "a positive tail start and a positive mean excess");
        }
        this.counts = counts.clone();
        this.tailStart = tailStart;
        this.tailShare = (double) above / total;
        this.meanExcess = meanExcess;
    }

    /** The model calibrated on FVC2002 (docs/fingerprint-thresholds.md), shipped with the engine. */
    public static ImpostorScoreModel fingerprints() {
        return Shipped.MODEL;
    }

    /** Loaded on first use, so that a calibration run can build a model before any is shipped. */
    private static final class Shipped {
        static final ImpostorScoreModel MODEL = load();
    }

    /**
     * The chance that the sum of {@code fingers} impostor scores reaches {@code score}: the false-match
     * probability of a candidate with that fused score. Resolved to one bin, rounding towards the
     * larger (cautious) probability.
     */
    public double falseMatchProbability(int fingers, double score) {
        double[] tail = survival(fingers);
        int bin = (int) Math.floor(Math.max(0, score) / BIN);
        return bin >= tail.length ? 0 : tail[bin];
    }

    /** The lowest fused score (a bin edge) of {@code fingers} fingers whose false-match probability is at most {@code fmr}. */
    public double threshold(int fingers, double fmr) {
        double[] tail = survival(fingers);
        for (int bin = 0; bin < tail.length; bin++) {
            if (tail[bin] <= fmr) {
                return bin * BIN;
            }
        }
        return tail.length * BIN;
    }

    /** The text form read by {@link #parse}: what {@code ./huella eval calibrate --model FILE} writes. */
    public String toText() {
        var text = new StringBuilder();
        text.append("# Huella fingerprint impostor score model: SourceAFIS score histogram (bins of ")
                .append(BIN)
                .append(") and an exponential tail\n");
        text.append(String.format(Locale.ROOT, "tailStart %.6f%n", tailStart));
        text.append(String.format(Locale.ROOT, "meanExcess %.6f%n", meanExcess));
        text.append("counts");
        for (long count : counts) {
            text.append(' ').append(count);
        }
        return text.append('\n').toString();
    }

    /** Reads the text form of {@link #toText()}. */
    public static ImpostorScoreModel parse(List<String> lines) {
        Double start = null;
        Double excess = null;
        long[] counts = null;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            switch (fields[0]) {
                case "tailStart" -> start = Double.parseDouble(fields[1]);
                case "meanExcess" -> excess = Double.parseDouble(fields[1]);
                case "counts" -> {
                    counts = new long[fields.length - 1];
                    for (int i = 1; i < fields.length; i++) {
                        counts[i - 1] = Long.parseLong(fields[i]);
                    }
                }
                default -> throw new IllegalArgumentException("unknown impostor model line: " + fields[0]);
            }
        }
        if (start == null || excess == null || counts == null) {
            throw new IllegalArgumentException("an impostor model needs tailStart, meanExcess and counts");
        }
        return new ImpostorScoreModel(counts, start, excess);
    }

    private synchronized double[] survival(int fingers) {
        if (fingers < 1 || fingers > MAX_FINGERS) {
            throw new IllegalArgumentException(
                    "sums are modelled for 1 to " + MAX_FINGERS + " fingers, not " + fingers);
        }
        if (survival[fingers] == null) {
            double[] single = singleFinger();
            double[] sum = single;
            for (int k = 1; k < fingers; k++) {
                sum = convolve(sum, single);
            }
            double[] tail = new double[sum.length];
            double above = 0;
            for (int bin = sum.length - 1; bin >= 0; bin--) {
                above += sum[bin];
                tail[bin] = Math.min(1, above);
            }
            survival[fingers] = tail;
        }
        return survival[fingers];
    }

    /** Probability per bin: the histogram below the tail's start, the exponential above it. */
    private double[] singleFinger() {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        int startBin = (int) Math.ceil(tailStart / BIN);
        // Far enough that the neglected remainder of the tail is below any rate worth deciding at.
        int endBin = startBin + (int) Math.ceil(meanExcess * Math.log(tailShare / NEGLIGIBLE) / BIN);
        double[] probability = new double[endBin];
        for (int bin = 0; bin < Math.min(startBin, counts.length); bin++) {
            probability[bin] = (double) counts[bin] / total;
        }
        for (int bin = startBin; bin < endBin; bin++) {
            // Exponential excesses are memoryless: over the first bin edge in the tail they keep their mean.
            double from = (bin - startBin) * BIN;
            double to = from + BIN;
            probability[bin] = tailShare * (Math.exp(-from / meanExcess) - Math.exp(-to / meanExcess));
        }
        return probability;
    }

    private static double[] convolve(double[] a, double[] b) {
        double[] out = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            if (a[i] < NEGLIGIBLE * NEGLIGIBLE) {
                continue;
            }
            for (int j = 0; j < b.length; j++) {
                out[i + j] += a[i] * b[j];
            }
        }
        return out;
    }

    private static ImpostorScoreModel load() {
        return parse(mx.huella.engine.ShippedResources.lines(ImpostorScoreModel.class, RESOURCE));
    }
}
