-- A session may be assigned to a registered capture station, which then sends its samples.
alter table enrollment.session add column station_id uuid;
