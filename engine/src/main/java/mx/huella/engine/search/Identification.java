package mx.huella.engine.search;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a 1:N search.
 *
 * @param candidates ranked best first, at most {@link SearchOptions#maxCandidates()}
 * @param threshold the fused score a candidate needed to count as a hit
 * @param scored how many gallery fingers were scored exactly (the penetration of the search)
 */
public record Identification(List<Candidate> candidates, double threshold, int scored) {
    public Identification {
        candidates = List.copyOf(candidates);
    }

    /** The best candidate when it reaches the threshold. */
    public Optional<Candidate> hit() {
        return candidates.isEmpty() || candidates.get(0).fusedScore() < threshold
                ? Optional.empty()
                : Optional.of(candidates.get(0));
    }
}
