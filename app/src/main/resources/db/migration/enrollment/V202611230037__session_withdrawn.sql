-- Withdrawing consent ends the person's open session (WITHDRAWN): nothing captured under the
-- withdrawn consent can be submitted later, and a new consent starts a new session.
alter table enrollment.session drop constraint session_state_check;
alter table enrollment.session add constraint session_state_check check (state in ('OPEN', 'SUBMITTED', 'WITHDRAWN'));
