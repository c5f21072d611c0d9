package mx.huella.biometric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import mx.huella.RunningPortal;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.TemplateInterchange;
import mx.huella.engine.search.Candidate;
import mx.huella.engine.search.SearchOptions;
import mx.huella.tools.synthetic.SyntheticTemplates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class BiometricGalleryIT extends RunningPortal {
    private static final SyntheticTemplates SYNTHETIC = new SyntheticTemplates(2026);

    @Autowired
    BiometricGallery gallery;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEnrolledSubjectIsFoundAndItsTemplatesAreStoredOnlyEncrypted() {
        UUID subject = UUID.randomUUID();
        Map<FingerPosition, EncodedTemplate> fingers = fingers(100, 0);

        gallery.enroll(subject, fingers);

        assertThat(gallery.identify(fingers(100, 1), SearchOptions.defaults()).hit())
                .get()
                .extracting(Candidate::reference)
                .isEqualTo(subject.toString());
        var rows = jdbc.sql(
                        "select sealed_template, master_key_id from biometric.finger_template where subject_id = :s")
                .param("s", subject)
                .query((rs, n) -> rs.getBytes(1))
                .list();
        assertThat(rows).hasSize(2);
        byte[] plain = fingers.get(FingerPosition.RIGHT_INDEX).toByteArray();
        for (byte[] stored : rows) {
            assertThat(indexOf(stored, java.util.Arrays.copyOfRange(plain, 0, 16)))
                    .isNegative();
        }
    }

    @Test
    void aRemovedSubjectIsNeverFoundAgainAndLeavesNoRows() {
        UUID subject = UUID.randomUUID();
        gallery.enroll(subject, fingers(200, 0));

        gallery.remove(subject);

        assertThat(gallery.identify(fingers(200, 1), SearchOptions.defaults()).candidates())
                .extracting(Candidate::reference)
                .doesNotContain(subject.toString());
        assertThat(jdbc.sql("select count(*) from biometric.finger_template where subject_id = :s")
                        .param("s", subject)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anEnrollmentThatRollsBackIsNeverSearchable() {
        UUID subject = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            gallery.enroll(subject, fingers(300, 0));
            status.setRollbackOnly();
        });

        assertThat(gallery.identify(fingers(300, 1), SearchOptions.defaults()).candidates())
                .extracting(Candidate::reference)
                .doesNotContain(subject.toString());
    }

    @Test
    void aReEnrollmentReplacesTheFingersInStorageAndInTheGallery() {
        UUID subject = UUID.randomUUID();
        gallery.enroll(subject, fingers(400, 0));

        gallery.enroll(subject, Map.of(FingerPosition.LEFT_THUMB, template(4_999, 0)));

        assertThat(gallery.identify(fingers(400, 1), SearchOptions.defaults()).hit())
                .isEmpty();
        assertThat(gallery.identify(Map.of(FingerPosition.LEFT_THUMB, template(4_999, 1)), SearchOptions.defaults())
                        .hit())
                .get()
                .extracting(Candidate::reference)
                .isEqualTo(subject.toString());
    }

    static Map<FingerPosition, EncodedTemplate> fingers(long person, int impression) {
        return Map.of(
                FingerPosition.RIGHT_INDEX, template(person * 10, impression),
                FingerPosition.LEFT_INDEX, template(person * 10 + 1, impression));
    }

    private static EncodedTemplate template(long finger, int impression) {
        return TemplateInterchange.importRecord(SYNTHETIC.impression(finger, impression))
                .get(0)
                .template();
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
