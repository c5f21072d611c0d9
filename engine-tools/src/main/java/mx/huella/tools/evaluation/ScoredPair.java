package mx.huella.tools.evaluation;

/** One comparison of an evaluation, for the scores CSV. */
record ScoredPair(String set, String probe, String candidate, double score) {}
