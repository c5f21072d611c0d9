-- A delegate's API tokens name the delegate, so that revoking it deletes them at once.
alter table employer.api_token add column delegate_id uuid references employer.delegate (id);
-- Delegates' tokens issued before cannot be tied to their delegate: they end now (they last thirty minutes anyway).
delete from employer.api_token where delegate;
alter table employer.api_token add constraint api_token_delegate_named check (delegate = (delegate_id is not null));
create index api_token_delegate on employer.api_token (delegate_id) where delegate_id is not null;
