-- Jobs that run on one node at a time, whichever gets the row first, and whose next run survives
-- restarts: the image purge of the adjudication period.
create table biometric.scheduled_job (
    name        text        primary key,
    next_run_at timestamptz not null,
    last_run_at timestamptz,
    last_result text
);
insert into biometric.scheduled_job (name, next_run_at) values ('image-purge', now());
