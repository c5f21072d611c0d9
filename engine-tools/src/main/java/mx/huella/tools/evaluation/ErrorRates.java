package mx.huella.tools.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The FVC competitions' accuracy indicators for one score set, as fractions (0.01 is 1 %).
 *
 * <p>Design note: the definitions follow Maio, Maltoni, Cappelli, Wayman and Jain, "FVC2002:
 * Second Fingerprint Verification Competition" (ICPR 2002). FMR(t) counts impostor scores at or
 * above t, FNMR(t) genuine scores below t. The EER is taken where the two curves cross; when no
 * threshold makes them equal (discrete scores) it is the mean of FMR and FNMR at the threshold
 * where their difference is smallest, as FVC does. FMR100 and FMR1000 are the lowest FNMR with
 * FMR at most 1 % and 0.1 %; ZeroFMR the lowest FNMR with no false match at all.
 *
 * @param eer equal error rate
 * @param eerThreshold the threshold where the EER was taken
 * @param fmr100 lowest FNMR with FMR at most 1e-2
 * @param fmr1000 lowest FNMR with FMR at most 1e-3
 * @param zeroFmr lowest FNMR with FMR 0
 * @param genuinePairs number of genuine scores
 * @param impostorPairs number of impostor scores
 */
public record ErrorRates(
        double eer,
        double eerThreshold,
        double fmr100,
        double fmr1000,
        double zeroFmr,
        int genuinePairs,
        int impostorPairs) {

    public static ErrorRates of(ScoreSet scores) {
        double[] thresholds = candidateThresholds(scores);
        double bestGap = Double.MAX_VALUE;
        double eer = 1;
        double eerThreshold = thresholds[0];
        for (double threshold : thresholds) {
            double fmr = scores.fmr(threshold);
            double fnmr = scores.fnmr(threshold);
            double gap = Math.abs(fmr - fnmr);
            if (gap < bestGap) {
                bestGap = gap;
                eer = (fmr + fnmr) / 2;
                eerThreshold = threshold;
            }
        }
        return new ErrorRates(
                eer,
                eerThreshold,
                fnmrAtFmr(scores, 1e-2),
                fnmrAtFmr(scores, 1e-3),
                scores.fnmr(scores.thresholdAtFmr(0)),
                scores.genuineCount(),
                scores.impostorCount());
    }

    /** The lowest FNMR among thresholds whose FMR is at most {@code targetFmr}. */
    public static double fnmrAtFmr(ScoreSet scores, double targetFmr) {
        return scores.fnmr(scores.thresholdAtFmr(targetFmr));
    }

    /**
     * Points of the DET curve (FMR, FNMR) at every distinct score, from the most lenient threshold
     * to the strictest.
     */
    public static List<double[]> detCurve(ScoreSet scores) {
        List<double[]> points = new ArrayList<>();
        for (double threshold : candidateThresholds(scores)) {
            points.add(new double[] {scores.fmr(threshold), scores.fnmr(threshold)});
        }
        return points;
    }

    /** Every score value and one just above the highest: all the places where a rate can change. */
    private static double[] candidateThresholds(ScoreSet scores) {
        double[] genuine = scores.genuineSorted();
        double[] impostor = scores.impostorSorted();
        double[] all = new double[genuine.length + impostor.length + 1];
        System.arraycopy(genuine, 0, all, 0, genuine.length);
        System.arraycopy(impostor, 0, all, genuine.length, impostor.length);
        all[all.length - 1] = Math.nextUp(Math.max(genuine[genuine.length - 1], impostor[impostor.length - 1]));
        java.util.Arrays.sort(all);
        return java.util.Arrays.stream(all).distinct().toArray();
    }
}
