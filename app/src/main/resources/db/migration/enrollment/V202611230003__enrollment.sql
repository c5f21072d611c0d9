-- Consent, enrollment sessions, biometric status and duplicate cases. No biometric bytes here: a
-- capture refers to its sealed sample in the biometric schema by id only.
create table enrollment.consent (
    id             uuid        primary key,
    person_id      uuid        not null,
    notice_version text        not null,
    language       text        not null check (language in ('es', 'en')),
    given_at       timestamptz not null,
    recorded_by    text        not null,
    channel        text        not null,
    withdrawn_at   timestamptz,
    withdrawn_by   text
);
create unique index consent_one_active on enrollment.consent (person_id) where withdrawn_at is null;

create table enrollment.biometric_status (
    person_id  uuid        primary key,
    subject_id uuid        not null unique,
    status     text        not null check (status in ('PENDING', 'ENROLLED', 'UNDER_REVIEW', 'REJECTED')),
    changed_at timestamptz not null
);

create table enrollment.status_history (
    id         bigserial   primary key,
    person_id  uuid        not null,
    status     text        not null,
    changed_at timestamptz not null,
    reason     text        not null,
    actor      text        not null
);
create index status_history_person on enrollment.status_history (person_id, id);

create table enrollment.session (
    id              uuid        primary key,
    person_id       uuid        not null,
    consent_id      uuid        not null references enrollment.consent (id),
    opened_by       text        not null,
    channel         text        not null,
    opened_at       timestamptz not null,
    state           text        not null check (state in ('OPEN', 'SUBMITTED')),
    outcome         text        check (outcome in ('ENROLLED', 'DUPLICATE_SUSPECT', 'REJECTED_QUALITY')),
    submitted_at    timestamptz,
    idempotency_key text        unique
);
create unique index session_one_open on enrollment.session (person_id) where state = 'OPEN';

-- finger_position 0 is the face.
create table enrollment.capture (
    session_id      uuid        not null references enrollment.session (id),
    finger_position smallint    not null check (finger_position between 0 and 10),
    attempt         smallint    not null check (attempt between 1 and 4),
    quality         smallint    not null,
    issues          text        not null,
    usable          boolean     not null,
    sample_id       uuid,
    captured_at     timestamptz not null,
    primary key (session_id, finger_position, attempt)
);

create table enrollment.finger_exception (
    session_id      uuid        not null references enrollment.session (id),
    finger_position smallint    not null check (finger_position between 1 and 10),
    reason          text        not null check (reason in ('AMPUTATED', 'INJURED', 'UNABLE_TO_CAPTURE')),
    note            text        not null,
    declared_by     text        not null,
    declared_at     timestamptz not null,
    approved_by     text,
    approved_at     timestamptz,
    primary key (session_id, finger_position)
);

create table enrollment.duplicate_case (
    id         uuid        primary key,
    session_id uuid        not null unique references enrollment.session (id),
    person_id  uuid        not null,
    opened_at  timestamptz not null,
    state      text        not null check (state in ('OPEN', 'AWAITING_CONFIRMATION', 'SAME_PERSON', 'DIFFERENT_PERSON')),
    candidates text        not null
);
create index duplicate_case_open on enrollment.duplicate_case (opened_at) where state in ('OPEN', 'AWAITING_CONFIRMATION');
