-- Inbox: cases newest first across departments, for platform admins (and staff of several departments)
-- whose inbox is not limited to one department. The per-department indexes of 0001 can't give that order,
-- so without it every page — and deep pages of "all" most of all — sorted the whole table.
create index case_opened_idx on cases.case (opened_at desc);
