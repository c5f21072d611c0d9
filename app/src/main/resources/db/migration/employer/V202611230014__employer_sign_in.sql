-- e.firma sign-in challenges (single use, short-lived) and HR users an employer delegates registros to.
create table employer.sign_in_challenge (
    id         uuid        primary key,
    challenge  text        not null,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index sign_in_challenge_expiry on employer.sign_in_challenge (expires_at);

create table employer.delegate (
    id              uuid        primary key,
    employer_id     uuid        not null references employer.employer (id),
    username        text        not null unique,
    full_name       text        not null,
    email           text        not null,
    password_hash   text        not null,
    totp_secret     bytea       not null,
    may_enroll      boolean     not null default false,
    created_at      timestamptz not null,
    created_by      text        not null,
    revoked_at      timestamptz,
    failed_attempts integer     not null default 0,
    locked_until    timestamptz,
    last_totp_step  bigint
);

create table employer.delegate_registro (
    delegate_id uuid     not null references employer.delegate (id),
    registro    char(11) not null references employer.registro_patronal (registro),
    primary key (delegate_id, registro)
);
