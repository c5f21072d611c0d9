-- Delegates' TOTP seeds are sealed (AES-256-GCM under a key kept outside the database). Rows stored
-- before are marked unsealed here and sealed by the application on its next start.
alter table employer.delegate add column totp_sealed boolean not null default false;
