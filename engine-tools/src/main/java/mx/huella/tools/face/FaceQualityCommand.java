package mx.huella.tools.face;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import mx.huella.engine.face.DescribedFace;
import mx.huella.engine.face.FacePhotoException;
import mx.huella.engine.face.FacePhotoQuality;
import mx.huella.engine.face.FacePipeline;
import mx.huella.engine.face.FaceQualityReport;
import mx.huella.engine.face.RgbImage;

/**
 * {@code ./huella eval face-quality PATH... [--json] [--each-face]}: judges every PNG or JPEG photo under the
 * paths as an enrollment photo ({@link FacePhotoQuality}, {@link FacePhotoQuality.Limits#enrollment()}) and
 * prints, per photo, the issues and the measures behind them: how the limits were set, and how to check new
 * ones. {@code --each-face} judges every face of a group photo as if it were alone.
 */
public final class FaceQualityCommand {
    private FaceQualityCommand() {}

    public static int run(String[] args, PrintStream out) {
        boolean json = false;
        boolean eachFace = false;
        List<Path> roots = new java.util.ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--each-face")) {
                eachFace = true;
            } else if (arg.startsWith("--")) {
                out.println("usage: huella eval face-quality PATH... [--json] [--each-face]");
                return 2;
            } else {
                roots.add(Path.of(arg));
            }
        }
        if (roots.isEmpty()) {
            out.println("usage: huella eval face-quality PATH... [--json] [--each-face]");
            return 2;
        }
        FacePipeline pipeline = FacePipeline.load();
        FacePhotoQuality quality = new FacePhotoQuality(FacePhotoQuality.Limits.enrollment());
        StringBuilder report = new StringBuilder(json ? "[" : "");
        for (Path file : photos(roots)) {
            String line;
            try {
                RgbImage photo = ImageFiles.read(file);
                List<DescribedFace> faces = pipeline.describeAll(photo);
                if (eachFace && faces.size() > 1) {
                    StringBuilder lines = new StringBuilder();
                    for (int i = 0; i < faces.size(); i++) {
                        FaceQualityReport r = quality.assess(photo, List.of(faces.get(i)));
                        Path label = Path.of(file + "#" + i);
                        lines.append(i == 0 ? "" : json ? ",\n " : "\n").append(json ? json(label, r) : text(label, r));
                    }
                    line = lines.toString();
                } else {
                    FaceQualityReport r = quality.assess(photo, faces);
                    line = json ? json(file, r) : text(file, r);
                }
            } catch (FacePhotoException e) {
                line = json
                        ? "{\"photo\": \"" + file + "\", \"error\": \"" + e.reason() + "\"}"
                        : file + ": cannot decode (" + e.reason() + ")";
            }
            if (json && report.length() > 1) {
                report.append(",\n ");
            }
            report.append(line).append(json ? "" : "\n");
        }
        out.println(json ? report.append("]") : report.toString().stripTrailing());
        return 0;
    }

    private static String text(Path file, FaceQualityReport r) {
        return String.format(
                Locale.ROOT,
                "%s: %s; eyes %.1f px, yaw %.2f, pitch %.2f, roll %.1f deg, luma %.0f, clipped %.3f, sharpness %.1f",
                file,
                r.acceptable() ? "OK" : r.issues(),
                r.eyeDistance(),
                r.yaw(),
                r.pitch(),
                r.rollDegrees(),
                r.meanLuminance(),
                r.clippedShare(),
                r.sharpness());
    }

    private static String json(Path file, FaceQualityReport r) {
        return String.format(
                Locale.ROOT,
                "{\"photo\": \"%s\", \"acceptable\": %s, \"issues\": %s, \"eyeDistance\": %s, \"yaw\": %s, \"pitch\": %s,"
                        + " \"rollDegrees\": %s, \"meanLuminance\": %s, \"clippedShare\": %s, \"sharpness\": %s}",
                file.toString().replace("\\", "\\\\").replace("\"", "\\\""),
                r.acceptable(),
                r.issues().stream().map(i -> "\"" + i + "\"").toList(),
                number(r.eyeDistance()),
                number(r.yaw()),
                number(r.pitch()),
                number(r.rollDegrees()),
                number(r.meanLuminance()),
                number(r.clippedShare()),
                number(r.sharpness()));
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4g", value) : "null";
    }

    private static List<Path> photos(List<Path> roots) {
        List<Path> photos = new java.util.ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .filter(f -> f.getFileName()
                                .toString()
                                .toLowerCase(Locale.ROOT)
                                .matches(".*\\.(png|jpe?g)"))
                        .sorted()
                        .forEach(photos::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return photos;
    }
}
