package mx.huella.employer.bulk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.employer.EmployerAccess;
import mx.huella.employer.MovementException;
import mx.huella.employer.access.Delegates;
import mx.huella.employer.movement.Movement;
import mx.huella.employer.movement.MovementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes bulk files in the background, one at a time per node; a file is claimed with
 * {@code for update skip locked} and kept alive by a heartbeat, so a file whose node died is taken
 * up again by another (or after a restart). Each row is filed with a key derived from its content,
 * which makes re-processing and re-uploads file nothing twice. All-or-nothing files run in one
 * transaction with a savepoint per row; valid-only files commit row by row.
 */
@Component
class BulkUploadWorker {
    private static final Logger log = LoggerFactory.getLogger(BulkUploadWorker.class);
    static final Duration STALE = Duration.ofMinutes(2);
    private static final int PROGRESS_EVERY = 50;
    private static final java.util.Locale SPANISH = Locale.forLanguageTag("es");

    private final JdbcClient jdbc;
    private final MovementService movements;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate claim;
    private final TransactionTemplate separate;
    private final TransactionTemplate savepoint;

    private final Delegates delegates;

    BulkUploadWorker(
            JdbcClient jdbc,
            MovementService movements,
            MessageSource messages,
            AuditLog audit,
            Clock clock,
            PlatformTransactionManager transactions,
            Delegates delegates) {
        this.delegates = delegates;
        this.jdbc = jdbc;
        this.movements = movements;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.claim = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Scheduled(fixedDelayString = "${huella.employer.bulk-poll-interval:1s}", initialDelayString = "2s")
    void tick() {
        drain();
    }

    /** Processes queued files, in this thread, until none is left; returns how many were processed. */
    int drain() {
        int processed = 0;
        Optional<Claimed> next;
        while ((next = claimNext()).isPresent()) {
            process(next.get());
            processed++;
        }
        return processed;
    }

    private record Claimed(
            UUID id,
            String registro,
            byte[] content,
            boolean allOrNothing,
            Actor actor,
            EmployerAccess access,
            UUID delegate,
            Instant submittedAt) {}

    private Optional<Claimed> claimNext() {
        return claim.execute(status -> {
            Instant now = clock.instant();
            // mode holds the name of the BulkUploads.Mode the file was submitted with.
            Optional<Claimed> claimed = jdbc.sql("""
                select id, registro, content, mode = 'ALL_OR_NOTHING' as all_or_nothing, submitted_by, channel,
                  access_employer, access_registros,
                  access_delegate, submitted_at
                from employer.bulk_upload
                where state = 'QUEUED' or (state = 'PROCESSING' and heartbeat_at < :stale)
                order by submitted_at limit 1 for update skip locked
                """)
                    .param("stale", Timestamp.from(now.minus(STALE)))
                    .query((rs, n) -> {
                        UUID employer = rs.getObject("access_employer", UUID.class);
                        Set<String> registros = Set.copyOf(Arrays.asList(
                                (String[]) rs.getArray("access_registros").getArray()));
                        EmployerAccess access = employer == null
                                ? EmployerAccess.staff()
                                : registros.isEmpty()
                                        ? EmployerAccess.employer(employer)
                                        : EmployerAccess.delegate(employer, registros);
                        return new Claimed(
                                rs.getObject("id", UUID.class),
                                rs.getString("registro"),
                                rs.getBytes("content"),
                                rs.getBoolean("all_or_nothing"),
                                new Actor(rs.getString("submitted_by"), rs.getString("channel")),
                                access,
                                rs.getObject("access_delegate", UUID.class),
                                rs.getTimestamp("submitted_at").toInstant());
                    })
                    .optional();
            claimed.ifPresent(c -> {
                jdbc.sql("""
                    update employer.bulk_upload set state = 'PROCESSING', heartbeat_at = :now, processed_rows = 0,
                      accepted_rows = 0, rejected_rows = 0, repeated_rows = 0 where id = :id
                    """)
                        .param("now", Timestamp.from(now))
                        .param("id", c.id())
                        .update();
                jdbc.sql("delete from employer.bulk_upload_error where upload_id = :id")
                        .param("id", c.id())
                        .update();
            });
            return claimed;
        });
    }

    private void process(Claimed claimed) {
        Optional<Claimed> standing = withCurrentAccess(claimed);
        if (standing.isEmpty()) {
            finish(
                    claimed,
                    "REJECTED",
                    new Counts(0, 0, 0, 0),
                    List.of(new RejectedRow(1, "archivo", message("bulk.accessEnded", claimed.registro()))));
            return;
        }
        Claimed upload = standing.get();
        List<CsvReader.Row> rows;
        Map<String, Integer> columns;
        try {
            rows = CsvReader.read(upload.content());
            if (rows.isEmpty()) {
                throw new CsvReader.CsvException(1, "the file has no header");
            }
            columns = BulkRow.header(rows.getFirst());
        } catch (CsvReader.CsvException e) {
            finish(
                    upload,
                    "REJECTED",
                    new Counts(0, 0, 0, 0),
                    List.of(new RejectedRow(
                            Math.max(1, e.line()), "archivo", message("bulk.unreadable", e.getMessage()))));
            return;
        }
        List<CsvReader.Row> data = rows.subList(1, rows.size());
        separate.executeWithoutResult(s -> jdbc.sql("update employer.bulk_upload set total_rows = :n where id = :id")
                .param("n", data.size())
                .param("id", upload.id())
                .update());
        try {
            if (upload.allOrNothing()) {
                allOrNothing(upload, data, columns);
            } else {
                validOnly(upload, data, columns);
            }
        } catch (RuntimeException e) {
            log.error("Bulk upload {} failed: {}", upload.id(), e.toString());
            separate.executeWithoutResult(s -> jdbc.sql("""
                update employer.bulk_upload set state = 'FAILED', failure = :why, finished_at = :now, content = null where id = :id
                """)
                    .param("why", e.getClass().getSimpleName())
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", upload.id())
                    .update());
        }
    }

    /**
     * The upload with its submitter's access as it stands now: a delegate revoked since, or no longer
     * granted the registro, files nothing of it; one whose grants changed acts with those it holds now.
     */
    private Optional<Claimed> withCurrentAccess(Claimed upload) {
        if (upload.delegate() == null) {
            return Optional.of(upload);
        }
        return delegates
                .currentRegistros(upload.delegate())
                .filter(registros -> registros.contains(upload.registro()))
                .map(registros -> new Claimed(
                        upload.id(),
                        upload.registro(),
                        upload.content(),
                        upload.allOrNothing(),
                        upload.actor(),
                        EmployerAccess.delegate(upload.access().employerId().orElseThrow(), registros),
                        upload.delegate(),
                        upload.submittedAt()));
    }

    private record Counts(int processed, int accepted, int rejected, int repeated) {}

    private void validOnly(Claimed upload, List<CsvReader.Row> data, Map<String, Integer> columns) {
        List<RejectedRow> errors = new ArrayList<>();
        int accepted = 0;
        int repeated = 0;
        for (int i = 0; i < data.size(); i++) {
            CsvReader.Row row = data.get(i);
            try {
                Movement filed = separate.execute(s -> file(upload, row, columns));
                if (filed.filedAt().isBefore(upload.submittedAt())) {
                    repeated++;
                } else {
                    accepted++;
                }
            } catch (MovementException e) {
                errors.add(error(row.line(), e));
            }
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress(upload, new Counts(i + 1, accepted, errors.size(), repeated));
            }
        }
        finish(upload, "DONE", new Counts(data.size(), accepted, errors.size(), repeated), errors);
    }

