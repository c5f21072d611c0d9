-- Bulk movement files: kept until processed (a restart resumes them), processed in the background by
-- whichever node claims them, with every rejected row recorded by line and field.
create table employer.bulk_upload (
    id             uuid        primary key,
    registro       char(11)    not null references employer.registro_patronal (registro),
    filename       text        not null,
    file_sha256    text        not null,
    content        bytea,
    mode           text        not null check (mode in ('ALL_OR_NOTHING', 'VALID_ONLY')),
    state          text        not null check (state in ('QUEUED', 'PROCESSING', 'DONE', 'REJECTED', 'FAILED')),
    total_rows     integer     not null default 0,
    processed_rows integer     not null default 0,
    accepted_rows  integer     not null default 0,
    rejected_rows  integer     not null default 0,
    repeated_rows  integer     not null default 0,
    submitted_by   text        not null,
    channel        text        not null,
    access_employer uuid,
    access_registros text[]    not null,
    submitted_at   timestamptz not null,
    heartbeat_at   timestamptz,
    finished_at    timestamptz,
    failure        text
);
create index bulk_upload_pending on employer.bulk_upload (submitted_at) where state in ('QUEUED', 'PROCESSING');
create index bulk_upload_registro on employer.bulk_upload (registro, submitted_at desc);

create table employer.bulk_upload_error (
    upload_id uuid    not null references employer.bulk_upload (id),
    line      integer not null,
    field     text    not null,
    reason    text    not null,
    primary key (upload_id, line, field)
);
