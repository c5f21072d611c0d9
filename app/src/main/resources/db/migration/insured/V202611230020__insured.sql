-- Accounts of insured workers and pensioners (CURP and password, created after a biometric match)
-- and the Constancias de Vigencia de Derechos issued to them: what was stated, sealed, and the
-- SHA-256 of the PDF handed out, so that any altered copy fails verification.
create table insured.account (
    person_id       uuid        primary key,
    curp            char(18)    not null unique,
    password_hash   text        not null,
    created_at      timestamptz not null,
    failed_attempts integer     not null default 0,
    locked_until    timestamptz
);

create sequence insured.constancia_folio;

create table insured.constancia (
    folio      text        primary key,
    person_id  uuid        not null,
    issued_at  timestamptz not null,
    vigente    boolean     not null,
    canonical  text        not null,
    seal       text        not null,
    pdf_sha256 text        not null
);
create index constancia_person on insured.constancia (person_id, issued_at desc);
