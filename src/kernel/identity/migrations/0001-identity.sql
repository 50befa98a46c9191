-- Accounts of citizens and staff, and the roles staff hold in departments.
-- Foundation only: registration, login, sessions and TOTP arrive with the identity issue (#3).
create schema identity;

create table identity.account (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('citizen', 'staff')),
  email citext not null unique,
  display_name text not null,
  password_hash text,
  created_at timestamptz not null default now()
);

-- A role is data: granted and revoked in the back office. department_id is null for platform-wide roles.
create table identity.role_grant (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references identity.account (id) on delete cascade,
  role text not null check (role in ('staff', 'department-admin', 'editor', 'platform-admin')),
  department_id text references catalogue.department (id),
  granted_at timestamptz not null default now(),
  unique nulls not distinct (account_id, role, department_id)
);
