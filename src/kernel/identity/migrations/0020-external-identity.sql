-- Logins through an external OpenID Connect provider (BundID for citizens, the city's SSO for staff).
-- An account is found by the provider's (issuer, subject) pair, never by e-mail alone: e-mails change hands.
create table identity.external_identity (
  id uuid primary key default gen_random_uuid(),
  issuer text not null,
  subject text not null,
  account_id uuid not null references identity.account (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_login_at timestamptz not null default now(),
  unique (issuer, subject)
);

create index external_identity_account_idx on identity.external_identity (account_id);

-- One row per login that went to the provider and has not come back yet. The browser holds only a random
-- handle (cookie); state, nonce and the PKCE verifier stay here, so any app node can finish the login,
-- and the row is used once. Only the handle's SHA-256 is stored.
create table identity.oidc_flow (
  handle_hash bytea primary key,
  audience text not null check (audience in ('citizen', 'staff')),
  state text not null,
  nonce text not null,
  code_verifier text not null,
  return_to text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);

create index oidc_flow_expires_idx on identity.oidc_flow (expires_at);
