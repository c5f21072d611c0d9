package mx.huella.biometric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.huella.HuellaApplication;
import mx.huella.engine.face.FaceDescriptor;
import mx.huella.engine.fingerprint.FingerPosition;
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
        float[] values = new float[FaceDescriptor.LENGTH];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i % 7 - 3) / 10f;
        }
        FaceDescriptor face = new FaceDescriptor(values);
        UUID sample;
        List<byte[]> sealedBefore;
        try (ConfigurableApplicationContext first = start(oldKey, "")) {
            first.getBean(BiometricGallery.class).enroll(subject, BiometricGalleryIT.fingers(31, 0));
            first.getBean(BiometricGallery.class).enrollFace(subject, face);
            var template = BiometricGalleryIT.fingers(31, 0).values().iterator().next();
            sample = first.getBean(SampleVault.class)
                    .storeFinger(subject, FingerPosition.RIGHT_THUMB, template, new byte[] {1, 2, 3});
            sealedBefore = sealedData(first.getBean(JdbcClient.class), subject, sample);
        }

        Map<String, Long> stillOld = new java.util.LinkedHashMap<>();
        List<byte[]> sealedAfter;
        try (ConfigurableApplicationContext rotating = start(newKey, oldKey)) {
            JdbcClient jdbc = rotating.getBean(JdbcClient.class);
            for (String table : List.of("finger_template", "sample", "face_template")) {
                stillOld.put(
                        table,
                        jdbc.sql("select count(*) from biometric." + table + " where master_key_id = :old")
                                .param("old", new MasterKey(Base64.getDecoder().decode(oldKey)).id())
                                .query(Long.class)
                                .single());
            }
            sealedAfter = sealedData(jdbc, subject, sample);
        }

        try (ConfigurableApplicationContext after = start(newKey, "")) {
            assertThat(after.getBean(BiometricGallery.class)
                            .identify(BiometricGalleryIT.fingers(31, 1), SearchOptions.defaults())
                            .hit())
                    .get()
                    .extracting(Candidate::reference)
                    .isEqualTo(subject.toString());
            assertThat(after.getBean(SampleVault.class).enrolledFace(subject)).contains(face);
            assertThat(after.getBean(SampleVault.class).fingers(List.of(sample)))
                    .containsKey(FingerPosition.RIGHT_THUMB);
        }
        assertThat(stillOld)
                .containsOnly(
                        Map.entry("finger_template", 0L), Map.entry("sample", 0L), Map.entry("face_template", 0L));
        assertThat(sealedAfter)
                .as("a rotation re-wraps data keys and leaves the sealed data as it was")
                .zipSatisfy(sealedBefore, (after, before) -> assertThat(after).isEqualTo(before));
    }

    /** The sealed bytes (not the wrapped keys) of the subject's records and of the sample. */
    private static List<byte[]> sealedData(JdbcClient jdbc, UUID subject, UUID sample) {
        List<byte[]> sealed = new java.util.ArrayList<>(jdbc.sql(
                        "select sealed_template from biometric.finger_template where subject_id = :s order by finger_position")
                .param("s", subject)
                .query(byte[].class)
                .list());
        sealed.add(jdbc.sql("select sealed_descriptor from biometric.face_template where subject_id = :s")
                .param("s", subject)
                .query(byte[].class)
                .single());
        sealed.add(jdbc.sql("select sealed_template from biometric.sample where id = :id")
                .param("id", sample)
                .query(byte[].class)
                .single());
        sealed.add(jdbc.sql("select sealed_image from biometric.sample where id = :id")
                .param("id", sample)
                .query(byte[].class)
                .single());
        return sealed;
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
