create table audit.event (
  id          bigint generated always as identity primary key,
  occurred_at timestamptz not null,
  actor       text        not null,
  action      text        not null,
  subject     text        not null default '',
  outcome     text        not null,
  channel     text        not null
);
create index event_subject_idx on audit.event (subject, occurred_at desc);
create index event_action_idx on audit.event (action, occurred_at desc);

-- Append-only: the application role may add entries but never rewrite history.
create function audit.refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit.event is append-only';
end $$;
create trigger event_append_only before update or delete on audit.event
  for each row execute function audit.refuse_change();
