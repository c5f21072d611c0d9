package mx.huella.engine.search;

import java.util.Set;
import mx.huella.engine.fingerprint.FalseMatchRate;
import mx.huella.engine.fingerprint.FingerPosition;

/**
 * How to search.
 *
 * @param maxCandidates most candidates returned, ranked
 * @param shortList gallery fingers per probe finger that the index passes on to exact scoring
 * @param rate the false-match rate whose calibrated fused threshold decides a hit; note that over a
 *     gallery of N references the chance of some false hit (FPIR) grows roughly as N times this rate
 * @param positions finger positions to search; empty means every position
 */
public record SearchOptions(int maxCandidates, int shortList, FalseMatchRate rate, Set<FingerPosition> positions) {
    public SearchOptions {
        if (maxCandidates < 1 || shortList < 1) {
            throw new IllegalArgumentException("maxCandidates and shortList must be positive");
        }
        positions = Set.copyOf(positions);
    }

    /** Ten candidates, a short list of 500 per finger, FMR 1e-5, every position. */
    public static SearchOptions defaults() {
        return new SearchOptions(10, 500, FalseMatchRate.ONE_IN_HUNDRED_THOUSAND, Set.of());
    }
}
