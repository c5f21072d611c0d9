package mx.huella.biometric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import mx.huella.RunningPortal;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.TemplateInterchange;
import mx.huella.tools.synthetic.SyntheticTemplates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SampleRetentionIT extends RunningPortal {
    @Autowired
    SampleVault vault;

    @Autowired
    ImagePurgeJob purge;

    @Autowired
    JdbcClient jdbc;

    @Test
    void imagesGoAfterTheAdjudicationPeriodOnceTheJobIsDueWhileTemplatesStay() {
        var template = TemplateInterchange.importRecord(new SyntheticTemplates(5).impression(1, 0))
                .get(0)
                .template();
        UUID expired = vault.storeFinger(UUID.randomUUID(), FingerPosition.LEFT_RING, template, new byte[] {1, 2, 3});
        UUID kept = vault.storeFinger(UUID.randomUUID(), FingerPosition.LEFT_RING, template, new byte[] {4, 5, 6});
        jdbc.sql("update biometric.sample set image_purge_after = now() - interval '1 day' where id = :id")
                .param("id", expired)
                .update();
        jdbc.sql(
                        "update biometric.scheduled_job set next_run_at = now() - interval '1 minute' where name = 'image-purge'")
                .update();

        var first = purge.runIfDue();
        var second = purge.runIfDue();

        assertThat(first).get().satisfies(purged -> assertThat(purged).isGreaterThanOrEqualTo(1));
        assertThat(second).as("not due again until the next interval").isEmpty();
        assertThat(hasImage(expired)).isFalse();
        assertThat(hasImage(kept)).isTrue();
        assertThat(vault.fingers(java.util.List.of(expired))).containsKey(FingerPosition.LEFT_RING);
    }

    @Test
    void anOpenCaseKeepsItsSubjectsImagesPastTheirPeriodUntilItCloses() {
        var template = TemplateInterchange.importRecord(new SyntheticTemplates(6).impression(1, 0))
                .get(0)
                .template();
        UUID subject = UUID.randomUUID();
        UUID held = vault.storeFinger(subject, FingerPosition.RIGHT_THUMB, template, new byte[] {7, 8, 9});
        jdbc.sql("update biometric.sample set image_purge_after = now() - interval '1 day' where id = :id")
                .param("id", held)
                .update();
        UUID duplicateCase = UUID.randomUUID();
        vault.holdImages(subject, duplicateCase);

        vault.purgeExpiredImages();
        boolean whileOpen = hasImage(held);
        vault.releaseImages(duplicateCase);
        vault.purgeExpiredImages();

        assertThat(whileOpen).isTrue();
        assertThat(hasImage(held)).isFalse();
    }

    private boolean hasImage(UUID sample) {
        return jdbc.sql("select sealed_image is not null from biometric.sample where id = :id")
                .param("id", sample)
                .query(Boolean.class)
                .single();
    }
}
