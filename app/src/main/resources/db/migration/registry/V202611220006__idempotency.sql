-- Creation requests replayed with the same Idempotency-Key by the same client get the first answer
-- back instead of a second person (or a confusing 409).
create table registry.creation_request (
  actor           text        not null,
  idempotency_key text        not null,
  request_hash    text        not null,
  person_id       uuid        not null references registry.person (id),
  created_at      timestamptz not null,
  primary key (actor, idempotency_key)
);
