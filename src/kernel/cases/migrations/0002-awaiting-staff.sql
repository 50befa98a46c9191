-- "Neue Antwort": set when the citizen writes to staff, cleared when staff answer in a way the citizen sees
-- (a public update, a message, a state change). The time of the oldest unanswered reply, so the inbox can
-- filter and sort by it.
alter table cases.case add column awaiting_staff_since timestamptz;

create index case_awaiting_staff_idx on cases.case (department_id, awaiting_staff_since) where awaiting_staff_since is not null;
