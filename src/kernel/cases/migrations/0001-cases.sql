-- Cases (Vorgänge): every report, complaint, idea or submission that a department processes to the end,
-- with its timeline. Kinds and their state machines live in code (registered by components); the database
-- keeps what a case is now, and an append-only history of how it got there.
create schema cases;

-- Reference numbers are counted per year without gaps that reveal volume to a guesser; the counter row
-- is locked by the insert that takes the next number, so two new cases never share one.
create table cases.reference_counter (
  year int primary key,
  last_number int not null check (last_number >= 0)
);

create table cases.case (
  id uuid primary key default gen_random_uuid(),
  -- What people read and type: "M-2026-004711". Citizens' URLs use it, never the internal id.
  reference text not null unique check (reference ~ '^[A-Z]{1,4}-[0-9]{4}-[0-9]{6,}$'),
  kind text not null check (length(kind) between 1 and 100),
  state text not null check (length(state) between 1 and 100),
  -- Copied from the kind's state definition on every change, so inbox filters need no code.
  is_open boolean not null,
  title text not null check (length(title) between 1 and 200),
  description text not null default '' check (length(description) <= 20000),
  category text check (length(category) between 1 and 100),
  department_id text not null references catalogue.department (id),
  assignee_id uuid references identity.account (id) on delete set null,
  priority text not null default 'normal' check (priority in ('low', 'normal', 'high', 'urgent')),
  -- The citizen: an account, or a contact address that reaches the case through a secret link.
  account_id uuid references identity.account (id) on delete set null,
  contact_email text check (length(contact_email) between 3 and 320),
  -- Per-case salt of the secret link (the link is an HMAC over it with the app secret, see access-link.ts):
  -- a new salt revokes every link sent before.
  access_salt bytea not null default gen_random_bytes(16),
  contact_locale text not null default 'de' check (contact_locale in ('de', 'en')),
  is_public boolean not null default false,
  opened_at timestamptz not null default now(),
  first_response_at timestamptz,
  closed_at timestamptz,
  -- Berlin calendar date the case is due (working-day rules of its kind), as ISO text ("2026-12-04"): both
  -- drivers would turn a `date` into a Date at local midnight; ISO text compares in SQL just as well.
  due_date text check (due_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  -- Set while the case waits for the citizen: the clock stops and due_date moves on when it resumes.
  paused_at timestamptz,
  -- Optimistic concurrency: every change bumps it; a form sends the version it showed.
  version int not null default 1,
  updated_at timestamptz not null default now(),
  search tsvector generated always as (
    setweight(to_tsvector('german', reference), 'A') ||
    setweight(to_tsvector('german', title), 'A') ||
    setweight(to_tsvector('german', description), 'B')
  ) stored,
  check (is_open = (closed_at is null))
);

-- Inbox: a department's cases, newest first, with the usual filters. Partial indexes keep "open" small.
create index case_department_opened_idx on cases.case (department_id, opened_at desc);
create index case_department_open_idx on cases.case (department_id, state, opened_at desc) where is_open;
create index case_assignee_idx on cases.case (assignee_id, opened_at desc) where assignee_id is not null;
create index case_due_idx on cases.case (department_id, due_date) where is_open and due_date is not null;
create index case_account_idx on cases.case (account_id, opened_at desc) where account_id is not null;
create index case_search_idx on cases.case using gin (search);

-- Periods in which a case waited for the citizen; the open one has no ended_at.
create table cases.pause (
  case_id uuid not null references cases.case (id) on delete cascade,
  started_at timestamptz not null,
  ended_at timestamptz,
  primary key (case_id, started_at),
  check (ended_at is null or ended_at >= started_at)
);

-- The timeline: append-only. A correction is a new entry; nothing is edited or deleted except with the case.
create table cases.timeline_entry (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases.case (id) on delete cascade,
  seq int not null,
  type text not null check (type in (
    'created', 'state-changed', 'public-update', 'internal-note', 'message-to-citizen',
    'message-from-citizen', 'assigned', 'reassigned', 'priority-changed', 'due-date-changed', 'attachment'
  )),
  -- public: everyone for a public case, and always the citizen; citizen: the citizen and staff; internal: staff.
  visibility text not null check (visibility in ('public', 'citizen', 'internal')),
  author_kind text not null check (author_kind in ('citizen', 'staff', 'system', 'anonymous')),
  author_id uuid references identity.account (id) on delete set null,
  -- The staff member's name as it was, for staff views; citizens and the public see the department.
  author_name text check (length(author_name) <= 200),
  department_id text not null references catalogue.department (id),
  body text check (length(body) between 1 and 20000),
  from_state text,
  to_state text,
  -- Small structured facts: previous/new department and reason, priority, due date, assignee name.
  detail jsonb not null default '{}',
  created_at timestamptz not null default now(),
  unique (case_id, seq),
  check (type <> 'internal-note' or visibility = 'internal')
);

create function cases.timeline_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' then
    raise exception 'cases.timeline_entry is append-only';
  end if;
  -- A DELETE arrives only through the cascade from cases.case (erasure of a whole case).
  if pg_trigger_depth() < 2 then
    raise exception 'cases.timeline_entry is append-only';
  end if;
  return old;
end $$;

create trigger timeline_append_only before update or delete on cases.timeline_entry
  for each row execute function cases.timeline_append_only();

-- Answers a department keeps ready for public updates and messages; placeholders like {aktenzeichen}.
create table cases.response_template (
  id uuid primary key default gen_random_uuid(),
  department_id text not null references catalogue.department (id),
  title text not null check (length(title) between 1 and 120),
  body text not null check (length(body) between 1 and 5000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (department_id, title)
);
