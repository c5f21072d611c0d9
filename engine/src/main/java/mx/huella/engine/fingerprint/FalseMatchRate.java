package mx.huella.engine.fingerprint;

/** The false-match rates decisions can be made at: the chance that two different fingers are accepted. */
public enum FalseMatchRate {
    /** One in a thousand: convenience checks where a wrong accept costs little. */
    ONE_IN_THOUSAND(1e-3),
    /** One in ten thousand: the default for verification of a claimed identity. */
    ONE_IN_TEN_THOUSAND(1e-4),
    /** One in a hundred thousand: signatures and payments. */
    ONE_IN_HUNDRED_THOUSAND(1e-5);

    private final double rate;

    FalseMatchRate(double rate) {
        this.rate = rate;
    }

    public double rate() {
        return rate;
    }
}
