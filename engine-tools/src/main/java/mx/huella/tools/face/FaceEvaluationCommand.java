package mx.huella.tools.face;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import mx.huella.engine.face.FaceImpostorModel;
import mx.huella.engine.face.FacePhotoException;
import mx.huella.engine.face.FacePipeline;

/**
 * {@code ./huella eval faces DIR [--json] [--no-detect]}: how well face descriptors tell people apart on a folder of
 * one sub-folder per person holding PNG or JPEG images (other files and loose images in DIR are ignored).
 *
 * <p>Each image is run through {@link FacePipeline#describeLargest}; images where no face is found count as
 * {@code failedToDetect} and are left out of the pairs. With {@code --no-detect} each image is taken as a face crop
 * and described as it is ({@link FacePipeline#describeCrop}), for data sets of ready-made crops. Every pair of
 * descriptors within a person is genuine and every pair across persons an impostor; the score is the euclidean
 * distance, smaller meaning more alike, and a pair matches at threshold t when its distance is strictly below t.
 *
 * <p>Reported: the equal error rate (EER); the true accept rate TAR = 1 − FNMR at FMR 1e-2 and 1e-3 (at the largest
 * threshold whose FMR does not exceed the target; with fewer than 1/FMR impostor pairs that is FMR 0, and the text
 * report says so); TAR and FMR at face-api's default threshold 0.6; counts; and the mean wall time per image of the
 * detect, landmark and describe stages. {@code --json} prints one object instead: {@code eer}, {@code tarAtFmr1e2},
 * {@code tarAtFmr1e3}, {@code failedToDetect}, {@code images}, {@code persons}, {@code pairs} as
 * {@code {"genuine": g, "impostor": i}}, and more; rates are fractions in [0, 1], null when undefined.
 *
 * <p>{@code --model FILE} also writes the impostor distances as a {@link FaceImpostorModel}, the calibration the
 * engine ships (docs/face-thresholds.md); the text report then adds the model's thresholds.
 *
 * <p>Single-threaded; loads the nets once per call (about 0.1 s).
 */
public final class FaceEvaluationCommand {

    /** face-api's {@code FaceMatcher} default: distances strictly below it match. */
    public static final double FACE_API_THRESHOLD = 0.6;

    private static final String USAGE = "usage: huella eval faces DIR [--json] [--no-detect] [--model FILE]";

    private FaceEvaluationCommand() {}

    /**
     * Runs the evaluation; {@code args} are those after {@code eval faces}. Writes the report, or an error, to
     * {@code out}. Returns the exit status: 0 on success, 2 on bad arguments, 1 when the data cannot be read.
     */
    public static int run(String[] args, PrintStream out) {
        Path dataset = null;
        Path model = null;
        boolean json = false;
        boolean detect = true;
        for (int a = 0; a < args.length; a++) {
            String arg = args[a];
            if (arg.equals("--model") && a + 1 < args.length) {
                model = Path.of(args[++a]);
                continue;
            }
            switch (arg) {
                case "--json" -> json = true;
                case "--no-detect" -> detect = false;
                default -> {
                    if (arg.startsWith("--") || dataset != null) {
                        out.println(USAGE);
                        return 2;
                    }
                    dataset = Path.of(arg);
                }
            }
        }
        if (dataset == null || !Files.isDirectory(dataset)) {
            out.println(dataset == null ? USAGE : "not a directory: " + dataset);
            return 2;
        }
        FaceEvaluation.Result result;
        try {
            result = new FaceEvaluation(FacePipeline.load(), detect).run(dataset);
        } catch (UncheckedIOException e) {
            out.println("cannot read the data set: " + e.getCause().getMessage());
            return 1;
        } catch (FacePhotoException e) {
            out.println("a photo of the data set cannot be decoded: " + e.getMessage());
            return 1;
        }
        if (model != null) {
            try {
                Files.writeString(
                        model,
                        FaceImpostorModel.of(result.scores().impostorDistances())
                                .toText());
            } catch (java.io.IOException | IllegalArgumentException e) {
                out.println("cannot write the impostor model to " + model + ": " + e.getMessage());
                return 1;
            }
        }
        out.println(json ? json(result, detect) : text(result, detect));
        return 0;
    }

