package mx.huella.tools.evaluation;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerprintQuality;
import mx.huella.engine.fingerprint.FingerprintTemplates;
import mx.huella.engine.fingerprint.GrayImage;
import mx.huella.engine.fingerprint.TemplateInterchange;

/**
 * {@code ./huella bench fingerprints [DIR] [--dpi N] [--rounds N] [--json]}: a warmed-up, single-threaded
 * harness for the fingerprint hot paths: decode + quality + extraction per image, 1:1 comparison
 * (genuine and impostor pairs), and template size serialized and in memory.
 *
 * <p>Each measured round runs every image (or pair) once after {@code --rounds} warm-up rounds have
 * let the JIT compile the code; the figures are means and percentiles over the measured rounds.
 */
public final class BenchmarkCommand {
    private static final Path DEFAULT_SET = Path.of("..", "shared", "data", "fingerprints", "fvc2002", "DB1_B");

    private BenchmarkCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        try {
            if (args.length == 0 || !args[0].equals("fingerprints")) {
                throw new IllegalArgumentException(
                        "usage: ./huella bench fingerprints [DIR] [--dpi N] [--rounds N] [--json] (dpi: the file's, else 500)");
            }
            Path folder = DEFAULT_SET;
            double dpi = 0;
            int rounds = 3;
            boolean json = false;
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--json" -> json = true;
                    case "--dpi" -> dpi = Double.parseDouble(args[++i]);
                    case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                    default -> folder = Path.of(args[i]);
                }
            }
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException(
                        "no image folder at " + folder + " (give one: bench fingerprints DIR)");
            }
            Json result = measure(FvcDataset.scan(folder), dpi, Math.max(1, rounds));
            out.println(
                    json ? result : result.toString().replace(",\"", ",\n  \"").replace("{", "{\n  "));
            return 0;
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            System.err.println("huella bench: " + e.getMessage());
            return 2;
        }
    }

    static Json measure(FvcDataset dataset, double dpi, int rounds) {
        List<FvcDataset.Impression> impressions = dataset.impressions();
        List<byte[]> files = impressions.stream().map(i -> read(i.file())).toList();
        for (int warmUp = 0; warmUp < rounds; warmUp++) {
            pipelineRound(impressions, dpi, null);
        }
        Samples decode = new Samples();
        Samples quality = new Samples();
        Samples extract = new Samples();
        Samples pipeline = new Samples();
        List<EncodedTemplate> templates = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            templates = pipelineRound(impressions, dpi, new Samples[] {decode, quality, extract, pipeline});
        }
        List<int[]> genuine = new ArrayList<>();
        List<int[]> impostor = new ArrayList<>();
        for (int i = 0; i < impressions.size(); i++) {
            for (int j = i + 1; j < impressions.size(); j++) {
                (impressions.get(i).finger().equals(impressions.get(j).finger()) ? genuine : impostor)
                        .add(new int[] {i, j});
            }
        }
        double genuineMicros = matchMicros(templates, genuine, rounds, true);
        double impostorMicros = matchMicros(templates, impostor, rounds, true);
        double verifyMicros = matchMicros(templates, genuine, rounds, false);
        return new Json()
                .put("images", impressions.size())
                .put(
                        "imageBytesMean",
                        files.stream().mapToInt(f -> f.length).average().orElse(0))
                .put("decodeMillisMean", decode.mean())
                .put("qualityMillisMean", quality.mean())
                .put("extractMillisMean", extract.mean())
                .put("pipelineMillisMean", pipeline.mean())
                .put("pipelineMillisP50", pipeline.percentile(0.5))
                .put("pipelineMillisP95", pipeline.percentile(0.95))
                .put("genuineMatchMicros", genuineMicros)
                .put("impostorMatchMicros", impostorMicros)
                .put("verifyWithProbePreparationMicros", verifyMicros)
                .put(
                        "serializedBytesMean",
                        templates.stream()
                                .mapToInt(EncodedTemplate::size)
                                .average()
                                .orElse(0))
                .put(
                        "memoryBytesMean",
                        templates.stream()
                                .mapToInt(EncodedTemplate::memoryBytes)
                                .average()
                                .orElse(0))
                .put("rounds", rounds)
                .put("threads", 1)
                .put("cores", Runtime.getRuntime().availableProcessors())
                .put("java", System.getProperty("java.version"));
    }

    private static List<EncodedTemplate> pipelineRound(
            List<FvcDataset.Impression> impressions, double dpi, Samples[] samples) {
        List<EncodedTemplate> templates = new ArrayList<>();
        for (FvcDataset.Impression impression : impressions) {
            long start = System.nanoTime();
            GrayImage image = ImageFiles.read(impression.file(), dpi);
            long decoded = System.nanoTime();
            EncodedTemplate template = FingerprintTemplates.extract(image);
            long extracted = System.nanoTime();
            FingerprintQuality.assess(image, TemplateInterchange.minutiaeCount(template));
            long assessed = System.nanoTime();
            templates.add(template);
            if (samples != null) {
                samples[0].add(decoded - start);
                samples[2].add(extracted - decoded);
                samples[1].add(assessed - extracted);
                samples[3].add(assessed - start);
            }
        }
        return templates;
    }

    /**
     * Mean time of one comparison. With {@code preparedProbes} each probe is prepared once before the
     * clock starts (as in 1:N, where one probe meets many candidates); without, the time includes
     * preparing the probe (as in a single 1:1 verification).
     */
    private static double matchMicros(
            List<EncodedTemplate> templates, List<int[]> pairs, int rounds, boolean preparedProbes) {
        if (pairs.isEmpty()) {
            return Double.NaN;
        }
        List<FingerprintTemplates.Probe> probes = preparedProbes
                ? templates.stream().map(FingerprintTemplates::probe).toList()
                : null;
        double sink = 0;
        long nanos = 0;
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            for (int[] pair : pairs) {
                sink += preparedProbes
                        ? probes.get(pair[0]).score(templates.get(pair[1]))
                        : FingerprintTemplates.score(templates.get(pair[0]), templates.get(pair[1]));
            }
            if (round > 0) {
                nanos += System.nanoTime() - start;
            }
        }
        if (sink < 0) {
            throw new IllegalStateException("scores are never negative");
        }
        return nanos / 1e3 / ((long) pairs.size() * rounds);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Durations in nanoseconds, reported in milliseconds. */
    private static final class Samples {
        private long[] values = new long[64];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        double mean() {
            return Arrays.stream(values, 0, size).average().orElse(0) / 1e6;
        }

        double percentile(double p) {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return sorted[Math.min(size - 1, (int) Math.floor(p * size))] / 1e6;
        }
    }
}
