-- Every verification attempt (1:1 against a claimed identity, 1:N at a kiosk), never its sample; and
-- the locks that five failed 1:1 attempts against one identity within 15 minutes put on it.
create table verification.attempt (
    id              uuid        primary key,
    attempted_at    timestamptz not null,
    mode            text        not null check (mode in ('ONE_TO_ONE', 'ONE_TO_MANY')),
    channel         text        not null,
    device          text,
    operator        text        not null,
    claimed_person  uuid,
    matched_person  uuid,
    decision        text        not null check (decision in ('MATCH', 'NO_MATCH', 'LOCKED', 'NOT_ENROLLED')),
    score_band      text        not null check (score_band in ('HIGH', 'MEDIUM', 'LOW', 'NONE')),
    fingers         smallint    not null
);
create index attempt_claimed on verification.attempt (claimed_person, attempted_at);
create index attempt_matched on verification.attempt (matched_person, attempted_at);

create table verification.identity_lock (
    person_id    uuid        primary key,
    locked_until timestamptz not null,
    locked_at    timestamptz not null
);
