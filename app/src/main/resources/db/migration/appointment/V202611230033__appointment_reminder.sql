-- When the patient was reminded of an appointment (once, by whichever node got there first).
alter table appointment.appointment add column reminded_at timestamptz;
create index appointment_to_remind on appointment.appointment (starts_at) where state = 'BOOKED' and reminded_at is null;
