-- Registered devices: capture stations that send samples into enrollment sessions, and clinic kiosks.
-- A device proves itself with a random secret shown once at registration; only its SHA-256 is kept.
create table device.device (
    id              uuid        primary key,
    kind            text        not null check (kind in ('CAPTURE_STATION', 'KIOSK')),
    label           text        not null,
    location        text        not null,
    secret_hash     bytea       not null,
    registered_at   timestamptz not null,
    registered_by   text        not null,
    revoked_at      timestamptz,
    failed_attempts integer     not null default 0,
    locked_until    timestamptz,
    last_seen_at    timestamptz
);
