-- Existing workers enroll by a published schedule: each phase gives the workers whose NSS was first
-- registered in a range of subdelegaciones (the NSS's first two digits) a deadline. A phase is announced
-- once (its row here), a notice period before its deadline.
create table employer.schedule_phase (
    deadline            date        not null,
    first_subdelegacion smallint    not null check (first_subdelegacion between 0 and 99),
    last_subdelegacion  smallint    not null check (last_subdelegacion between first_subdelegacion and 99),
    announced_at        timestamptz not null,
    workers             integer     not null,
    primary key (deadline, first_subdelegacion, last_subdelegacion)
);
create index employment_active_person on employer.employment (person_id) where state = 'ACTIVE';