    private void allOrNothing(Claimed upload, List<CsvReader.Row> data, Map<String, Integer> columns) {
        List<RejectedRow> errors = new ArrayList<>();
        int[] counts = new int[2];
        claim.executeWithoutResult(outer -> {
            for (int i = 0; i < data.size(); i++) {
                CsvReader.Row row = data.get(i);
                try {
                    Movement filed = savepoint.execute(s -> file(upload, row, columns));
                    counts[filed.filedAt().isBefore(upload.submittedAt()) ? 1 : 0]++;
                } catch (MovementException e) {
                    errors.add(error(row.line(), e));
                }
                if ((i + 1) % PROGRESS_EVERY == 0) {
                    progress(upload, new Counts(i + 1, counts[0], errors.size(), counts[1]));
                }
            }
            if (!errors.isEmpty()) {
                outer.setRollbackOnly();
            }
        });
        if (errors.isEmpty()) {
            finish(upload, "DONE", new Counts(data.size(), counts[0], 0, counts[1]), errors);
        } else {
            finish(upload, "REJECTED", new Counts(data.size(), 0, errors.size(), 0), errors);
        }
    }

    private Movement file(Claimed upload, CsvReader.Row csv, Map<String, Integer> columns) {
        BulkRow row = BulkRow.parse(csv, columns);
        String key = row.dedupKey(upload.registro());
        return switch (row.kind()) {
            case ALTA ->
                movements.hire(
                        upload.registro(),
                        new MovementService.Hire(
                                row.curp(), row.nss(), row.workerType(), row.salaryType(), row.sbc(), row.date(), key),
                        upload.access(),
                        upload.actor());
            case BAJA ->
                movements.terminate(
                        movements.currentEmploymentOrFiled(
                                upload.registro(), row.curp(), row.nss(), key, upload.access()),
                        row.date(),
                        row.cause(),
                        upload.access(),
                        upload.actor(),
                        key);
            case MODIFICACION_SALARIO ->
                movements.changeSalary(
                        movements.currentEmploymentOrFiled(
                                upload.registro(), row.curp(), row.nss(), key, upload.access()),
                        row.sbc(),
                        row.date(),
                        upload.access(),
                        upload.actor(),
                        key);
        };
    }

