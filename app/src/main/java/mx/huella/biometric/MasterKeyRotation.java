package mx.huella.biometric;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation: every record whose data key is wrapped by an earlier master key gets it re-wrapped by
 * the current one; the sealed data is never re-encrypted. Runs on start (a no-op once done), in
 * batches of {@value #BATCH} records per transaction, so a crash midway leaves every record
 * readable under one of the keys and the next start finishes the job.
 */
@Component
public class MasterKeyRotation {
    private static final Logger log = LoggerFactory.getLogger(MasterKeyRotation.class);
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TemplateCipher cipher;
    private final TransactionTemplate transactions;

    MasterKeyRotation(JdbcClient jdbc, TemplateCipher cipher, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int moved = rewrapAll();
        if (moved > 0) {
            log.info("Re-wrapped {} biometric records under master key {}", moved, cipher.currentKeyId());
        }
    }

    /** Re-wraps every record not yet under the current master key; returns how many. */
    public int rewrapAll() {
        int total = 0;
        int moved;
        do {
            Integer batch = transactions.execute(status -> rewrapFingerTemplates() + rewrapSamples() + rewrapFaces());
            moved = batch == null ? 0 : batch;
            total += moved;
        } while (moved > 0);
        return total;
    }

    private int rewrapFingerTemplates() {
        var rows = jdbc.sql("""
            select subject_id, finger_position, sealed_template, wrapped_key, master_key_id from biometric.finger_template
            where master_key_id <> :current limit :batch for update skip locked
            """)
                .param("current", cipher.currentKeyId())
                .param("batch", BATCH)
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getInt(2),
                    new TemplateCipher.Sealed(rs.getBytes(3), rs.getBytes(4), rs.getString(5))
                })
                .list();
        for (Object[] row : rows) {
            TemplateCipher.Sealed moved = cipher.rewrap((TemplateCipher.Sealed) row[2], row[0] + "/" + row[1]);
            jdbc.sql("""
                update biometric.finger_template set wrapped_key = :key, master_key_id = :keyId
                where subject_id = :subject and finger_position = :position
                """)
                    .param("key", moved.wrappedKey())
                    .param("keyId", moved.keyId())
                    .param("subject", row[0])
                    .param("position", row[1])
                    .update();
        }
        return rows.size();
    }

    private int rewrapSamples() {
        record Row(UUID id, TemplateCipher.Sealed template, TemplateCipher.Sealed image) {}
        var rows = jdbc.sql("""
            select id, sealed_template, template_key, sealed_image, image_key, master_key_id from biometric.sample
            where master_key_id <> :current limit :batch for update skip locked
            """)
                .param("current", cipher.currentKeyId())
                .param("batch", BATCH)
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        new TemplateCipher.Sealed(rs.getBytes(2), rs.getBytes(3), rs.getString(6)),
                        rs.getBytes(4) == null
                                ? null
                                : new TemplateCipher.Sealed(rs.getBytes(4), rs.getBytes(5), rs.getString(6))))
                .list();
        for (Row row : rows) {
            TemplateCipher.Sealed template = cipher.rewrap(row.template(), "sample/" + row.id() + "/template");
            TemplateCipher.Sealed image =
                    row.image() == null ? null : cipher.rewrap(row.image(), "sample/" + row.id() + "/image");
            jdbc.sql("""
                update biometric.sample set template_key = :templateKey, image_key = :imageKey, master_key_id = :keyId
                where id = :id
                """)
                    .param("templateKey", template.wrappedKey())
                    .param("imageKey", image == null ? null : image.wrappedKey())
                    .param("keyId", template.keyId())
                    .param("id", row.id())
                    .update();
        }
        return rows.size();
    }

    private int rewrapFaces() {
        var rows = jdbc.sql("""
            select subject_id, sealed_descriptor, wrapped_key, master_key_id from biometric.face_template
            where master_key_id <> :current limit :batch for update skip locked
            """)
                .param("current", cipher.currentKeyId())
                .param("batch", BATCH)
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    new TemplateCipher.Sealed(rs.getBytes(2), rs.getBytes(3), rs.getString(4))
                })
                .list();
        for (Object[] row : rows) {
            TemplateCipher.Sealed moved = cipher.rewrap((TemplateCipher.Sealed) row[1], "face/" + row[0]);
            jdbc.sql(
                            "update biometric.face_template set wrapped_key = :key, master_key_id = :keyId where subject_id = :subject")
                    .param("key", moved.wrappedKey())
                    .param("keyId", moved.keyId())
                    .param("subject", row[0])
                    .update();
        }
        return rows.size();
    }
}
