package mx.huella.biometric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import mx.huella.generated.Generated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateCipherTest {
    private final TemplateCipher cipher = new TemplateCipher(new MasterKey(randomBytes(32)));

    @Test
    void opensWhatItSealedAndTheSealedFormDoesNotContainThePlainBytes() {
        byte[] plain = "HFT template bytes, minutiae and all".getBytes();

        TemplateCipher.Sealed sealed = cipher.seal(plain, "subject/2");

        assertThat(cipher.open(sealed, "subject/2")).isEqualTo(plain);
        assertThat(new String(sealed.data(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("minutiae");
        assertThat(sealed.wrappedKey()).hasSize(12 + 32 + 16);
    }

    @Test
    void twoSealsOfTheSameBytesDifferInDataKeyAndNonce() {
        byte[] plain = new byte[64];

        TemplateCipher.Sealed first = cipher.seal(plain, "s/1");
        TemplateCipher.Sealed second = cipher.seal(plain, "s/1");

        assertThat(first.data()).isNotEqualTo(second.data());
        assertThat(first.wrappedKey()).isNotEqualTo(second.wrappedKey());
    }

    /** A position up to 91, past the end of both, in the wrapped key or in the data. */
    static Stream<Arguments> positions() {
        return Generated.cases(50, random -> Arguments.of(Generated.between(random, 0, 91), random.nextBoolean()));
    }

    @ParameterizedTest
    @MethodSource("positions")
    void anyAlteredByteMakesTheRecordRefuseToOpen(int at, boolean inKey) {
        TemplateCipher.Sealed sealed = cipher.seal(new byte[32], "s/3");
        byte[] target = inKey ? sealed.wrappedKey() : sealed.data();
        target[at % target.length] ^= 0x01;

        assertThatThrownBy(() -> cipher.open(sealed, "s/3"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open");
    }

    @Test
    void aRecordMovedOntoAnotherSubjectOrFingerDoesNotOpen() {
        TemplateCipher.Sealed sealed = cipher.seal(new byte[] {1, 2, 3}, "alma/1");

        assertThatThrownBy(() -> cipher.open(sealed, "beto/1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(sealed, "alma/2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRecordSealedUnderAnotherMasterKeyNamesBothKeys() {
        TemplateCipher.Sealed sealed = new TemplateCipher(new MasterKey(randomBytes(32))).seal(new byte[4], "s/1");

        assertThatThrownBy(() -> cipher.open(sealed, "s/1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(sealed.keyId());
    }

    @Test
    void aDevelopmentKeyIsCreatedOwnerOnlyOnceAndReadBackAfterwards(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys").resolve("master.key");
        var properties = new BiometricProperties(null, file, null, List.of());

        MasterKey created = MasterKey.load(properties);
        MasterKey again = MasterKey.load(properties);

        assertThat(again.id()).isEqualTo(created.id());
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
    }

    @Test
    void aConfiguredKeyWinsOverTheFileAndAMalformedOneIsRefusedClearly(@TempDir Path dir) {
        String given = Base64.getEncoder().encodeToString(randomBytes(32));

        MasterKey key = MasterKey.load(new BiometricProperties(given, dir.resolve("unused.key"), null, List.of()));

        assertThat(key.id()).isEqualTo(new MasterKey(Base64.getDecoder().decode(given)).id());
        assertThat(dir.resolve("unused.key")).doesNotExist();
        assertThatThrownBy(
                        () -> MasterKey.load(new BiometricProperties("not base64!", dir.resolve("x"), null, List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HUELLA_MASTER_KEY");
        for (int length : List.of(0, 16, 31, 33)) {
            assertThatThrownBy(() -> new MasterKey(new byte[length])).hasMessageContaining("256 bits");
        }
    }

    @Test
    void aRotationRewrapsTheDataKeyUnderTheNewMasterKeyAndLeavesTheDataAlone() {
        MasterKey old = new MasterKey(randomBytes(32));
        MasterKey current = new MasterKey(randomBytes(32));
        TemplateCipher.Sealed sealed = new TemplateCipher(old).seal("template".getBytes(), "s/4");
        TemplateCipher rotating = new TemplateCipher(current, List.of(old));

        TemplateCipher.Sealed moved = rotating.rewrap(sealed, "s/4");

        assertThat(moved.keyId()).isEqualTo(current.id());
        assertThat(moved.data()).isEqualTo(sealed.data());
        assertThat(new TemplateCipher(current).open(moved, "s/4")).isEqualTo("template".getBytes());
        assertThat(rotating.open(sealed, "s/4")).isEqualTo("template".getBytes());
        assertThatThrownBy(() -> new TemplateCipher(current).open(sealed, "s/4"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(old.id());
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
