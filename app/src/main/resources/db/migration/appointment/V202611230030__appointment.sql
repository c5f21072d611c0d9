-- Medical appointments at family-medicine clinics (UMF): each insured person is assigned one clinic
-- (adscripción) and books 20-minute consultations there. A slot holds as many appointments as the clinic
-- has consulting rooms; the partial unique index makes a double booking impossible whatever the race.
create table appointment.clinic (
    code          text     primary key,
    name          text     not null,
    address       text     not null,
    opens_at      time     not null,
    closes_at     time     not null check (closes_at > opens_at),
    slot_minutes  integer  not null check (slot_minutes between 5 and 120),
    rooms         integer  not null check (rooms between 1 and 100)
);

create table appointment.assignment (
    person_id   uuid        primary key,
    clinic_code text        not null references appointment.clinic (code),
    assigned_at timestamptz not null,
    assigned_by text        not null
);

create table appointment.appointment (
    id           uuid        primary key,
    person_id    uuid        not null,
    clinic_code  text        not null references appointment.clinic (code),
    starts_at    timestamptz not null,
    room         integer     not null,
    state        text        not null check (state in ('BOOKED', 'CANCELLED')),
    booked_at    timestamptz not null,
    booked_by    text        not null,
    channel      text        not null,
    cancelled_at timestamptz
);
create unique index appointment_slot_room on appointment.appointment (clinic_code, starts_at, room) where state = 'BOOKED';
create index appointment_person on appointment.appointment (person_id, starts_at);

insert into appointment.clinic (code, name, address, opens_at, closes_at, slot_minutes, rooms) values
    ('UMF-001', 'Unidad de Medicina Familiar No. 1', 'Av. Cuauhtémoc 330, Doctores, Cuauhtémoc, Ciudad de México', '08:00', '20:00', 20, 12),
    ('UMF-028', 'Unidad de Medicina Familiar No. 28', 'Gabriel Mancera 800, Del Valle, Benito Juárez, Ciudad de México', '08:00', '20:00', 20, 10),
    ('UMF-051', 'Unidad de Medicina Familiar No. 51', 'Av. Niños Héroes 1700, Guadalajara, Jalisco', '08:00', '20:00', 20, 8),
    ('UMF-064', 'Unidad de Medicina Familiar No. 64', 'Av. Constitución 2000, Monterrey, Nuevo León', '07:00', '19:00', 20, 8),
    ('UMF-013', 'Unidad de Medicina Familiar No. 13', 'Calle 60 Norte 317, Mérida, Yucatán', '08:00', '14:00', 20, 4);
