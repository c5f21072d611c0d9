package mx.huella.engine.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FingerprintTemplatesTest {
    private static final Path FVC = Path.of("..", "..", "shared", "data", "fingerprints", "fvc2002", "DB1_B");

    @Test
    void scoresTwoImpressionsOfOneFingerAboveImpressionsOfDifferentFingers() throws IOException {
        assumeTrue(Files.isDirectory(FVC), "skipped: ../shared/data (FVC2002 DB1_B) is not present");
        byte[] first = FingerprintTemplates.extract(Files.readAllBytes(FVC.resolve("101_1.tif")), 500);
        byte[] second = FingerprintTemplates.extract(Files.readAllBytes(FVC.resolve("101_2.tif")), 500);
        byte[] other = FingerprintTemplates.extract(Files.readAllBytes(FVC.resolve("102_1.tif")), 500);

        assertThat(FingerprintTemplates.score(first, second)).isGreaterThan(FingerprintTemplates.score(first, other));
    }

    @Test
    void rejectsBytesThatAreNotAnImage() {
        assertThatThrownBy(() -> FingerprintTemplates.extract(new byte[] {1, 2, 3}, 500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("could not be decoded");
    }

    @Test
    void rejectsAnEmptyImageAndAnImpossibleResolution() {
        assertThatThrownBy(() -> FingerprintTemplates.extract(new byte[0], 500))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FingerprintTemplates.extract(new byte[] {1}, 20))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsATemplateThatCannotBeRead() {
        assertThatThrownBy(() -> FingerprintTemplates.score(new byte[] {9, 9}, new byte[] {9, 9}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("could not be read");
    }
}
