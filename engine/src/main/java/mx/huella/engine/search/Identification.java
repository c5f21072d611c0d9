package mx.huella.engine.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a 1:N search.
 *
 * @param candidates ranked best first ({@link Candidate#RANKING}), at most {@link SearchOptions#maxCandidates()}
 * @param decision whether the best candidate is a hit at the target FPIR
 * @param comparisonRate the false-match probability a candidate had to stay at or under: the target
 *     FPIR divided by {@code comparisons}
 * @param comparisons how many reference-level comparisons the search stands for (references searched,
 *     times positions for a probe of unknown position)
 * @param scored how many gallery fingers were scored exactly (the penetration of the search)
 */
public record Identification(
        List<Candidate> candidates, Decision decision, double comparisonRate, long comparisons, int scored) {
    /** Whether a search found someone. */
    public enum Decision {
        HIT,
        NO_HIT
    }

    public Identification {
        candidates = List.copyOf(candidates);
    }

    /** The best candidate when the decision is a hit. */
    public Optional<Candidate> hit() {
        return decision == Decision.HIT ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * Merges the partial results of searches over disjoint parts of a gallery (the members of a
     * cluster) and decides at the target FPIR over all their comparisons together.
     */
    public static Identification decide(List<PartialSearch> parts, SearchOptions options) {
        List<Candidate> all = new ArrayList<>();
        long comparisons = 0;
        int scored = 0;
        for (PartialSearch part : parts) {
            all.addAll(part.candidates());
            comparisons += part.comparisons();
            scored += part.scored();
        }
        all.sort(Candidate.RANKING);
        List<Candidate> ranked = all.subList(0, Math.min(options.maxCandidates(), all.size()));
        double rate = options.falsePositiveIdentificationRate() / Math.max(1, comparisons);
        Decision decision =
                !ranked.isEmpty() && ranked.get(0).falseMatchProbability() <= rate ? Decision.HIT : Decision.NO_HIT;
        return new Identification(ranked, decision, rate, comparisons, scored);
    }
}
