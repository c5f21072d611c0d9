package mx.huella.biometric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import mx.huella.HuellaApplication;
import mx.huella.engine.search.Candidate;
import mx.huella.engine.search.SearchOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

class KeyRotationIT {
    @TempDir
    Path dataDir;

    @Test
    void aNewMasterKeyWithTheOldOneAsPreviousRewrapsEveryRecordAndTheOldOneCanThenGo() {
        String oldKey = randomKey();
        String newKey = randomKey();
        UUID subject = UUID.randomUUID();
        try (ConfigurableApplicationContext first = start(oldKey, "")) {
            first.getBean(BiometricGallery.class).enroll(subject, BiometricGalleryIT.fingers(31, 0));
        }

        long stillOld;
        try (ConfigurableApplicationContext rotating = start(newKey, oldKey)) {
            JdbcClient jdbc = rotating.getBean(JdbcClient.class);
            stillOld = jdbc.sql("select count(*) from biometric.finger_template where master_key_id = :old")
                    .param("old", new MasterKey(Base64.getDecoder().decode(oldKey)).id())
                    .query(Long.class)
                    .single();
        }

        try (ConfigurableApplicationContext after = start(newKey, "")) {
            assertThat(after.getBean(BiometricGallery.class)
                            .identify(BiometricGalleryIT.fingers(31, 1), SearchOptions.defaults())
                            .hit())
                    .get()
                    .extracting(Candidate::reference)
                    .isEqualTo(subject.toString());
        }
        assertThat(stillOld).isZero();
    }

    private ConfigurableApplicationContext start(String masterKey, String previous) {
        return new SpringApplicationBuilder(HuellaApplication.class)
                .run(
                        "--huella.data-dir=" + dataDir,
                        "--server.port=0",
                        "--huella.biometric.master-key=" + masterKey,
                        "--huella.biometric.previous-master-keys=" + previous);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
