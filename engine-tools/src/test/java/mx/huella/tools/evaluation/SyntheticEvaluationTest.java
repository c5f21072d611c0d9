package mx.huella.tools.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mx.huella.tools.synthetic.GrayImagePng;
import mx.huella.tools.synthetic.SyntheticFinger;
import mx.huella.tools.synthetic.SyntheticFingerprints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation commands end to end on a synthetic FVC-style folder, so they are tested without real data. */
class SyntheticEvaluationTest {
    @TempDir
    Path folder;

    @Test
    void evaluatesASyntheticFolderAndWritesScoresAndDetCurve() throws IOException {
        writeSyntheticSet(folder, 5, 3);
        Path results = folder.resolve("results");
        var out = new ByteArrayOutputStream();

        int status = new EvaluationCommand(new PrintStream(out, true, StandardCharsets.UTF_8))
                .run(new String[] {"fingerprints", folder.toString(), "--json", "--out", results.toString()});

        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(json).contains("\"genuinePairs\":15", "\"impostorPairs\":10", "\"eer\":0,");
        assertThat(Files.readAllLines(results.resolve("scores.csv")))
                .hasSize(1 + 105)
                .first()
                .isEqualTo("set,probe,candidate,score");
        assertThat(results.resolve("det.png")).isNotEmptyFile();
    }

    @Test
    void evaluatesTwoFingerFusionOnSyntheticPersons() throws IOException {
        writeSyntheticSet(folder, 4, 2);
        var out = new ByteArrayOutputStream();

        int status = new EvaluationCommand(new PrintStream(out, true, StandardCharsets.UTF_8)).run(new String[] {
            "fingerprints-multi",
            folder.toString(),
            "--fingers",
            "2",
            "--json",
            "--out",
            folder.resolve("r").toString()
        });

        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        // 4 fingers give 6 two-finger persons; 3 pairs of them share no finger, 4 impostor pairs each.
        assertThat(json).contains("\"persons\":6", "\"genuinePairs\":6", "\"impostorPairs\":12", "\"fnmrAtFmr1e4\":");
    }

    @Test
    void answersBadUsageWithStatusTwo() {
        var out = new ByteArrayOutputStream();

        int status = new EvaluationCommand(new PrintStream(out, true, StandardCharsets.UTF_8))
                .run(new String[] {"fingerprints", folder.resolve("missing").toString()});

        assertThat(status).isEqualTo(2);
    }

    private static void writeSyntheticSet(Path folder, int fingers, int impressions) throws IOException {
        SyntheticFingerprints generator = new SyntheticFingerprints(11);
        for (int f = 0; f < fingers; f++) {
            SyntheticFinger finger = generator.finger(f);
            for (int i = 0; i < impressions; i++) {
                Files.write(
                        folder.resolve((101 + f) + "_" + (i + 1) + ".png"), GrayImagePng.encode(finger.impression(i)));
            }
        }
    }
}
