package mx.huella.tools.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import mx.huella.engine.face.FaceImpostorModel;
import mx.huella.engine.face.TestJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaceEvaluationCommandTest {

    /** The development set, outside the project checkout: optional, tests skip when it is absent. */
    private static final Path FACES = Path.of("../../shared/data/faces");

    @TempDir
    Path dataset;

    @Test
    void countsNoiseImagesAsFailedToDetectAndLeavesThemOutOfThePairs() throws IOException {
        writeNoisePersons(3, 2);

        Map<String, Object> report = runJson(dataset.toString(), "--json");

        assertThat(report.get("images")).isEqualTo(6.0);
        assertThat(report.get("failedToDetect")).isEqualTo(6.0);
        assertThat(report.get("pairs")).isEqualTo(Map.of("genuine", 0.0, "impostor", 0.0));
        assertThat(report.get("eer")).isNull();
    }

    @Test
    void pairsEveryImageWithinAndAcrossPersonsWithoutDetection() throws IOException {
        writeNoisePersons(3, 2);

        Map<String, Object> report = runJson("--no-detect", dataset.toString(), "--json");

        assertThat(report.get("failedToDetect")).isEqualTo(0.0);
        assertThat(report.get("pairs")).isEqualTo(Map.of("genuine", 3.0, "impostor", 12.0));
    }

    @Test
    void printsATextReportWithTheFmrResolutionCaveat() throws IOException {
        writeNoisePersons(2, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = FaceEvaluationCommand.run(new String[] {dataset.toString(), "--no-detect"}, print(out));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("pairs: 2 genuine, 4 impostor", "EER:", "FMR resolution", "at face-api's 0.6");
    }

    @Test
    void rejectsAMissingDirectoryAndUnknownOptions() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(FaceEvaluationCommand.run(new String[0], print(out))).isEqualTo(2);
        assertThat(FaceEvaluationCommand.run(new String[] {dataset.toString(), "--fast"}, print(out)))
                .isEqualTo(2);
        assertThat(FaceEvaluationCommand.run(
                        new String[] {dataset.resolve("absent").toString()}, print(out)))
                .isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    @Test
    void separatesTheDevelopmentSetsPeopleFromTheirCrops() {
        assumeTrue(Files.isDirectory(FACES), FACES + " is absent: skipping");

        Map<String, Object> report = runJson(FACES.toString(), "--no-detect", "--json");

        assertThat(report.get("images")).isEqualTo(40.0);
        assertThat(report.get("pairs")).isEqualTo(Map.of("genuine", 80.0, "impostor", 700.0));
        assertThat((Double) report.get("eer")).isLessThan(0.2);
    }

    @Test
    void theShippedFaceImpostorModelIsWhatTheDevelopmentSetMeasures() throws IOException {
        assumeTrue(Files.isDirectory(FACES), FACES + " is absent: skipping");
        Path model = dataset.resolve("face-impostor-distances.txt");

        Map<String, Object> report = runJson(FACES.toString(), "--no-detect", "--json", "--model", model.toString());

        assertThat(Files.readString(model)).isEqualTo(FaceImpostorModel.faces().toText());
        Map<String, Object> calibrated = TestJson.object(report.get("calibrated"));
        assertThat(TestJson.object(calibrated.get("fmr1e3")).get("threshold"))
                .isEqualTo(Double.parseDouble(String.format(
                        java.util.Locale.ROOT, "%.6g", FaceImpostorModel.faces().threshold(1e-3))));
    }

    @Test
    void aPhotoThatCannotBeDecodedIsReportedNotThrown() throws IOException {
        writeNoisePersons(2, 2);
        Files.write(dataset.resolve("person0").resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2});
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = FaceEvaluationCommand.run(new String[] {dataset.toString(), "--no-detect"}, print(out));

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("cannot be decoded");
    }

    @Test
    void pairsOnlyTheDevelopmentSetsDetectedFaces() {
        assumeTrue(Files.isDirectory(FACES), FACES + " is absent: skipping");

        Map<String, Object> report = runJson(FACES.toString(), "--json");

        // The set holds tight 150x150 crops, where the tiny detector finds only a few faces (3 of 40 today).
        double detected = 40 - (Double) report.get("failedToDetect");
        Map<String, Object> pairs = TestJson.object(report.get("pairs"));
        assertThat(report.get("images")).isEqualTo(40.0);
        assertThat((Double) pairs.get("genuine") + (Double) pairs.get("impostor"))
                .isEqualTo(detected * (detected - 1) / 2);
        if (detected == 40) {
            assertThat(pairs).isEqualTo(Map.of("genuine", 80.0, "impostor", 700.0));
        }
        if ((Double) pairs.get("genuine") > 0 && (Double) pairs.get("impostor") > 0) {
            assertThat((Double) report.get("eer")).isLessThan(0.2);
        }
    }

    private static Map<String, Object> runJson(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(FaceEvaluationCommand.run(args, print(out))).isZero();
        return TestJson.object(
                TestJson.parse(out.toString(StandardCharsets.UTF_8).strip()));
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private void writeNoisePersons(int persons, int imagesEach) throws IOException {
        Random random = new Random(7);
        for (int p = 0; p < persons; p++) {
            Path folder = Files.createDirectories(dataset.resolve("person" + p));
            for (int i = 0; i < imagesEach; i++) {
                BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < 96; y++) {
                    for (int x = 0; x < 96; x++) {
                        image.setRGB(x, y, random.nextInt(1 << 24));
                    }
                }
                ImageIO.write(image, "png", folder.resolve("img" + i + ".png").toFile());
            }
        }
        Files.writeString(dataset.resolve("notes.txt"), "not an image");
    }
}
