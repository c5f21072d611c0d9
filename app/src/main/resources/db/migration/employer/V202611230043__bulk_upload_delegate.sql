-- The delegate who submitted a bulk upload, if one did: the worker re-checks that its access still
-- stands (not revoked, the registro still granted) before filing anything of the file.
alter table employer.bulk_upload add column access_delegate uuid;
