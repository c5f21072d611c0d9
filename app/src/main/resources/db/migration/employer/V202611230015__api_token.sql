-- Short-lived bearer tokens for employers' API clients, obtained with the e.firma or a delegate's
-- credentials. Only a SHA-256 of each token is kept.
create table employer.api_token (
    token_hash  bytea       primary key,
    employer_id uuid        not null references employer.employer (id),
    rfc         text        not null,
    holder      text        not null,
    delegate    boolean     not null,
    may_enroll  boolean     not null,
    registros   text[]      not null,
    issued_at   timestamptz not null,
    expires_at  timestamptz not null
);
create index api_token_expiry on employer.api_token (expires_at);
