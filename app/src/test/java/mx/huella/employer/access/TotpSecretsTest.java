package mx.huella.employer.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TotpSecretsTest {
    @TempDir
    Path dataDir;

    @Test
    void aSealedSecretOpensForItsDelegateAndNotForAnother() {
        TotpSecrets secrets = new TotpSecrets("", dataDir);
        byte[] secret = TotpCodes.newSecret();
        UUID delegate = UUID.randomUUID();

        byte[] sealed = secrets.seal(delegate, secret);

        assertThat(secrets.open(delegate, sealed)).isEqualTo(secret);
        assertThatThrownBy(() -> secrets.open(UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSealedBytesNeitherHoldTheSecretNorRepeat() {
        TotpSecrets secrets = new TotpSecrets("", dataDir);
        byte[] secret = TotpCodes.newSecret();
        UUID delegate = UUID.randomUUID();

        byte[] once = secrets.seal(delegate, secret);
        byte[] twice = secrets.seal(delegate, secret);

        assertThat(Base64.getEncoder().encodeToString(once))
                .doesNotContain(Base64.getEncoder().encodeToString(secret));
        assertThat(indexOf(once, secret)).isNegative();
        assertThat(once).isNotEqualTo(twice);
    }

    @Test
    void aDevelopmentKeyFileIsCreatedOwnerOnlyAndReadAgainOnTheNextStart() throws Exception {
        UUID delegate = UUID.randomUUID();
        byte[] sealed = new TotpSecrets("", dataDir).seal(delegate, new byte[] {1, 2, 3});
        Path file = dataDir.resolve("keys/secrets.key");

        byte[] reopened = new TotpSecrets("", dataDir).open(delegate, sealed);

        assertThat(reopened).containsExactly(1, 2, 3);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(dataDir.resolve("keys/master.key")).doesNotExist();
    }

    @Test
    void aConfiguredKeyIsUsedInsteadOfTheFileAndMustBeThirtyTwoBytes() {
        String configured = Base64.getEncoder().encodeToString(new byte[32]);
        UUID delegate = UUID.randomUUID();

        byte[] sealed = new TotpSecrets(configured, dataDir).seal(delegate, new byte[] {7});

        assertThat(new TotpSecrets(configured, dataDir).open(delegate, sealed)).containsExactly(7);
        assertThat(dataDir.resolve("keys/secrets.key")).doesNotExist();
        assertThatThrownBy(() -> new TotpSecrets(Base64.getEncoder().encodeToString(new byte[16]), dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
