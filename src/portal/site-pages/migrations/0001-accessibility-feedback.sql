-- Feedback on barriers, sent through the form of the accessibility statement (feedback mechanism required by
-- Art. 7 (1) (b) Directive (EU) 2016/2102, Art. 13 BayBGG). People quote the reference number (BF-2026-000123);
-- the receipt token opens their confirmation page and is the only key that ever appears in a URL.
create schema if not exists portal;

-- Numbers run on across years; the year in the reference is only for people reading it.
create sequence portal.accessibility_feedback_number;

create table portal.accessibility_feedback (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique,
  receipt_token text not null unique,
  message text not null check (char_length(message) between 10 and 4000),
  name text check (char_length(name) <= 200),
  email text check (char_length(email) <= 254),
  answer_wanted boolean not null,
  -- An answer needs an address to go to; the form says so too, this keeps every other writer honest.
  check (not answer_wanted or email is not null),
  locale text not null check (locale in ('de', 'en')),
  created_at timestamptz not null default now()
);

-- Retention deletes oldest first; the contact point's list shows newest first.
create index accessibility_feedback_created_at on portal.accessibility_feedback (created_at);
