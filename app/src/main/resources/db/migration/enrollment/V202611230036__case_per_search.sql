-- A session may see more than one case: when an analyst finds the first match to be someone else,
-- the enrollment is searched again before it completes, and a new match opens a new case.
alter table enrollment.duplicate_case drop constraint duplicate_case_session_id_key;
create index duplicate_case_session on enrollment.duplicate_case (session_id, opened_at);
