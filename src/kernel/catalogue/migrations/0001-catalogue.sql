-- The service catalogue: departments, locations with opening hours, services and life situations.
-- Texts are jsonb objects keyed by language ({"de": …, "en": …}); German is always present.
create schema catalogue;

create table catalogue.department (
  id text primary key check (id ~ '^[a-z0-9-]+$'),
  short_name text not null,
  name jsonb not null check (name ? 'de'),
  email text,
  phone text,
  updated_at timestamptz not null default now()
);

create table catalogue.location (
  id text primary key check (id ~ '^[a-z0-9-]+$'),
  department_id text not null references catalogue.department (id),
  name jsonb not null check (name ? 'de'),
  street text not null,
  postal_code text not null,
  city text not null,
  longitude double precision,
  latitude double precision,
  accessible boolean not null default false,
  accessibility_note jsonb,
  updated_at timestamptz not null default now()
);

-- Weekday as ISO 8601: 1 = Monday … 7 = Sunday. Several rows per day for split hours.
create table catalogue.opening_hours (
  location_id text not null references catalogue.location (id) on delete cascade,
  weekday smallint not null check (weekday between 1 and 7),
  opens time not null,
  closes time not null check (closes > opens),
  primary key (location_id, weekday, opens)
);

create table catalogue.service (
  id text primary key check (id ~ '^[a-z0-9-]+$'),
  leika_key text check (leika_key ~ '^99[0-9]{12}$'),
  name jsonb not null check (name ? 'de'),
  summary jsonb not null check (summary ? 'de'),
  synonyms text[] not null default '{}',
  department_id text not null references catalogue.department (id),
  online_kind text check (online_kind in ('form', 'appointment', 'report', 'external')),
  online_url text,
  -- Editorial weight 1..100; ranks "most used" until measured usage exists.
  popularity smallint not null default 50 check (popularity between 1 and 100),
  published boolean not null default true,
  updated_at timestamptz not null default now()
);

create table catalogue.service_location (
  service_id text not null references catalogue.service (id) on delete cascade,
  location_id text not null references catalogue.location (id) on delete cascade,
  primary key (service_id, location_id)
);

create table catalogue.life_situation (
  id text primary key check (id ~ '^[a-z0-9-]+$'),
  name jsonb not null check (name ? 'de'),
  introduction jsonb not null check (introduction ? 'de'),
  position smallint not null default 0,
  published boolean not null default true,
  updated_at timestamptz not null default now()
);

create table catalogue.life_situation_service (
  life_situation_id text not null references catalogue.life_situation (id) on delete cascade,
  service_id text not null references catalogue.service (id) on delete cascade,
  position smallint not null default 0,
  primary key (life_situation_id, service_id)
);

create index service_department_idx on catalogue.service (department_id);
create index location_department_idx on catalogue.location (department_id);
