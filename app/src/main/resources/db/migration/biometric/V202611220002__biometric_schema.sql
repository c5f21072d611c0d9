-- Biometric templates and images live only in this schema, apart from everything else; its tables
-- arrive with enrollment (issue 6). Other schemas refer to biometric subjects by opaque id only.
comment on schema biometric is 'Encrypted biometric templates and images; referenced elsewhere by opaque id only';
