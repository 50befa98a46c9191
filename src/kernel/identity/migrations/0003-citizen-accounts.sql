-- Citizen accounts: confirmed e-mail, profile and notification preference, single-use e-mail links,
-- and the login attempts that rate limits and lockouts count.
alter table identity.account
  add column email_confirmed_at timestamptz,
  add column street text,
  add column postal_code text,
  add column city text,
  add column preferred_language text check (preferred_language in ('de', 'en')),
  -- E-mail me when a new Postkorb message arrives (the mail says only that there is one).
  add column notify_by_email boolean not null default true;

-- Links sent by e-mail. Only the SHA-256 of the token is stored, so a copy of this table opens nothing.
-- new_email holds the address a change-email link confirms.
create table identity.account_token (
  token_hash bytea primary key,
  account_id uuid not null references identity.account (id) on delete cascade,
  purpose text not null check (purpose in ('confirm-email', 'reset-password', 'change-email')),
  new_email citext,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

create index account_token_account_idx on identity.account_token (account_id, purpose);

-- One row per login attempt. email_key is the SHA-256 of the lower-cased address typed in, known or not,
-- so that the lockout looks the same for addresses without an account (no way to find out who has one).
create table identity.login_attempt (
  id bigint generated always as identity primary key,
  email_key bytea not null,
  ip text not null,
  succeeded boolean not null,
  attempted_at timestamptz not null default now()
);

create index login_attempt_email_idx on identity.login_attempt (email_key, attempted_at);
create index login_attempt_ip_idx on identity.login_attempt (ip, attempted_at);
