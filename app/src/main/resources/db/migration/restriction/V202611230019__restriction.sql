-- Who must enroll by when, and what follows when they do not: RESTRICTED after the deadline, SUSPENDED
-- 30 days later; enrollment lifts either at once. Every change is kept in the history.
create table restriction.obligation (
    person_id     uuid        primary key,
    deadline      date        not null,
    source        text        not null,
    state         text        not null check (state in ('DUE', 'RESTRICTED', 'SUSPENDED', 'LIFTED')),
    restricted_on date,
    suspended_on  date,
    changed_at    timestamptz not null
);
create index obligation_due on restriction.obligation (deadline) where state in ('DUE', 'RESTRICTED');

create table restriction.history (
    id         bigserial   primary key,
    person_id  uuid        not null,
    state      text        not null,
    changed_at timestamptz not null,
    reason     text        not null
);
create index history_person on restriction.history (person_id, id);
