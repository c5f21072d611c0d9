package mx.huella.tools.synthetic;

/**
 * The Henry pattern classes the generator draws ridge flow from, with the share of each among fingers (Wilson, Candela
 * and Watson, NIST, as quoted in the Handbook of Fingerprint Recognition, 2nd ed., chapter 5).
 */
public enum PatternClass {
    /** No singular point: ridges cross the finger as rising humps. About 3.7 % of fingers. */
    ARCH(0.037),
    /** A core right above a delta, ridges tenting over them. About 2.9 %. */
    TENTED_ARCH(0.029),
    /** One core and one delta, the delta on the right: ridges enter and leave on the left. About 33.8 %. */
    LEFT_LOOP(0.338),
    /** One core and one delta, the delta on the left. About 31.7 %. */
    RIGHT_LOOP(0.317),
    /** Two cores and two deltas: circular or spiral ridges in the middle. About 27.9 %. */
    WHORL(0.279);

    private final double share;

    PatternClass(double share) {
        this.share = share;
    }

    /** The fraction of fingers in the population with this pattern. */
    public double share() {
        return share;
    }

    static PatternClass draw(SeededRandom random) {
        double u = random.nextDouble();
        for (PatternClass pattern : values()) {
            u -= pattern.share;
            if (u < 0) {
                return pattern;
            }
        }
        return WHORL;
    }
}
