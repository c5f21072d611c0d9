package mx.huella.engine.search;

import java.io.Serializable;
import java.util.List;

/**
 * What a search over one part of a gallery found, before the decision: the part's best candidates,
 * ranked, and how many comparisons and exact scores it made. {@link Identification#decide} merges parts.
 */
public record PartialSearch(List<Candidate> candidates, long comparisons, int scored) implements Serializable {
    public PartialSearch {
        candidates = List.copyOf(candidates);
    }
}
