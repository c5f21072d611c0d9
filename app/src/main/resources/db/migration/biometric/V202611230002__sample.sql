-- Every captured sample of an enrollment session, sealed: the template (or face descriptor) and the
-- raw image, each under a data key of its own wrapped by the master key. The image is kept for the
-- adjudication period only (image_purge_after), then removed by the purge job; the template stays.
-- Other schemas refer to a sample by its id only.
create table biometric.sample (
    id                 uuid        primary key,
    subject_id         uuid        not null,
    kind               text        not null check (kind in ('FINGER', 'FACE')),
    finger_position    smallint    not null check (finger_position between 0 and 10),
    sealed_template    bytea       not null,
    template_key       bytea       not null,
    sealed_image       bytea,
    image_key          bytea,
    master_key_id      text        not null,
    captured_at        timestamptz not null,
    image_purge_after  timestamptz not null,
    check ((kind = 'FACE') = (finger_position = 0)),
    check ((sealed_image is null) = (image_key is null))
);
create index sample_subject on biometric.sample (subject_id);
create index sample_image_purge on biometric.sample (image_purge_after) where sealed_image is not null;

-- The enrolled face of a subject (its descriptor, sealed), beside its enrolled fingers.
create table biometric.face_template (
    subject_id        uuid        primary key,
    sealed_descriptor bytea       not null,
    wrapped_key       bytea       not null,
    master_key_id     text        not null,
    enrolled_at       timestamptz not null default now()
);
