create table employer.employer (
  id          uuid        primary key,
  rfc         varchar(13) not null,
  legal_name  text        not null,
  created_at  timestamptz not null,
  constraint employer_rfc_key unique (rfc)
);

create table employer.registro_patronal (
  registro    char(11)    primary key,
  employer_id uuid        not null references employer.employer (id),
  label       text        not null
);
create index registro_patronal_employer_idx on employer.registro_patronal (employer_id);
