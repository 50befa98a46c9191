-- Staff login: the TOTP second factor, single-use links to set a password, and staff login attempts.

-- One authenticator per staff account. The secret is stored encrypted (AES-256-GCM under a key derived from
-- the app secret): a copy of the database alone does not yield working codes. confirmed_at is null while
-- enrolment waits for the first code; last_used_step refuses a code used again within its 30 s window.
create table identity.staff_totp (
  account_id uuid primary key references identity.account (id) on delete cascade,
  secret_encrypted text not null,
  confirmed_at timestamptz,
  last_used_step bigint,
  created_at timestamptz not null default now()
);

-- Links that let a new staff member set their password. Only the SHA-256 of the token is stored.
create table identity.staff_password_token (
  token_hash bytea primary key,
  account_id uuid not null references identity.account (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

create index staff_password_token_account_idx on identity.staff_password_token (account_id);

-- Failed and successful staff login steps, for the per-account limit. email_key is the SHA-256 of the lower-cased
-- address typed in, known or not, so the limit behaves the same for addresses without an account.
create table identity.staff_login_attempt (
  id bigint generated always as identity primary key,
  email_key bytea not null,
  stage text not null check (stage in ('password', 'totp')),
  succeeded boolean not null,
  attempted_at timestamptz not null default now()
);

create index staff_login_attempt_email_idx on identity.staff_login_attempt (email_key, attempted_at);
