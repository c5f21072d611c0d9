package mx.huella.tools.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./huella eval fingerprints DIR [--dpi N] [--json] [--out DIR]} and
 * {@code ./huella eval fingerprints-multi DIR [--fingers N] [--dpi N] [--json] [--out DIR]}.
 * Exit status 0 on success, 2 on bad usage or input.
 */
public final class EvaluationCommand {
    private final PrintStream out;

    EvaluationCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new EvaluationCommand(System.out).run(args));
    }

    int run(String[] args) {
        try {
            if (args.length > 0 && args[0].equals("calibrate")) {
                return CalibrationCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out);
            }
            EvaluationOptions options = EvaluationOptions.parse(args);
            FvcResult result = FvcEvaluation.run(FvcDataset.scan(options.folder()), options.dpi());
            Files.createDirectories(options.output());
            Path csv = options.output().resolve("scores.csv");
            Path det = options.output()
                    .resolve(
                            options.command().equals("fingerprints")
                                    ? "det.png"
                                    : "det-" + options.fingers() + "-finger.png");
            writeScores(csv, result.pairs());
            if (options.command().equals("fingerprints")) {
                DetPlot.write(det, "DET " + options.folder().getFileName(), curves(result));
                out.println(options.json() ? singleJson(result, csv, det) : singleText(result, csv, det));
            } else {
                MultiFingerEvaluation.Result multi = MultiFingerEvaluation.run(result, options.fingers());
                DetPlot.write(
                        det,
                        "DET " + options.fingers() + "-finger fusion, "
                                + options.folder().getFileName(),
                        Map.of(options.fingers() + "-finger sum fusion", multi.scores()));
                out.println(options.json() ? multiJson(result, multi, options) : multiText(result, multi, options));
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("huella eval: " + e.getMessage());
            System.err.println(EvaluationOptions.USAGE);
            return 2;
        } catch (IOException e) {
            System.err.println("huella eval: " + e.getMessage());
            return 2;
        }
    }

    private static Map<String, ScoreSet> curves(FvcResult result) {
        Map<String, ScoreSet> curves = new LinkedHashMap<>();
        curves.put("FVC impostors (first impressions)", result.fvcScores());
        curves.put("all cross-finger impostors", result.allCrossScores());
        return curves;
    }

    private static void writeScores(Path csv, List<ScoredPair> pairs) {
        try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            writer.write("set,probe,candidate,score\n");
            for (ScoredPair pair : pairs) {
                writer.write(String.format(
                        Locale.ROOT, "%s,%s,%s,%.4f%n", pair.set(), pair.probe(), pair.candidate(), pair.score()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Json rates(ErrorRates rates) {
        return new Json()
                .put("eer", rates.eer())
                .put("fmr100", rates.fmr100())
                .put("fmr1000", rates.fmr1000())
                .put("zeroFmr", rates.zeroFmr())
                .put("eerThreshold", rates.eerThreshold())
                .put("genuinePairs", rates.genuinePairs())
                .put("impostorPairs", rates.impostorPairs());
    }

    private static String singleJson(FvcResult result, Path csv, Path det) {
        ErrorRates fvc = result.fvc();
        return new Json()
                .put("dataset", result.dataset().folder().toString())
                .put("fingers", result.dataset().fingers().size())
                .put("impressions", result.features().size())
                .put("eer", fvc.eer())
                .put("fmr100", fvc.fmr100())
                .put("fmr1000", fvc.fmr1000())
                .put("zeroFmr", fvc.zeroFmr())
                .put("eerThreshold", fvc.eerThreshold())
                .put("genuinePairs", fvc.genuinePairs())
                .put("impostorPairs", fvc.impostorPairs())
                .put("allCrossFinger", rates(result.allCross()))
                .put("decodeMillis", result.timing().decodeMillis())
                .put("extractMillis", result.timing().extractMillis())
                .put("qualityMillis", result.timing().qualityMillis())
                .put("matchMicros", result.timing().matchMicros())
                .put(
                        "quality",
                        new Json()
                                .put("threshold", result.quality().threshold())
                                .put("fnmrLowestFifth", result.quality().fnmrLowestFifth())
                                .put("fnmrHighestFifth", result.quality().fnmrHighestFifth())
                                .put("pairsPerFifth", result.quality().pairsPerFifth()))
                .put("scoresCsv", csv.toString())
                .put("detPng", det.toString())
                .toString();
    }

    private static String singleText(FvcResult result, Path csv, Path det) {
        var text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "FVC protocol on %s: %d fingers, %d impressions%n",
                result.dataset().folder(),
                result.dataset().fingers().size(),
                result.features().size()));
        text.append(String.format(
                Locale.ROOT,
                "%-22s %8s %9s %8s %8s %8s %8s%n",
                "",
                "genuine",
                "impostor",
                "EER",
                "FMR100",
                "FMR1000",
                "ZeroFMR"));
        text.append(row("FVC impostors", result.fvc()));
        text.append(row("all cross-finger", result.allCross()));
        var timing = result.timing();
        text.append(String.format(
                Locale.ROOT,
                "per image: decode %.1f ms, extraction %.1f ms, quality %.2f ms; per comparison: %.0f µs%n",
                timing.decodeMillis(),
                timing.extractMillis(),
                timing.qualityMillis(),
                timing.matchMicros()));
        var quality = result.quality();
        text.append(String.format(
                Locale.ROOT,
                "quality: FNMR %.1f%% in the lowest-quality fifth vs %.1f%% in the highest (%d genuine pairs each, threshold %.1f)%n",
                100 * quality.fnmrLowestFifth(),
                100 * quality.fnmrHighestFifth(),
                quality.pairsPerFifth(),
                quality.threshold()));
        text.append("scores: ").append(csv).append("\nDET curve: ").append(det);
        return text.toString();
    }

    private static String row(String label, ErrorRates rates) {
        return String.format(
                Locale.ROOT,
                "%-22s %8d %9d %7.2f%% %7.2f%% %7.2f%% %7.2f%%%n",
                label,
                rates.genuinePairs(),
                rates.impostorPairs(),
                100 * rates.eer(),
                100 * rates.fmr100(),
                100 * rates.fmr1000(),
                100 * rates.zeroFmr());
    }

    private static String multiJson(FvcResult single, MultiFingerEvaluation.Result multi, EvaluationOptions options) {
        return new Json()
                .put("dataset", single.dataset().folder().toString())
                .put("fingersPerPerson", options.fingers())
                .put("persons", multi.persons())
                .put("fnmrAtFmr1e3", multi.fnmrAtFmr1e3())
                .put("fnmrAtFmr1e4", multi.fnmrAtFmr1e4())
                .put("eer", multi.rates().eer())
                .put("zeroFmr", multi.rates().zeroFmr())
                .put("genuinePairs", multi.rates().genuinePairs())
                .put("impostorPairs", multi.rates().impostorPairs())
                .put("fmrResolution", multi.scores().fmrResolution())
                .put("singleFinger", rates(single.allCross()))
                .toString();
    }

    private static String multiText(FvcResult single, MultiFingerEvaluation.Result multi, EvaluationOptions options) {
        return String.format(
                Locale.ROOT,
                "%d-finger sum fusion on %s: %d synthetic persons, %d genuine and %d impostor pairs%n"
                        + "FNMR at FMR 1e-3: %.2f%%, at FMR 1e-4: %.2f%%; EER %.2f%%; smallest measurable FMR %.1e%n"
                        + "(single finger, all cross-finger impostors: EER %.2f%%)",
                options.fingers(),
                single.dataset().folder(),
                multi.persons(),
                multi.rates().genuinePairs(),
                multi.rates().impostorPairs(),
                100 * multi.fnmrAtFmr1e3(),
                100 * multi.fnmrAtFmr1e4(),
                100 * multi.rates().eer(),
                multi.scores().fmrResolution(),
                100 * single.allCross().eer());
    }
}
