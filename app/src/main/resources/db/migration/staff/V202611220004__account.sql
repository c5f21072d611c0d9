create table staff.account (
  id                    uuid        primary key,
  username              text        not null,
  display_name          text        not null,
  password_hash         text        not null,
  roles                 text[]      not null,
  password_change_due   boolean     not null default true,
  failed_attempts       integer     not null default 0,
  locked_until          timestamptz,
  enabled               boolean     not null default true,
  created_at            timestamptz not null,
  password_changed_at   timestamptz not null,
  constraint account_username_key unique (username)
);
