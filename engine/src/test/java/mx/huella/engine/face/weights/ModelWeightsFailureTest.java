package mx.huella.engine.face.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelWeightsFailureTest {

    private static final FaceModel MODEL = FaceModel.FACE_LANDMARK_68_TINY;
    private static final String BIN = "face_landmark_68_tiny_model.bin";
    private static final String MANIFEST = "face_landmark_68_tiny_model-weights_manifest.json";

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheShippedModelIntoADirectory() throws IOException {
        Files.write(dir.resolve(BIN), Manifests.bytes(BIN));
        Files.writeString(dir.resolve(MANIFEST), Manifests.text(MANIFEST));
    }

    @Test
    void loadsAnIntactCopyFromADirectoryLikeFromTheClassPath() {
        ModelWeights fromDirectory = ModelWeights.loadFrom(dir, MODEL);
        ModelWeights fromClassPath = ModelWeights.load(MODEL);

        assertThat(fromDirectory.names()).isEqualTo(fromClassPath.names());
        for (String name : fromClassPath.names()) {
            assertThat(fromDirectory.tensor(name).toArray())
                    .isEqualTo(fromClassPath.tensor(name).toArray());
        }
    }

    @Test
    void rejectsATruncatedBin() throws IOException {
        byte[] bin = Files.readAllBytes(dir.resolve(BIN));
        Files.write(dir.resolve(BIN), Arrays.copyOf(bin, bin.length - 1));

        assertThatThrownBy(() -> ModelWeights.loadFrom(dir, MODEL))
                .isInstanceOf(FaceWeightsException.class)
                .hasMessageContaining(BIN)
                .hasMessageContaining("holds 77223 bytes but the manifest's 28 tensors need 77224");
    }

    @Test
    void rejectsABinWithOneExtraByte() throws IOException {
        byte[] bin = Files.readAllBytes(dir.resolve(BIN));
        Files.write(dir.resolve(BIN), Arrays.copyOf(bin, bin.length + 1));

        assertThatThrownBy(() -> ModelWeights.loadFrom(dir, MODEL))
                .isInstanceOf(FaceWeightsException.class)
                .hasMessageContaining(BIN)
                .hasMessageContaining("longer than the 77224 bytes");
    }

    @Test
    void rejectsAManifestWithAnUnknownDtype() throws IOException {
        editManifest("\"dtype\":\"float32\"", "\"dtype\":\"bool\"");

        assertThatThrownBy(() -> ModelWeights.loadFrom(dir, MODEL))
                .isInstanceOf(FaceWeightsException.class)
                .hasMessageContaining(MANIFEST)
                .hasMessageContaining("tensor 'dense0/conv0/filters': unknown dtype 'bool'");
    }

    @Test
    void rejectsAnUnsupportedQuantisationDtype() throws IOException {
        editManifest("\"dtype\":\"uint8\"", "\"dtype\":\"float16\"");

        assertThatThrownBy(() -> ModelWeights.loadFrom(dir, MODEL))
                .isInstanceOf(FaceWeightsException.class)
                .hasMessageContaining("unsupported quantization dtype 'float16'");
    }

    @Test
    void namesTheShardWhenTheManifestPointsToAMissingFile() throws IOException {
        Files.delete(dir.resolve(BIN));

        assertThatThrownBy(() -> ModelWeights.loadFrom(dir, MODEL))
                .isInstanceOf(FaceWeightsException.class)
                .hasMessage(dir + "/" + BIN + " not found");
    }

    @Test
    void namesTheManifestWhenItIsMissing() throws IOException {
        Files.delete(dir.resolve(MANIFEST));

        assertThatThrownBy(() -> ModelWeights.loadFrom(dir, MODEL))
                .isInstanceOf(FaceWeightsException.class)
                .hasMessage(dir + "/" + MANIFEST + " not found");
    }

    @Test
    void refusesAShardPathOutsideTheModelFolder() throws IOException {
        editManifest("\"" + BIN + "\"", "\"../" + BIN + "\"");

        assertThatThrownBy(() -> ModelWeights.loadFrom(dir, MODEL))
                .isInstanceOf(FaceWeightsException.class)
                .hasMessageContaining("shard path '../" + BIN + "' is not a plain file name");
    }

    @Test
    void reportsWhereAMalformedManifestBreaks() throws IOException {
        String manifest = Files.readString(dir.resolve(MANIFEST));
        Files.writeString(dir.resolve(MANIFEST), manifest.substring(0, manifest.length() / 2));

        assertThatThrownBy(() -> ModelWeights.loadFrom(dir, MODEL))
                .isInstanceOf(FaceWeightsException.class)
                .hasMessageContaining(MANIFEST + ": malformed JSON: ")
                .hasMessageContaining("at offset");
    }

    @Test
    void rejectsWellFormedJsonThatIsNotAManifest() throws IOException {
        Files.writeString(dir.resolve(MANIFEST), "[{\"paths\":[\"" + BIN + "\"]}]");

        assertThatThrownBy(() -> ModelWeights.loadFrom(dir, MODEL))
                .isInstanceOf(FaceWeightsException.class)
                .hasMessageContaining("not a weights manifest: missing member \"weights\"");
    }

    @Test
    void rejectsAShapeWhoseProductOverflows() throws IOException {
        editManifest("\"shape\":[3,3,3,32]", "\"shape\":[65536,65536,3,32]");

        assertThatThrownBy(() -> ModelWeights.loadFrom(dir, MODEL))
                .isInstanceOf(FaceWeightsException.class)
                .hasMessageContaining("shape [65536, 65536, 3, 32] has more than");
    }

    @Test
    void rejectsAFractionalOrNegativeDimension() throws IOException {
        editManifest("\"shape\":[3,3,3,32]", "\"shape\":[3,3,-3,32]");

        assertThatThrownBy(() -> ModelWeights.loadFrom(dir, MODEL))
                .isInstanceOf(FaceWeightsException.class)
                .hasMessageContaining("shape dimension -3.0 is not a non-negative int");
    }

    @Test
    void rejectsAManifestThatIsNotUtf8() throws IOException {
        byte[] manifest = Files.readAllBytes(dir.resolve(MANIFEST));
        manifest[manifest.length / 2] = (byte) 0xFF;
        Files.write(dir.resolve(MANIFEST), manifest);

        assertThatThrownBy(() -> ModelWeights.loadFrom(dir, MODEL))
                .isInstanceOf(FaceWeightsException.class)
                .hasMessageContaining("is not valid UTF-8");
    }

    private void editManifest(String target, String replacement) throws IOException {
        String manifest = Files.readString(dir.resolve(MANIFEST), StandardCharsets.UTF_8);
        assertThat(manifest).contains(target);
        int at = manifest.indexOf(target);
        Files.writeString(
                dir.resolve(MANIFEST),
                manifest.substring(0, at) + replacement + manifest.substring(at + target.length()));
    }
}
