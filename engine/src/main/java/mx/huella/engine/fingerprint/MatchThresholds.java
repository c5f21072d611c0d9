package mx.huella.engine.fingerprint;

/**
 * Decision thresholds on SourceAFIS scores for each {@link FalseMatchRate}, for one finger and for
 * sum fusion of 2 to 4 fingers.
 *
 * <p>Where the numbers come from: {@code ./huella eval calibrate
 * ../shared/data/fingerprints/fvc2002/DB1_B:500 ../shared/data/fingerprints/fvc2002/DB2_B:569} on
 * 2026-11-22: 12,160 cross-finger impostor pairs from two optical sensors. FMR 1e-3 is read off the
 * sample; 1e-4 and 1e-5 are extrapolated with an exponential tail fitted to the top 1 % of impostor
 * scores; fused thresholds come from convolving the single-finger impostor distribution (fingers of
 * two different people are independent). {@code docs/fingerprint-thresholds.md} explains the method,
 * its limits (20 fingers, 2 sensors) and how to recalibrate; a test re-runs the calibration and fails
 * when these constants drift from what the data say.
 */
public final class MatchThresholds {
    private static final double[] SINGLE = {29.0, 40.3, 51.5};
    private static final double[][] FUSED = {
        {35.75, 44.25, 53.75},
        {41.50, 52.25, 62.25},
        {47.25, 58.75, 69.50}
    };

    private MatchThresholds() {}

    /** The score at or above which one finger's comparison is a match at this false-match rate. */
    public static double singleFinger(FalseMatchRate rate) {
        return SINGLE[rate.ordinal()];
    }

    /**
     * The sum of per-finger scores at or above which a {@code fingers}-finger comparison is a match.
     *
     * @param fingers 1 to 4
     */
    public static double sumOf(int fingers, FalseMatchRate rate) {
        if (fingers == 1) {
            return singleFinger(rate);
        }
        if (fingers < 1 || fingers > 4) {
            throw new IllegalArgumentException("thresholds are calibrated for 1 to 4 fingers, not " + fingers);
        }
        return FUSED[fingers - 2][rate.ordinal()];
    }
}
