-- Recurring jobs (jobs.schedule() in code): the period each one was last sent for. A worker process claims
-- a period here in the same transaction that sends its job, so however many workers run, one of them sends
-- it once per period; a worker whose clock lags finds a later period claimed and sends nothing.
create schema jobs;

create table jobs.schedule (
  name text primary key,
  slot timestamptz not null,
  sent_at timestamptz not null default now()
);