    private RejectedRow error(int line, MovementException e) {
        String title =
                messages.getMessage(e.problem().titleKey(), null, e.problem().slug(), SPANISH);
        return new RejectedRow(line, BulkRow.column(e), title + ": " + e.detail(messages, SPANISH));
    }

    private String message(String key, String detail) {
        return messages.getMessage(key, new Object[] {detail}, SPANISH);
    }

    private void progress(Claimed upload, Counts counts) {
        separate.executeWithoutResult(s -> jdbc.sql("""
            update employer.bulk_upload set processed_rows = :processed, accepted_rows = :accepted,
              rejected_rows = :rejected, repeated_rows = :repeated, heartbeat_at = :now where id = :id
            """)
                .param("processed", counts.processed())
                .param("accepted", counts.accepted())
                .param("rejected", counts.rejected())
                .param("repeated", counts.repeated())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", upload.id())
                .update());
    }

    private void finish(Claimed upload, String state, Counts counts, List<RejectedRow> errors) {
        separate.executeWithoutResult(s -> {
            for (RejectedRow error : errors) {
                jdbc.sql("""
                    insert into employer.bulk_upload_error (upload_id, line, field, reason) values (:id, :line, :field, :reason)
                    on conflict do nothing
                    """)
                        .param("id", upload.id())
                        .param("line", error.line())
                        .param("field", error.field())
                        .param("reason", error.reason())
                        .update();
            }
            jdbc.sql("""
                update employer.bulk_upload set state = :state, processed_rows = :processed, accepted_rows = :accepted,
                  rejected_rows = :rejected, repeated_rows = :repeated, finished_at = :now, content = null where id = :id
                """)
                    .param("state", state)
                    .param("processed", counts.processed())
                    .param("accepted", counts.accepted())
                    .param("rejected", counts.rejected())
                    .param("repeated", counts.repeated())
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", upload.id())
                    .update();
            audit.record(new AuditEntry(
                    clock.instant(),
                    upload.actor().name(),
                    "BULK_UPLOAD_PROCESSED",
                    upload.id().toString(),
                    state + " accepted " + counts.accepted() + " rejected " + counts.rejected() + " repeated "
                            + counts.repeated(),
                    upload.actor().channel()));
        });
    }
}
