-- Mail leaves through an outbox: a message is written in the same transaction as the change it
-- reports, so a rolled-back change sends nothing and a committed one is never forgotten. Nodes
-- claim rows with SKIP LOCKED, so each message goes out once per successful delivery.
create table notification.outbox (
    id              uuid        primary key,
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    topic           text        not null,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        integer     not null default 0,
    sent_at         timestamptz,
    delivered_by    text,
    failed_at       timestamptz,
    last_error      text
);
create index outbox_due on notification.outbox (next_attempt_at) where sent_at is null and failed_at is null;
create index outbox_recent on notification.outbox (created_at desc);
