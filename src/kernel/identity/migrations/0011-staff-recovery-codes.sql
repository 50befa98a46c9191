-- Recovery codes: ten single-use codes a staff member keeps on paper for when the authenticator app is lost.
-- Only their SHA-256 is stored (each code carries 50 random bits, so a slow hash adds nothing).
create table identity.staff_recovery_code (
  account_id uuid not null references identity.account (id) on delete cascade,
  code_hash bytea not null,
  created_at timestamptz not null default now(),
  used_at timestamptz,
  primary key (account_id, code_hash)
);
