-- Inbox indexes found missing by `npm run bench -- inbox` (100,000 cases, docs/performance.md): without them
-- the sort by due date reads and sorts every open case of the inbox for each page, and the counts per state
-- read every case of the department. (Newest first across departments: case_opened_idx, 0003.)

-- Open cases by due date: listInbox sorts `due_date asc nulls last, opened_at` (a btree's own order), which
-- case_due_idx cannot give because it leaves out cases without a due date. Also serves "overdue".
create index case_department_due_open_idx on cases.case (department_id, due_date, opened_at) where is_open;
create index case_due_open_idx on cases.case (due_date, opened_at) where is_open;

-- The inbox's counts per state over all states of a department: an index-only scan where the visibility map
-- is current (PostgreSQL's autovacuum keeps it so), instead of reading every row of the department.
create index case_department_state_idx on cases.case (department_id, state, is_open);

-- "Assigned to me" and "unassigned" in the open inbox: the counts per state of one assignee's (or nobody's)
-- open cases from the index alone; before, the platform-wide "unassigned" read the whole table.
create index case_open_assignee_idx on cases.case (assignee_id, state) where is_open;
