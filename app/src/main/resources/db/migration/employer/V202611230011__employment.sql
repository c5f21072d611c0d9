-- Worker movements (altas, bajas, salary changes) per registro patronal, with the dated reference
-- values that bound the salario base de cotización. Persons are known by registry id only.
alter table employer.employer add column contact_email text;
alter table employer.registro_patronal
    add column wage_zone text not null default 'GENERAL' check (wage_zone in ('GENERAL', 'FRONTERA_NORTE'));

-- Daily amounts in MXN, each in force from valid_from until the next row of its kind.
create table employer.reference_value (
    kind         text          not null check (kind in ('UMA', 'MINIMUM_WAGE_GENERAL', 'MINIMUM_WAGE_FRONTERA_NORTE')),
    valid_from   date          not null,
    daily_amount numeric(10, 2) not null check (daily_amount > 0),
    source       text          not null,
    primary key (kind, valid_from)
);
insert into employer.reference_value (kind, valid_from, daily_amount, source) values
    ('UMA', '2024-02-01', 108.57, 'INEGI, UMA 2024'),
    ('UMA', '2025-02-01', 113.14, 'INEGI, UMA 2025'),
    ('UMA', '2026-02-01', 117.31, 'INEGI, UMA 2026'),
    ('MINIMUM_WAGE_GENERAL', '2024-01-01', 248.93, 'CONASAMI 2024'),
    ('MINIMUM_WAGE_GENERAL', '2025-01-01', 278.80, 'CONASAMI 2025'),
    ('MINIMUM_WAGE_GENERAL', '2026-01-01', 315.04, 'CONASAMI 2026'),
    ('MINIMUM_WAGE_FRONTERA_NORTE', '2024-01-01', 374.89, 'CONASAMI 2024'),
    ('MINIMUM_WAGE_FRONTERA_NORTE', '2025-01-01', 419.88, 'CONASAMI 2025'),
    ('MINIMUM_WAGE_FRONTERA_NORTE', '2026-01-01', 440.87, 'CONASAMI 2026');

create table employer.employment (
    id                 uuid          primary key,
    registro           char(11)      not null references employer.registro_patronal (registro),
    person_id          uuid          not null,
    state              text          not null check (state in ('PENDING_BIOMETRICS', 'ACTIVE', 'TERMINATED')),
    worker_type        smallint      not null check (worker_type between 1 and 4),
    salary_type        smallint      not null check (salary_type between 0 and 2),
    sbc                numeric(10, 2) not null,
    start_date         date          not null,
    end_date           date,
    biometric_deadline date,
    opened_at          timestamptz   not null
);
-- One current employment of a person per registro; a terminated one may be followed by a re-hire.
create unique index employment_one_current on employer.employment (registro, person_id) where state <> 'TERMINATED';
create index employment_person on employer.employment (person_id);
create index employment_registro on employer.employment (registro, state);

create sequence employer.movement_folio;

create table employer.movement (
    id                uuid          primary key,
    folio             text          not null unique,
    employment_id     uuid          not null references employer.employment (id),
    kind              text          not null check (kind in ('ALTA', 'BAJA', 'MODIFICACION_SALARIO')),
    effective_date    date          not null,
    sbc               numeric(10, 2),
    termination_cause text,
    state             text          not null check (state in ('PENDING_BIOMETRICS', 'EFFECTIVE')),
    filed_at          timestamptz   not null,
    filed_by          text          not null,
    channel           text          not null,
    effective_at      timestamptz,
    canonical         text          not null,
    seal              text          not null,
    dedup_key         text          unique
);
create index movement_employment on employer.movement (employment_id, filed_at);

-- Persons whose enrollment matched someone already enrolled (a suspected duplicate identity).
create table employer.duplicate_hit (
    person_id   uuid        primary key,
    first_at    timestamptz not null,
    hits        integer     not null
);
