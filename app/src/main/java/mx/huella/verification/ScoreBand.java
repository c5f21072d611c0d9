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

    /** The band of a false-match probability: at most 1e-5 HIGH, 1e-4 MEDIUM, 1e-3 LOW. */
    static ScoreBand ofProbability(double falseMatchProbability) {
        if (falseMatchProbability <= FalseMatchRate.ONE_IN_HUNDRED_THOUSAND.rate()) {
            return HIGH;
        }
        if (falseMatchProbability <= FalseMatchRate.ONE_IN_TEN_THOUSAND.rate()) {
            return MEDIUM;
        }
        if (falseMatchProbability <= FalseMatchRate.ONE_IN_THOUSAND.rate()) {
            return LOW;
        }
        return NONE;
    }

    /** The largest false-match probability this band stands for (1 for NONE): what fusion may rely on. */
    double falseMatchBound() {
        return switch (this) {
            case HIGH -> FalseMatchRate.ONE_IN_HUNDRED_THOUSAND.rate();
            case MEDIUM -> FalseMatchRate.ONE_IN_TEN_THOUSAND.rate();
            case LOW -> FalseMatchRate.ONE_IN_THOUSAND.rate();
            case NONE -> 1.0;
        };
    }

    /** Whether the band is a match: the 1-in-10,000 threshold or better. */
    public boolean matches() {
        return this == HIGH || this == MEDIUM;
    }
}
