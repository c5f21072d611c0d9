package mx.huella.tools.evaluation;

import java.util.List;

/** Everything one FVC-protocol run measured. */
public record FvcResult(
        FvcDataset dataset,
        ErrorRates fvc,
        ErrorRates allCross,
        ScoreSet fvcScores,
        ScoreSet allCrossScores,
        FvcEvaluation.QualityPrediction quality,
        FvcEvaluation.Timing timing,
        List<ScoredPair> pairs,
        List<ImpressionFeatures> features,
        ScoreMatrix matrix) {}
