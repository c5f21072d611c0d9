package mx.huella.verification;

import java.util.List;
import mx.huella.engine.fingerprint.FalseMatchRate;
import mx.huella.engine.fingerprint.FingerprintVerification;

/**
 * How strong a comparison is, by the smallest false-match rate whose threshold its fused score
 * reaches: HIGH 1 in 100,000, MEDIUM 1 in 10,000 (a match), LOW 1 in 1,000 (not enough), NONE.
 */
public enum ScoreBand {
    HIGH,
    MEDIUM,
    LOW,
    NONE;

    static ScoreBand of(List<Double> fingerScores) {
        if (FingerprintVerification.decide(fingerScores, FalseMatchRate.ONE_IN_HUNDRED_THOUSAND)
                .match()) {
            return HIGH;
        }
        if (FingerprintVerification.decide(fingerScores, FalseMatchRate.ONE_IN_TEN_THOUSAND)
                .match()) {
            return MEDIUM;
        }
        if (FingerprintVerification.decide(fingerScores, FalseMatchRate.ONE_IN_THOUSAND)
                .match()) {
            return LOW;
        }
        return NONE;
    }

    /** Whether the band is a match: the 1-in-10,000 threshold or better. */
    public boolean matches() {
        return this == HIGH || this == MEDIUM;
    }
}
