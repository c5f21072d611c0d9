package mx.huella.tools.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./huella eval calibrate DIR[:DPI]... [--json] [--model FILE]}: measures the impostor score distribution
 * over every cross-finger pair of all the folders' impressions together (folders are different
 * fingers from each other) and derives decision thresholds for false-match rates 1e-3, 1e-4 and
 * 1e-5, for one finger and for 2 to 4 fingers with sum fusion; {@code --model} also writes the
 * impostor histogram and tail as the engine's {@link mx.huella.engine.fingerprint.ImpostorScoreModel}. See {@code docs/fingerprint-thresholds.md}.
 */
final class CalibrationCommand {
    static final double[] RATES = {1e-3, 1e-4, 1e-5};

    private CalibrationCommand() {}

    static int run(String[] args, PrintStream out) {
        boolean json = false;
        Path model = null;
        List<ImpressionFeatures> features = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        for (int a = 0; a < args.length; a++) {
            String arg = args[a];
            if (arg.equals("--json")) {
                json = true;
                continue;
            }
            if (arg.equals("--model") && a + 1 < args.length) {
                model = Path.of(args[++a]);
                continue;
            }
            int colon = arg.lastIndexOf(':');
            Path folder = Path.of(colon > 0 ? arg.substring(0, colon) : arg);
            double dpi = colon > 0 ? Double.parseDouble(arg.substring(colon + 1)) : 0;
            FvcDataset dataset = FvcDataset.scan(folder);
            String prefix = folder.toAbsolutePath().normalize() + "/";
            features.addAll(dataset.impressions().parallelStream()
                    .map(i -> FvcEvaluation.featuresOf(
                            new FvcDataset.Impression(prefix + i.finger(), i.index(), i.file()), dpi))
                    .toList());
            folders.add(folder + (dpi > 0 ? "@" + dpi + "dpi" : ""));
        }
        if (folders.isEmpty()) {
            throw new IllegalArgumentException(
                    "usage: ./huella eval calibrate DIR[:DPI] [DIR[:DPI]...] [--json] [--model FILE]");
        }
        ScoreMatrix matrix = ScoreMatrix.of(features);
        List<Double> genuine = new ArrayList<>();
        List<Double> impostor = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            for (int j = i + 1; j < features.size(); j++) {
                boolean same = features.get(i)
                        .impression()
                        .finger()
                        .equals(features.get(j).impression().finger());
                (same ? genuine : impostor).add(matrix.score(i, j));
            }
        }
        ScoreSet scores = new ScoreSet(
                genuine.stream().mapToDouble(Double::doubleValue).toArray(),
                impostor.stream().mapToDouble(Double::doubleValue).toArray());
        if (model != null) {
            try {
                Files.writeString(model, ImpostorTail.of(scores).model().toText());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the impostor model to " + model, e);
            }
        }
        out.println(json ? toJson(folders, scores) : toText(folders, scores));
        return 0;
    }

    private static String toJson(List<String> folders, ScoreSet scores) {
        ImpostorTail tail = ImpostorTail.of(scores);
        Json single = new Json();
        for (double rate : RATES) {
            double threshold = tail.threshold(rate);
            single.put(
                    key(rate),
                    new Json()
                            .put("threshold", threshold)
                            .put("method", tail.measurable(rate) ? "measured" : "extrapolated")
                            .put("fnmr", scores.fnmr(threshold)));
        }
        Json fused = new Json();
        for (int fingers = 2; fingers <= 4; fingers++) {
            SumDistribution sum = SumDistribution.of(scores.impostorSorted(), fingers);
            Json perRate = new Json();
            for (double rate : RATES) {
                perRate.put(key(rate), sum.threshold(rate));
            }
            fused.put(fingers + "fingers", perRate);
        }
        return new Json()
                .put("folders", String.join(" ", folders))
                .put("genuinePairs", scores.genuineCount())
                .put("impostorPairs", scores.impostorCount())
                .put("fmrResolution", scores.fmrResolution())
                .put("singleFinger", single)
                .put("sumFusion", fused)
                .toString();
    }

    private static String toText(List<String> folders, ScoreSet scores) {
        ImpostorTail tail = ImpostorTail.of(scores);
        var text = new StringBuilder(String.format(
                Locale.ROOT,
                "impostor distribution from %s: %d impostor and %d genuine pairs (smallest measurable FMR %.1e)%n",
                String.join(", ", folders),
                scores.impostorCount(),
                scores.genuineCount(),
                scores.fmrResolution()));
        for (double rate : RATES) {
            double threshold = tail.threshold(rate);
            text.append(String.format(
                    Locale.ROOT,
                    "one finger, FMR %.0e: threshold %.1f (%s), FNMR %.2f%%%n",
                    rate,
                    threshold,
                    tail.measurable(rate) ? "measured" : "extrapolated",
                    100 * scores.fnmr(threshold)));
        }
        for (int fingers = 2; fingers <= 4; fingers++) {
            SumDistribution sum = SumDistribution.of(scores.impostorSorted(), fingers);
            text.append(String.format(
                    Locale.ROOT,
                    "%d fingers, sum fusion: thresholds %.2f / %.2f / %.2f at FMR 1e-3 / 1e-4 / 1e-5%n",
                    fingers,
                    sum.threshold(1e-3),
                    sum.threshold(1e-4),
                    sum.threshold(1e-5)));
        }
        return text.toString().stripTrailing();
    }

    private static String key(double rate) {
        return "fmr"
                + String.format(Locale.ROOT, "%.0e", rate).replace("e-0", "e-").replace("1e-", "1e");
    }
}
