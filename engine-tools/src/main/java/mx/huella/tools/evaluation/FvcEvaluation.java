package mx.huella.tools.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import mx.huella.engine.fingerprint.FingerprintQuality;
import mx.huella.engine.fingerprint.FingerprintTemplates;
import mx.huella.engine.fingerprint.GrayImage;
import mx.huella.engine.fingerprint.TemplateInterchange;

/**
 * Runs the FVC protocol on a data set: genuine pairs are every pair of impressions of one finger;
 * impostor pairs are the first impressions of different fingers (the FVC set), and also every pair
 * of impressions of different fingers (the all-cross-finger set). Pairs are unordered, as in
 * FVC2002: 8 impressions of 10 fingers give 280 genuine and 45 impostor pairs (2,880 all-cross).
 */
public final class FvcEvaluation {
    private FvcEvaluation() {}

    public static FvcResult run(FvcDataset dataset, double dpi) {
        List<ImpressionFeatures> features = dataset.impressions().parallelStream()
                .map(impression -> featuresOf(impression, dpi))
                .toList();
        ScoreMatrix matrix = ScoreMatrix.of(features);
        List<ScoredPair> pairs = new ArrayList<>();
        List<Double> genuine = new ArrayList<>();
        List<Double> fvcImpostor = new ArrayList<>();
        List<Double> allImpostor = new ArrayList<>();
        List<double[]> genuineWithQuality = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            for (int j = i + 1; j < features.size(); j++) {
                var a = features.get(i).impression();
                var b = features.get(j).impression();
                double score = matrix.score(i, j);
                if (a.finger().equals(b.finger())) {
                    genuine.add(score);
                    genuineWithQuality.add(new double[] {
                        Math.min(
                                features.get(i).quality().score(),
                                features.get(j).quality().score()),
                        score
                    });
                    pairs.add(new ScoredPair("genuine", a.name(), b.name(), score));
                } else {
                    allImpostor.add(score);
                    boolean firstImpressions = isFirst(dataset, a) && isFirst(dataset, b);
                    if (firstImpressions) {
                        fvcImpostor.add(score);
                    }
                    pairs.add(new ScoredPair(
                            firstImpressions ? "impostor" : "impostor-cross", a.name(), b.name(), score));
                }
            }
        }
        ScoreSet fvc = new ScoreSet(toArray(genuine), toArray(fvcImpostor));
        ScoreSet allCross = new ScoreSet(toArray(genuine), toArray(allImpostor));
        return new FvcResult(
                dataset,
                ErrorRates.of(fvc),
                ErrorRates.of(allCross),
                fvc,
                allCross,
                QualityPrediction.of(genuineWithQuality, allCross),
                Timing.of(features, matrix),
                pairs,
                features,
                matrix);
    }

    private static boolean isFirst(FvcDataset dataset, FvcDataset.Impression impression) {
        return dataset.fingers().get(impression.finger()).get(0).equals(impression);
    }

    static ImpressionFeatures featuresOf(FvcDataset.Impression impression, double dpi) {
        long start = System.nanoTime();
        GrayImage image = decode(impression, dpi);
        long decoded = System.nanoTime();
        var template = FingerprintTemplates.extract(image);
        long extracted = System.nanoTime();
        var quality = FingerprintQuality.assess(image, TemplateInterchange.minutiaeCount(template));
        long assessed = System.nanoTime();
        return new ImpressionFeatures(
                impression, template, quality, decoded - start, extracted - decoded, assessed - extracted);
    }

    private static GrayImage decode(FvcDataset.Impression impression, double dpi) {
        return ImageFiles.read(impression.file(), dpi);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Mean per-impression and per-comparison times, on one core. */
    public record Timing(double decodeMillis, double extractMillis, double qualityMillis, double matchMicros) {
        static Timing of(List<ImpressionFeatures> features, ScoreMatrix matrix) {
            return new Timing(
                    mean(features, ImpressionFeatures::decodeNanos),
                    mean(features, ImpressionFeatures::extractNanos),
                    mean(features, ImpressionFeatures::qualityNanos),
                    matrix.meanMatchMicros());
        }

        private static double mean(
                List<ImpressionFeatures> features, java.util.function.ToLongFunction<ImpressionFeatures> nanos) {
            return features.stream().mapToLong(nanos).average().orElse(0) / 1e6;
        }
    }

    /**
     * Whether the quality score predicts false non-matches: genuine pairs ranked by the lower
     * quality of their two impressions, split into fifths, and the FNMR of the lowest and highest
     * fifth at the all-cross-finger threshold for FMR 1 %.
     */
    public record QualityPrediction(
            double threshold, double fnmrLowestFifth, double fnmrHighestFifth, int pairsPerFifth) {
        static QualityPrediction of(List<double[]> genuineWithQuality, ScoreSet allCross) {
            double threshold = allCross.thresholdAtFmr(1e-2);
            List<double[]> sorted = new ArrayList<>(genuineWithQuality);
            sorted.sort(Comparator.comparingDouble(p -> p[0]));
            int fifth = Math.max(1, sorted.size() / 5);
            return new QualityPrediction(
                    threshold,
                    fnmr(sorted.subList(0, fifth), threshold),
                    fnmr(sorted.subList(sorted.size() - fifth, sorted.size()), threshold),
                    fifth);
        }

        private static double fnmr(List<double[]> pairs, double threshold) {
            return (double) IntStream.range(0, pairs.size())
                            .filter(i -> pairs.get(i)[1] < threshold)
                            .count()
                    / pairs.size();
        }
    }
}
