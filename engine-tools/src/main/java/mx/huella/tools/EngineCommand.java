package mx.huella.tools;

import java.util.Arrays;
import mx.huella.tools.evaluation.BenchmarkCommand;
import mx.huella.tools.evaluation.EvaluationCommand;
import mx.huella.tools.face.FaceDetectionBenchmark;
import mx.huella.tools.face.FaceEvaluationCommand;
import mx.huella.tools.face.FaceQualityCommand;
import mx.huella.tools.face.FaceRecognitionBenchmark;
import mx.huella.tools.face.FacesBenchmark;
import mx.huella.tools.search.DedupBenchmark;
import mx.huella.tools.search.SearchBenchmark;
import mx.huella.tools.synthetic.SyntheticGenerationBench;

/** Command-line entry of the engine tools, behind {@code ./huella eval} and {@code ./huella bench}. */
public final class EngineCommand {
    private EngineCommand() {}

    public static void main(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (command) {
            case "eval" -> {
                if (rest.length > 0 && rest[0].equals("faces")) {
                    System.exit(FaceEvaluationCommand.run(Arrays.copyOfRange(rest, 1, rest.length), System.out));
                } else if (rest.length > 0 && rest[0].equals("synthetic-dedup")) {
                    System.exit(mx.huella.tools.evaluation.SyntheticDedupEvaluation.run(
                            Arrays.copyOfRange(rest, 1, rest.length), System.out));
                } else if (rest.length > 0 && rest[0].equals("face-quality")) {
                    System.exit(FaceQualityCommand.run(Arrays.copyOfRange(rest, 1, rest.length), System.out));
                } else {
                    EvaluationCommand.main(rest);
                }
            }
            case "bench" -> {
                if (rest.length > 0 && rest[0].equals("synthetic")) {
                    SyntheticGenerationBench.main(Arrays.copyOfRange(rest, 1, rest.length));
                } else if (rest.length > 0 && rest[0].equals("faces")) {
                    FacesBenchmark.main(Arrays.copyOfRange(rest, 1, rest.length));
                } else if (rest.length > 0 && rest[0].equals("face-detect")) {
                    FaceDetectionBenchmark.main(Arrays.copyOfRange(rest, 1, rest.length));
                } else if (rest.length > 0 && rest[0].equals("face-descriptor")) {
                    FaceRecognitionBenchmark.main(Arrays.copyOfRange(rest, 1, rest.length));
                } else if (rest.length > 0 && rest[0].equals("dedup")) {
                    DedupBenchmark.main(Arrays.copyOfRange(rest, 1, rest.length));
                } else if (rest.length > 0 && rest[0].equals("search")) {
                    SearchBenchmark.main(Arrays.copyOfRange(rest, 1, rest.length));
                } else {
                    BenchmarkCommand.main(rest);
                }
            }
            default -> {
                System.err.println(
                        "usage: eval fingerprints|fingerprints-multi DIR [options] | bench fingerprints [DIR] [options]");
                System.exit(2);
            }
        }
    }
}
