package mx.huella.biometric;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.huella.engine.face.FaceDescriptor;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Captured samples and enrolled faces, sealed in the {@code biometric} schema. Callers get opaque
 * sample ids back and never see the stored bytes; raw images are kept for the adjudication period
 * only ({@code huella.biometric.image-retention}, 90 days by default).
 */
@Service
public class SampleVault {
    private final JdbcClient jdbc;
    private final TemplateCipher cipher;
    private final Clock clock;
    private final Duration imageRetention;

    SampleVault(
            JdbcClient jdbc,
            TemplateCipher cipher,
            Clock clock,
            @Value("${huella.biometric.image-retention:90d}") Duration imageRetention) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
        this.imageRetention = imageRetention;
    }

    /** Seals one finger sample (template and image); returns its id. */
    @Transactional
    public UUID storeFinger(UUID subject, FingerPosition position, EncodedTemplate template, byte[] image) {
        if (!position.isSingleFinger()) {
            throw new IllegalArgumentException("a finger sample is of one finger, not " + position);
        }
        return store(subject, "FINGER", position.code(), template.toByteArray(), image);
    }

    /** Seals one face sample (descriptor and photo); returns its id. */
    @Transactional
    public UUID storeFace(UUID subject, FaceDescriptor descriptor, byte[] photo) {
        return store(subject, "FACE", 0, descriptorBytes(descriptor), photo);
    }

    /** The finger templates of these samples, by position (the later sample wins a position). */
    @Transactional(readOnly = true)
    public Map<FingerPosition, EncodedTemplate> fingers(List<UUID> samples) {
        Map<FingerPosition, EncodedTemplate> fingers = new EnumMap<>(FingerPosition.class);
        for (UUID sample : samples) {
            Sample row = row(sample).orElseThrow(() -> new IllegalArgumentException("no sample " + sample));
            if (row.position() == 0) {
                throw new IllegalArgumentException("sample " + sample + " is a face");
            }
            fingers.put(
                    FingerPosition.fromCode(row.position()).orElseThrow(),
                    EncodedTemplate.parse(cipher.open(row.template(), recordId(sample, "template"))));
        }
        return fingers;
    }

    /** The face descriptor of a face sample. */
    @Transactional(readOnly = true)
    public FaceDescriptor face(UUID sample) {
        Sample row = row(sample).orElseThrow(() -> new IllegalArgumentException("no sample " + sample));
        if (row.position() != 0) {
            throw new IllegalArgumentException("sample " + sample + " is a finger");
        }
        return descriptor(cipher.open(row.template(), recordId(sample, "template")));
    }

    /** The raw image of a sample, while the adjudication period keeps it. */
    @Transactional(readOnly = true)
    public Optional<byte[]> image(UUID sample) {
        return jdbc.sql(
                        "select sealed_image, image_key, master_key_id from biometric.sample where id = :id and sealed_image is not null")
                .param("id", sample)
                .query((rs, n) -> new TemplateCipher.Sealed(rs.getBytes(1), rs.getBytes(2), rs.getString(3)))
                .optional()
                .map(stored -> cipher.open(stored, recordId(sample, "image")));
    }

    /** Enrolls a face for a subject, replacing any it had. */
    @Transactional
    public void enrollFace(UUID subject, FaceDescriptor descriptor) {
        TemplateCipher.Sealed sealed = cipher.seal(descriptorBytes(descriptor), "face/" + subject);
        jdbc.sql("""
            insert into biometric.face_template (subject_id, sealed_descriptor, wrapped_key, master_key_id)
            values (:subject, :data, :key, :keyId)
            on conflict (subject_id) do update set sealed_descriptor = excluded.sealed_descriptor,
                wrapped_key = excluded.wrapped_key, master_key_id = excluded.master_key_id, enrolled_at = now()
            """)
                .param("subject", subject)
                .param("data", sealed.data())
                .param("key", sealed.wrappedKey())
                .param("keyId", sealed.keyId())
                .update();
    }

    /** The enrolled face of a subject, if it has one. */
    @Transactional(readOnly = true)
    public Optional<FaceDescriptor> enrolledFace(UUID subject) {
        return jdbc.sql("""
            select sealed_descriptor, wrapped_key, master_key_id from biometric.face_template where subject_id = :subject
            """)
                .param("subject", subject)
                .query((rs, n) -> new TemplateCipher.Sealed(rs.getBytes(1), rs.getBytes(2), rs.getString(3)))
                .optional()
                .map(stored -> descriptor(cipher.open(stored, "face/" + subject)));
    }

    /** Every enrolled face, decrypted one row at a time, for a gallery rebuild. */
    void forEachFace(java.util.function.BiConsumer<UUID, FaceDescriptor> consumer) {
        jdbc.sql("select subject_id, sealed_descriptor, wrapped_key, master_key_id from biometric.face_template")
                .query(rs -> {
                    UUID subject = rs.getObject(1, UUID.class);
                    consumer.accept(
                            subject,
                            descriptor(cipher.open(
                                    new TemplateCipher.Sealed(rs.getBytes(2), rs.getBytes(3), rs.getString(4)),
                                    "face/" + subject)));
                });
    }

    void deleteFace(UUID subject) {
        jdbc.sql("delete from biometric.face_template where subject_id = :subject")
                .param("subject", subject)
                .update();
    }

    /** Whether the sample's raw image is still kept; opens nothing. */
    @Transactional(readOnly = true)
    public boolean hasImage(UUID sample) {
        return jdbc.sql("select sealed_image is not null from biometric.sample where id = :id")
                .param("id", sample)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Keeps the images of a subject past their adjudication period while a holder (a duplicate case
     * that compares them) is open.
     */
    @Transactional
    public void holdImages(UUID subject, UUID holder) {
        jdbc.sql("""
            insert into biometric.image_hold (subject_id, holder, held_at) values (:subject, :holder, :at)
            on conflict do nothing
            """)
                .param("subject", subject)
                .param("holder", holder)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /** Lets the images a holder kept go the way of any other, once it closed. */
    @Transactional
    public void releaseImages(UUID holder) {
        jdbc.sql("delete from biometric.image_hold where holder = :holder")
                .param("holder", holder)
                .update();
    }

    /**
     * Removes the raw images whose adjudication period is over, except those an open case holds;
     * returns how many. Templates stay.
     */
    @Transactional
    public int purgeExpiredImages() {
        return jdbc.sql("""
            update biometric.sample s set sealed_image = null, image_key = null
            where s.sealed_image is not null and s.image_purge_after <= :now
            and not exists (select 1 from biometric.image_hold h where h.subject_id = s.subject_id)
            """)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    private UUID store(UUID subject, String kind, int position, byte[] template, byte[] image) {
        UUID id = UUID.randomUUID();
        TemplateCipher.Sealed sealedTemplate = cipher.seal(template, recordId(id, "template"));
        TemplateCipher.Sealed sealedImage = image == null ? null : cipher.seal(image, recordId(id, "image"));
        Instant now = clock.instant();
        jdbc.sql("""
            insert into biometric.sample (id, subject_id, kind, finger_position, sealed_template, template_key,
                sealed_image, image_key, master_key_id, captured_at, image_purge_after)
            values (:id, :subject, :kind, :position, :template, :templateKey, :image, :imageKey, :keyId, :at, :purge)
            """)
                .param("id", id)
                .param("subject", subject)
                .param("kind", kind)
                .param("position", position)
                .param("template", sealedTemplate.data())
                .param("templateKey", sealedTemplate.wrappedKey())
                .param("image", sealedImage == null ? null : sealedImage.data())
                .param("imageKey", sealedImage == null ? null : sealedImage.wrappedKey())
                .param("keyId", sealedTemplate.keyId())
                .param("at", java.sql.Timestamp.from(now))
                .param("purge", java.sql.Timestamp.from(now.plus(imageRetention)))
                .update();
        return id;
    }

    private record Sample(int position, TemplateCipher.Sealed template) {}

    private Optional<Sample> row(UUID sample) {
        return jdbc.sql("""
            select finger_position, sealed_template, template_key, master_key_id from biometric.sample where id = :id
            """)
                .param("id", sample)
                .query((rs, n) -> new Sample(
                        rs.getInt(1), new TemplateCipher.Sealed(rs.getBytes(2), rs.getBytes(3), rs.getString(4))))
                .optional();
    }

    private static String recordId(UUID sample, String part) {
        return "sample/" + sample + "/" + part;
    }

    private static byte[] descriptorBytes(FaceDescriptor descriptor) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * FaceDescriptor.LENGTH);
        for (float value : descriptor.values()) {
            buffer.putFloat(value);
        }
        return buffer.array();
    }

    private static FaceDescriptor descriptor(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        float[] values = new float[FaceDescriptor.LENGTH];
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer.getFloat();
        }
        return new FaceDescriptor(values);
    }
}
