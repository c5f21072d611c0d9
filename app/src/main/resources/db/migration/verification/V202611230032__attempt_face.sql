-- Whether a face photo was presented in the attempt (besides its fingers); never the photo.
alter table verification.attempt add column face boolean not null default false;
