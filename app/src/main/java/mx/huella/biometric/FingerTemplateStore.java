package mx.huella.biometric;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enrolled templates in {@code biometric.finger_template}, sealed on the way in and opened on the way out. */
@Repository
class FingerTemplateStore {
    private static final int FETCH_SIZE = 2_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final TemplateCipher cipher;

    FingerTemplateStore(JdbcClient jdbc, DataSource dataSource, TemplateCipher cipher) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
        this.cipher = cipher;
    }

    /** Replaces every finger of the subject; the caller's transaction makes it all or nothing. */
    void replace(UUID subject, Map<FingerPosition, EncodedTemplate> fingers) {
        jdbc.sql("delete from biometric.finger_template where subject_id = :subject")
                .param("subject", subject)
                .update();
        fingers.forEach((position, template) -> {
            TemplateCipher.Sealed sealed = cipher.seal(template.toByteArray(), recordId(subject, position.code()));
            jdbc.sql("""
                insert into biometric.finger_template
                    (subject_id, finger_position, sealed_template, wrapped_key, master_key_id)
                values (:subject, :position, :template, :key, :keyId)
                """)
                    .param("subject", subject)
                    .param("position", position.code())
                    .param("template", sealed.data())
                    .param("key", sealed.wrappedKey())
                    .param("keyId", sealed.keyId())
                    .update();
        });
    }

    /** Deletes every finger of the subject; returns how many there were. */
    int delete(UUID subject) {
        return jdbc.sql("delete from biometric.finger_template where subject_id = :subject")
                .param("subject", subject)
                .update();
    }

    /** Subjects with enrolled fingers. */
    long subjects() {
        return jdbc.sql("select count(distinct subject_id) from biometric.finger_template")
                .query(Long.class)
                .single();
    }

    /**
     * Streams every enrolled subject with its opened templates, in subject order, without holding
     * more than one subject in memory. Call inside a transaction, so that the rows come by cursor.
     */
    void forEachSubject(BiConsumer<UUID, Map<FingerPosition, EncodedTemplate>> consumer) {
        UUID[] current = {null};
        Map<FingerPosition, EncodedTemplate> fingers = new EnumMap<>(FingerPosition.class);
        streaming.query("""
                select subject_id, finger_position, sealed_template, wrapped_key, master_key_id
                from biometric.finger_template order by subject_id, finger_position
                """, rs -> {
            UUID subject = rs.getObject("subject_id", UUID.class);
            if (current[0] != null && !current[0].equals(subject)) {
                consumer.accept(current[0], Map.copyOf(fingers));
                fingers.clear();
            }
            current[0] = subject;
            int code = rs.getInt("finger_position");
            byte[] plain = cipher.open(
                    new TemplateCipher.Sealed(
                            rs.getBytes("sealed_template"), rs.getBytes("wrapped_key"), rs.getString("master_key_id")),
                    recordId(subject, code));
            FingerPosition position = FingerPosition.fromCode(code)
                    .orElseThrow(() -> new IllegalStateException("finger position " + code + " in the store"));
            fingers.put(position, EncodedTemplate.parse(plain));
        });
        if (current[0] != null) {
            consumer.accept(current[0], Map.copyOf(fingers));
        }
    }

    /** The opened templates of one subject, by position; empty when it has none. */
    Map<FingerPosition, EncodedTemplate> fingers(UUID subject, java.util.Set<FingerPosition> positions) {
        Map<FingerPosition, EncodedTemplate> fingers = new EnumMap<>(FingerPosition.class);
        if (positions.isEmpty()) {
            return fingers;
        }
        jdbc.sql("""
            select finger_position, sealed_template, wrapped_key, master_key_id from biometric.finger_template
            where subject_id = :subject and finger_position = any(:positions)
            """)
                .param("positions", positions.stream().map(FingerPosition::code).toArray(Integer[]::new))
                .param("subject", subject)
                .query(rs -> {
                    int code = rs.getInt("finger_position");
                    byte[] plain = cipher.open(
                            new TemplateCipher.Sealed(
                                    rs.getBytes("sealed_template"),
                                    rs.getBytes("wrapped_key"),
                                    rs.getString("master_key_id")),
                            recordId(subject, code));
                    FingerPosition.fromCode(code)
                            .ifPresent(position -> fingers.put(position, EncodedTemplate.parse(plain)));
                });
        return fingers;
    }

    private static String recordId(UUID subject, int position) {
        return subject + "/" + position;
    }
}
