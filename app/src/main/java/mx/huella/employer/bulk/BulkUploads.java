package mx.huella.employer.bulk;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.employer.EmployerAccess;
import mx.huella.employer.MovementException;
import mx.huella.employer.movement.EmploymentQueries;
import mx.huella.employer.movement.Registro;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk movement files: accepted at once (the file is kept until processed), processed in the
 * background by {@link BulkUploadWorker}, followed through their progress and rejected rows.
 */
@NamedInterface("bulk")
@Service
public class BulkUploads {
    private static final String COLUMNS = """
        select id, registro, filename, mode, state, total_rows, processed_rows, accepted_rows, rejected_rows, repeated_rows,
          submitted_at, finished_at, failure, access_employer, access_registros,
          (select max(b.submitted_at) from employer.bulk_upload b where b.registro = u.registro
             and b.file_sha256 = u.file_sha256 and b.submitted_at < u.submitted_at) as earlier_copy
        from employer.bulk_upload u
        """;
    private final JdbcClient jdbc;
    private final EmploymentQueries queries;
    private final BulkUploadWorker worker;
    private final AuditLog audit;
    private final Clock clock;

    BulkUploads(JdbcClient jdbc, EmploymentQueries queries, BulkUploadWorker worker, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.worker = worker;
        this.audit = audit;
        this.clock = clock;
    }

    /** How to treat a file with rejected rows. */
    public enum Mode {
        /** Any rejected row files nothing. */
        ALL_OR_NOTHING,
        /** The valid rows are filed, the rejected ones reported. */
        VALID_ONLY
    }

    /**
     * @param earlierCopy when the same file was uploaded to this registro before, when: its rows are
     *     not filed again
     */
    public record Status(
            UUID id,
            String registro,
            String filename,
            Mode mode,
            String state,
            int totalRows,
            int processedRows,
            int acceptedRows,
            int rejectedRows,
            int repeatedRows,
            Instant submittedAt,
            Optional<Instant> finishedAt,
            Optional<String> failure,
            Optional<Instant> earlierCopy) {

        public boolean finished() {
            return state.equals("DONE") || state.equals("REJECTED") || state.equals("FAILED");
        }

        public int percent() {
            return totalRows == 0 ? (finished() ? 100 : 0) : (int) Math.min(100, 100L * processedRows / totalRows);
        }
    }

    @Transactional
    public UUID submit(
            String registro, String filename, byte[] content, Mode mode, EmployerAccess access, Actor actor) {
        return submit(registro, filename, content, mode, access, null, actor);
    }

    /**
     * Queues a file for the background worker.
     *
     * @param delegate the delegated HR user submitting it, whose access the worker checks again before
     *     filing; null for an employer with its e.firma or institute staff
     */
    @Transactional
    public UUID submit(
            String registro,
            String filename,
            byte[] content,
            Mode mode,
            EmployerAccess access,
            java.util.UUID delegate,
            Actor actor) {
        Registro target = queries.registro(registro, access);
        if (content == null || content.length == 0) {
            throw new MovementException(MovementException.Problem.INVALID_FIELD, "file", "the file is empty");
        }
        if (content.length > CsvReader.MAX_BYTES) {
            throw new MovementException(
                    MovementException.Problem.INVALID_FIELD, "file", "the file is larger than 10 MB");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
            insert into employer.bulk_upload (id, registro, filename, file_sha256, content, mode, state, submitted_by, channel,
              access_employer, access_registros, access_delegate, submitted_at)
            values (:id, :registro, :filename, :hash, :content, :mode, 'QUEUED', :by, :channel, :employer, :registros,
              :delegate, :now)
            """)
                .param("delegate", delegate)
                .param("id", id)
                .param("registro", target.registro())
                .param("filename", filename == null || filename.isBlank() ? "movimientos.csv" : filename.strip())
                .param("hash", sha256(content))
                .param("content", content)
                .param("mode", (mode == null ? Mode.VALID_ONLY : mode).name())
                .param("by", actor.name())
                .param("channel", actor.channel())
                .param("employer", access.employerId().orElse(null))
                .param("registros", access.registros().toArray(String[]::new))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        audit.record(new AuditEntry(
                clock.instant(),
                actor.name(),
                "BULK_UPLOAD_SUBMITTED",
                id.toString(),
                target.registro(),
                actor.channel()));
        return id;
    }

    /**
     * Processes the queued files now, in this thread, instead of waiting for the background worker
     * (for benchmarks and tools); returns how many files were processed.
     */
    public int processQueuedNow() {
        return worker.drain();
    }

    @Transactional(readOnly = true)
    public Status status(UUID id, EmployerAccess access) {
        Status status = jdbc.sql(COLUMNS + " where u.id = :id")
                .param("id", id)
                .query(BulkUploads::status)
                .optional()
                .orElseThrow(BulkUploads::noSuchUpload);
        try {
            queries.registro(status.registro(), access);
        } catch (MovementException e) {
            // Another's upload is answered as not found: its existence is not confirmed either.
            throw noSuchUpload();
        }
        return status;
    }

    @Transactional(readOnly = true)
    public List<Status> recent(String registro, EmployerAccess access) {
        Registro target = queries.registro(registro, access);
        return jdbc.sql(COLUMNS + " where u.registro = :registro order by u.submitted_at desc limit 20")
                .param("registro", target.registro())
                .query(BulkUploads::status)
                .list();
    }

    @Transactional(readOnly = true)
    public List<RejectedRow> errors(UUID id, EmployerAccess access, int limit) {
        status(id, access);
        return jdbc.sql("""
            select line, field, reason from employer.bulk_upload_error where upload_id = :id order by line, field limit :limit
            """)
                .param("id", id)
                .param("limit", limit)
                .query((rs, n) -> new RejectedRow(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The rejected rows as CSV (linea,campo,motivo), for the employer to fix and upload again. */
    public String errorsCsv(UUID id, EmployerAccess access) {
        StringBuilder csv = new StringBuilder("linea,campo,motivo\r\n");
        for (RejectedRow error : errors(id, access, Integer.MAX_VALUE)) {
            csv.append(error.line())
                    .append(',')
                    .append(quote(error.field()))
                    .append(',')
                    .append(quote(error.reason()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String quote(String text) {
        // A leading =, +, - or @ would be read as a formula by a spreadsheet: prefix it.
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static MovementException noSuchUpload() {
        return new MovementException(MovementException.Problem.EMPLOYMENT_NOT_FOUND, null, "no such upload");
    }

    private static Status status(ResultSet rs, int row) throws SQLException {
        return new Status(
                rs.getObject("id", UUID.class),
                rs.getString("registro"),
                rs.getString("filename"),
                Mode.valueOf(rs.getString("mode")),
                rs.getString("state"),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"),
                rs.getInt("accepted_rows"),
                rs.getInt("rejected_rows"),
                rs.getInt("repeated_rows"),
                rs.getTimestamp("submitted_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("finished_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getString("failure")),
                Optional.ofNullable(rs.getTimestamp("earlier_copy")).map(Timestamp::toInstant));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
