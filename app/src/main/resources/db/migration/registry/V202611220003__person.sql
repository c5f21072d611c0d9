create table registry.person (
  id             uuid        primary key,
  curp           char(18)    not null,
  nss            char(11),
  given_names    text        not null,
  first_surname  text        not null,
  second_surname text,
  birth_date     date        not null,
  sex            char(1)     not null check (sex in ('H', 'M', 'X')),
  birth_state    char(2)     not null,
  email          text,
  phone          text,
  search_name    text        not null,
  created_at     timestamptz not null,
  updated_at     timestamptz not null,
  version        integer     not null default 0,
  constraint person_curp_key unique (curp),
  constraint person_nss_key unique (nss)
);
create index person_search_name_idx on registry.person (search_name text_pattern_ops);
create index person_first_surname_idx on registry.person (first_surname);
