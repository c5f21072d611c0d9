-- Enrolled fingerprint templates, one row per subject and finger position. The template is sealed
-- with AES-256-GCM under a data key of its own; the data key is sealed under the master key, which is
-- never stored here (master_key_id only names it, so that a rotation can find what to re-wrap).
create table biometric.finger_template (
    subject_id      uuid        not null,
    finger_position smallint    not null check (finger_position between 1 and 10),
    sealed_template bytea       not null,
    wrapped_key     bytea       not null,
    master_key_id   text        not null,
    enrolled_at     timestamptz not null default now(),
    primary key (subject_id, finger_position)
);

comment on table biometric.finger_template is 'Encrypted fingerprint templates by opaque subject id';
comment on column biometric.finger_template.sealed_template is 'nonce || AES-256-GCM(data key, template), bound to subject and position';
comment on column biometric.finger_template.wrapped_key is 'nonce || AES-256-GCM(master key, data key), bound to subject and position';
