package mx.huella.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Synthetic data sets are named by their seeds in benchmark reports, so the bytes behind a seed must not drift with
 * JDK upgrades or refactoring. A change to the generators that alters these hashes changes every data set: if it is
 * deliberate, update the hashes and say so where benchmark figures are recorded.
 */
class SyntheticDataSetsTest {
    @Test
    void keepsTheImagesOfAPublishedSeedStable() {
        byte[] pixels = new SyntheticFingerprints(42).finger(1).impression(0).pixels();

        assertThat(sha256(pixels)).isEqualTo("a56196e1ed693f2c728a9ccc8d1e7538b559a294861475e5eaadc236b4161344");
    }

    @Test
    void keepsTheTemplatesOfAPublishedSeedStable() {
        byte[] record = new SyntheticTemplates(42).impression(1, 0);

        assertThat(sha256(record)).isEqualTo("8ef1229cd9e06935fe8ba6068447fc1daee410ebb273f371d7e717a14ea38d74");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }
}
