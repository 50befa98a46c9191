-- Platform tables that are not the migration log itself (that one is created by the runner).
create extension if not exists pg_trgm;
create extension if not exists unaccent;
create extension if not exists btree_gist;
create extension if not exists citext;
create extension if not exists pgcrypto;

-- Secrets the installation makes for itself when none are configured (development only).
create table platform.secret (
  name text primary key,
  value text not null,
  created_at timestamptz not null default now()
);
