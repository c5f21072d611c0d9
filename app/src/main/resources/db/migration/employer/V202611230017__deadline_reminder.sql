-- Reminders of biometric deadlines sent to employers, one per employment and kind, so that several
-- nodes running the reminder job never send one twice.
create table employer.deadline_reminder (
    employment_id uuid        not null references employer.employment (id),
    kind          text        not null check (kind in ('DUE_IN_7_DAYS', 'DUE_TOMORROW', 'OVERDUE')),
    sent_at       timestamptz not null,
    primary key (employment_id, kind)
);
