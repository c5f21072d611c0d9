-- A capture station may stand on an employer's premises: its owner is that employer's RFC, and only
-- that employer's authorized HR users may send enrollments to it. Null: an institute device.
alter table device.device add column owner_rfc text;
