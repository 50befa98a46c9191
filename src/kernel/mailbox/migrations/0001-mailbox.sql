-- The Postkorb: messages from the city to one account, and the files attached to them.
-- A message's state is explicit (unread → read → archived, and back from archived to read); the checks
-- keep the timestamps in step with it, so no query has to infer the state from them.
create schema mailbox;

create table mailbox.message (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references identity.account (id) on delete cascade,
  sender_department_id text not null references catalogue.department (id),
  subject text not null check (length(subject) between 1 and 200 and subject !~ '[\r\n]'),
  -- Plain text with a tiny markdown subset (paragraphs, bullet lists, links); rendered escaped, never as HTML.
  body text not null check (length(body) between 1 and 20000),
  -- The case this message is about, once cases exist: the reference people see and a path inside the site.
  case_ref text check (length(case_ref) between 1 and 100),
  case_url text check (case_url ~ '^/[^/\\]'),
  state text not null default 'unread' check (state in ('unread', 'read', 'archived')),
  created_at timestamptz not null default now(),
  read_at timestamptz,
  archived_at timestamptz,
  check ((case_ref is null) = (case_url is null)),
  check ((state = 'unread') = (read_at is null)),
  check ((state = 'archived') = (archived_at is not null))
);

-- The list pages: one account's messages, newest first, per box.
create index message_account_idx on mailbox.message (account_id, created_at desc);
-- The header's unread count on every page a citizen sees: only the unread rows are in this index.
create index message_unread_idx on mailbox.message (account_id) where state = 'unread';

-- Files arrive with the files issue; until then nothing writes here and the page lists what there is.
-- storage_key names the object in the file store, never a path the browser sees.
create table mailbox.attachment (
  id uuid primary key default gen_random_uuid(),
  message_id uuid not null references mailbox.message (id) on delete cascade,
  file_name text not null check (length(file_name) between 1 and 255),
  content_type text not null,
  size_bytes bigint not null check (size_bytes >= 0),
  storage_key text not null unique,
  created_at timestamptz not null default now()
);

create index attachment_message_idx on mailbox.attachment (message_id);
