-- The mail outbox: every e-mail the city sends is written here in the transaction of the change that
-- caused it, then delivered by the `mail.deliver` job. The row holds the message (personal data);
-- logs only ever name its id.
create schema mail;

create table mail.outbox (
  id uuid primary key default gen_random_uuid(),
  recipient text not null,
  subject text not null,
  text_body text not null,
  html_body text,
  -- queued: waiting for its job; sent: accepted by the SMTP server; failed: the last try failed (the job
  -- retries); captured: kept here on purpose, because no SMTP server is configured (development, tests).
  state text not null default 'queued' check (state in ('queued', 'sent', 'failed', 'captured')),
  attempts integer not null default 0,
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);

-- The dev mail viewer lists newest first; retention will delete oldest first.
create index outbox_created_at on mail.outbox (created_at);
