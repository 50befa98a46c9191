-- Passkeys (WebAuthn credentials) of citizen accounts, and the single-use challenges of their ceremonies.
create table identity.passkey (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references identity.account (id) on delete cascade,
  -- base64url credential id as the authenticator reports it; unique across all accounts.
  credential_id text not null unique,
  public_key bytea not null,
  -- Signature counter: a counter that goes backwards betrays a cloned authenticator.
  counter bigint not null default 0,
  transports text[] not null default '{}',
  name text not null check (char_length(name) between 1 and 100),
  created_at timestamptz not null default now(),
  last_used_at timestamptz
);

create index passkey_account_idx on identity.passkey (account_id);

-- A challenge is stored on the server (any node can check it), expires after minutes and is deleted on use,
-- so a captured answer cannot be replayed. account_id is set for registrations, null for logins.
create table identity.webauthn_challenge (
  challenge text primary key,
  purpose text not null check (purpose in ('register', 'login')),
  account_id uuid references identity.account (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);

create index webauthn_challenge_expires_idx on identity.webauthn_challenge (expires_at);
