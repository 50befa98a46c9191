-- Sessions live in the database so that any app node can serve any request and "log out everywhere"
-- really ends every session. Only a hash of the cookie's token is stored: a copy of this table opens nothing.
create table identity.session (
  token_hash bytea primary key,
  account_id uuid not null references identity.account (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  -- Absolute end, whatever the activity; the idle end is last_seen_at + the policy's idle time.
  expires_at timestamptz not null,
  method text not null check (method in ('password', 'passkey', 'oidc')),
  -- Trust level the identity provider vouched for (BundID: level1 = basisregistriert, level3 = substantiell, level4 = hoch).
  acr text check (acr in ('level1', 'level3', 'level4')),
  -- Staff need a second factor before the session acts as staff; null until it was given.
  second_factor_at timestamptz
);

create index session_account_idx on identity.session (account_id);
create index session_expires_idx on identity.session (expires_at);
