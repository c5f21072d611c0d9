package mx.huella.engine.search;

import java.io.Serializable;
import java.util.Set;
import mx.huella.engine.fingerprint.FingerPosition;

/**
 * How to search.
 *
 * @param maxCandidates most candidates returned, ranked
 * @param shortList gallery fingers per probe finger that the index passes on to exact scoring
 * @param falsePositiveIdentificationRate the target FPIR: the chance that a search for someone who is
 *     not enrolled reports a hit. Each comparison is held to this rate divided by the number of
 *     comparisons the search makes, so the decision stays at the target as the gallery grows
 * @param positions finger positions a probe of unknown position is searched against; empty means
 *     every position
 */
public record SearchOptions(
        int maxCandidates, int shortList, double falsePositiveIdentificationRate, Set<FingerPosition> positions)
        implements Serializable {
    /** The default target FPIR: one search in a thousand of a person not enrolled reports a hit. */
    public static final double DEFAULT_FPIR = 1e-3;

    public SearchOptions {
        if (maxCandidates < 1 || shortList < 1) {
            throw new IllegalArgumentException("maxCandidates and shortList must be positive");
        }
        if (!(falsePositiveIdentificationRate > 0 && falsePositiveIdentificationRate < 1)) {
            throw new IllegalArgumentException(
                    "the target FPIR must lie strictly between 0 and 1, not " + falsePositiveIdentificationRate);
        }
        positions = Set.copyOf(positions);
    }

    /** Ten candidates, a short list of 500 per finger, FPIR 1e-3, every position. */
    public static SearchOptions defaults() {
        return new SearchOptions(10, 500, DEFAULT_FPIR, Set.of());
    }

    /** These options with another target FPIR. */
    public SearchOptions withFpir(double fpir) {
        return new SearchOptions(maxCandidates, shortList, fpir, positions);
    }
}
