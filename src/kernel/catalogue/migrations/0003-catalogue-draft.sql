-- Working copies of catalogue entries (issue #4's editor). An editor's saved changes wait here, in the
-- catalogue file's entry shape, until someone publishes them: the live tables (and so the citizens' pages)
-- change only then. A new location exists only here until its first publication, because locations have no
-- state of their own that could keep them off the public pages.
-- `updated_by` names the staff account without a foreign key: identity's tables come after the catalogue's
-- (ARCHITECTURE.md), and the audit log keeps who did what anyway.
-- Versions come from one sequence, so a number is never given out twice (not even after a working copy was
-- discarded and a new one saved): an editor's form that carries an old number is always recognised as old.
create sequence catalogue.draft_version;

create table catalogue.draft (
  entry_kind text not null check (entry_kind in ('service', 'location', 'life-situation')),
  entry_id text not null check (entry_id ~ '^[a-z0-9-]+$'),
  content jsonb not null check (jsonb_typeof(content) = 'object'),
  -- New with every save; with the entry's updated_at it tells a second editor that someone saved meanwhile.
  version integer not null default nextval('catalogue.draft_version'),
  updated_by uuid,
  updated_at timestamptz not null default now(),
  primary key (entry_kind, entry_id)
);
