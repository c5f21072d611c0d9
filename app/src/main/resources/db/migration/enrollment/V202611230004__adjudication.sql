-- Adjudication of duplicate cases: a first analyst's decision with its reason, and for SAME_PERSON a
-- second analyst's confirmation (four eyes). Confirmed identity fraud flags both identities.
alter table enrollment.duplicate_case
    add column first_decision   text check (first_decision in ('SAME_PERSON', 'DIFFERENT_PERSON')),
    add column first_analyst    text,
    add column first_reason     text,
    add column first_decided_at timestamptz,
    add column confirmed_by     text,
    add column confirm_reason   text,
    add column closed_at        timestamptz,
    add column matched_person   uuid;

create table enrollment.identity_flag (
    person_id  uuid        not null,
    case_id    uuid        not null references enrollment.duplicate_case (id),
    flagged_at timestamptz not null,
    primary key (person_id, case_id)
);