    private static String text(FaceEvaluation.Result r, boolean detect) {
        DistanceScores s = r.scores();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "mode: %s%n", detect ? "detect (largest face)" : "no-detect (crops)"));
        b.append(String.format(
                Locale.ROOT,
                "images: %d in %d persons, failedToDetect: %d%n",
                r.images(),
                r.persons(),
                r.failedToDetect()));
        b.append(String.format(Locale.ROOT, "pairs: %d genuine, %d impostor%n", s.genuineCount(), s.impostorCount()));
        b.append(String.format(Locale.ROOT, "EER: %s%n", percent(s.equalErrorRate())));
        for (double fmr : new double[] {1e-2, 1e-3}) {
            b.append(String.format(
                    Locale.ROOT,
                    "TAR at FMR %.0e: %s (threshold %.4f)%s%n",
                    fmr,
                    percent(s.tarAtFmr(fmr)),
                    s.thresholdAtFmr(fmr),
                    caveat(s, fmr)));
        }
        b.append(String.format(
                Locale.ROOT,
                "at face-api's %.1f: TAR %s, FMR %s%n",
                FACE_API_THRESHOLD,
                percent(1 - s.fnmr(FACE_API_THRESHOLD)),
                percent(s.fmr(FACE_API_THRESHOLD))));
        b.append(String.format(
                Locale.ROOT,
                "mean ms per image: detect %.1f, landmarks %.1f, describe %.1f",
                r.detectMillis(),
                r.landmarksMillis(),
                r.describeMillis()));
        return b.toString();
    }

    private static String caveat(DistanceScores s, double fmr) {
        return s.impostorCount() * fmr < 1
                ? String.format(
                        Locale.ROOT,
                        " [only %d impostor pairs: FMR resolution %.1e, so this is TAR at FMR 0]",
                        s.impostorCount(),
                        1.0 / Math.max(1, s.impostorCount()))
                : "";
    }

    private static String json(FaceEvaluation.Result r, boolean detect) {
        DistanceScores s = r.scores();
        return "{\"mode\": \"" + (detect ? "detect" : "no-detect") + "\""
                + ", \"images\": " + r.images()
                + ", \"persons\": " + r.persons()
                + ", \"failedToDetect\": " + r.failedToDetect()
                + ", \"pairs\": {\"genuine\": " + s.genuineCount() + ", \"impostor\": " + s.impostorCount() + "}"
                + ", \"eer\": " + number(s.equalErrorRate())
                + ", \"tarAtFmr1e2\": " + number(s.tarAtFmr(1e-2))
                + ", \"tarAtFmr1e3\": " + number(s.tarAtFmr(1e-3))
                + ", \"thresholdAtFmr1e2\": " + number(s.thresholdAtFmr(1e-2))
                + ", \"thresholdAtFmr1e3\": " + number(s.thresholdAtFmr(1e-3))
                + ", \"calibrated\": " + calibrated(s)
                + ", \"faceApiThreshold\": {\"threshold\": " + FACE_API_THRESHOLD
                + ", \"tar\": " + number(1 - s.fnmr(FACE_API_THRESHOLD))
                + ", \"fmr\": " + number(s.fmr(FACE_API_THRESHOLD)) + "}"
                + ", \"meanMillisPerImage\": {\"detect\": " + number(r.detectMillis())
                + ", \"landmarks\": " + number(r.landmarksMillis())
                + ", \"describe\": " + number(r.describeMillis()) + "}}";
    }

    /**
     * Thresholds for FMR 1e-3, 1e-4 and 1e-5 from the impostor model of this run (measured where the
     * sample resolves them, from the fitted tail below that) and the TAR each gives on this run.
     */
    private static String calibrated(DistanceScores s) {
        if (s.impostorCount() <= FaceImpostorModel.MIN_TAIL) {
            return "null";
        }
        FaceImpostorModel model = FaceImpostorModel.of(s.impostorDistances());
        StringBuilder json = new StringBuilder("{");
        for (double fmr : new double[] {1e-3, 1e-4, 1e-5}) {
            double threshold = model.threshold(fmr);
            json.append(json.length() > 1 ? ", " : "")
                    .append(String.format(Locale.ROOT, "\"fmr%.0e\": ", fmr).replace("e-0", "e"))
                    .append("{\"threshold\": ")
                    .append(number(threshold))
                    .append(", \"tar\": ")
                    .append(number(1 - s.fnmr(threshold)))
                    .append('}');
        }
        return json.append('}').toString();
    }

    private static String percent(double rate) {
        return Double.isNaN(rate) ? "n/a" : String.format(Locale.ROOT, "%.2f %%", 100 * rate);
    }

    /** JSON has no NaN or infinity: both become null. */
    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.6g", value) : "null";
    }
}
