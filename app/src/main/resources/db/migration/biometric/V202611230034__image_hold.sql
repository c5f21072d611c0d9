-- The images of the subjects of an open duplicate case stay, whatever their age, until the case
-- closes: the analyst compares them side by side. One row per subject and holder (the case).
create table biometric.image_hold (
    subject_id uuid        not null,
    holder     uuid        not null,
    held_at    timestamptz not null,
    primary key (subject_id, holder)
);
create index image_hold_holder on biometric.image_hold (holder);
