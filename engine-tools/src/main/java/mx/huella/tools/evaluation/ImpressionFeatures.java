package mx.huella.tools.evaluation;

import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.QualityReport;

/** What extraction produced for one impression, with how long each step took. */
record ImpressionFeatures(
        FvcDataset.Impression impression,
        EncodedTemplate template,
        QualityReport quality,
        long decodeNanos,
        long extractNanos,
        long qualityNanos) {}
