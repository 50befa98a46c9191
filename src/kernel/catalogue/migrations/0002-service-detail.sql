-- The catalogue after the German standards (issue #4): everything a service page shows, life situation
-- steps, primary and secondary services, publication states, department contact, and a revision counter
-- that tells every app node the catalogue changed. Lists shown as a whole on a page (costs, documents,
-- prerequisites, procedure) are jsonb arrays on the service; links between entries are tables with keys.

-- Publication is an explicit state (draft → published → archived), not a boolean: a flag cannot say
-- "archived", and inferring a state from timestamps went wrong elsewhere (GOV.UK Forms ADR025).
-- `published` stays as a generated column, so readers keep one cheap filter and no second truth exists.
alter table catalogue.service add column state text not null default 'published'
  check (state in ('draft', 'published', 'archived'));
update catalogue.service set state = case when published then 'published' else 'draft' end;
alter table catalogue.service drop column published;
alter table catalogue.service add column published boolean generated always as (state = 'published') stored;

alter table catalogue.life_situation add column state text not null default 'published'
  check (state in ('draft', 'published', 'archived'));
update catalogue.life_situation set state = case when published then 'published' else 'draft' end;
alter table catalogue.life_situation drop column published;
alter table catalogue.life_situation add column published boolean generated always as (state = 'published') stored;

alter table catalogue.department add column website text check (website ~ '^https?://');

alter table catalogue.service
  add column description jsonb check (description ? 'de'),
  -- German search terms stay in `synonyms`; {"en": […]} holds terms newcomers type.
  add column other_synonyms jsonb not null default '{}' check (jsonb_typeof(other_synonyms) = 'object'),
  -- [{"label": {"de": …}, "amountCents": 3700}]; an empty array: no fixed fee can be named.
  add column costs jsonb not null default '[]' check (jsonb_typeof(costs) = 'array'),
  add column required_documents jsonb not null default '[]' check (jsonb_typeof(required_documents) = 'array'),
  add column prerequisites jsonb not null default '[]' check (jsonb_typeof(prerequisites) = 'array'),
  -- Ordered steps, each a text per language.
  add column procedure jsonb not null default '[]' check (jsonb_typeof(procedure) = 'array'),
  add column legal_basis text[] not null default '{}',
  add column processing_time jsonb check (processing_time ? 'de'),
  -- What the online offer points at inside Stadttor (a form, a report category), read by the component
  -- that `online_kind` names; `online_url` is the address of an external offer.
  add column online_target text,
  -- Login trust level the online offer needs (BundID: level1 basisregistriert, level3 substantiell, level4 hoch).
  add column trust_level text not null default 'none' check (trust_level in ('none', 'level1', 'level3', 'level4')),
  add column appointment_bookable boolean not null default false,
  add column appointment_minutes smallint check (appointment_minutes between 1 and 480),
  add constraint service_appointment_minutes check (not appointment_bookable or appointment_minutes is not null),
  add constraint service_online_url check (online_url ~ '^https?://'),
  add constraint service_online_offer check (online_kind is not null or (online_url is null and online_target is null));

-- "Das passt auch dazu", in the editors' order.
create table catalogue.service_relation (
  service_id text not null references catalogue.service (id) on delete cascade,
  related_service_id text not null references catalogue.service (id) on delete cascade,
  position smallint not null,
  primary key (service_id, related_service_id),
  check (service_id <> related_service_id)
);
create index service_relation_related_idx on catalogue.service_relation (related_service_id);
create index service_location_location_idx on catalogue.service_location (location_id);

-- Primary services are what the life situation is about; secondary ones are "also useful". Position
-- orders the services within their role.
alter table catalogue.life_situation_service add column role text not null default 'primary'
  check (role in ('primary', 'secondary'));
create index life_situation_service_service_idx on catalogue.life_situation_service (service_id);

create table catalogue.life_situation_step (
  life_situation_id text not null references catalogue.life_situation (id) on delete cascade,
  position smallint not null check (position >= 0),
  title jsonb not null check (title ? 'de'),
  text jsonb check (text ? 'de'),
  primary key (life_situation_id, position)
);

create table catalogue.life_situation_step_service (
  life_situation_id text not null,
  step_position smallint not null,
  service_id text not null references catalogue.service (id) on delete cascade,
  position smallint not null,
  primary key (life_situation_id, step_position, service_id),
  foreign key (life_situation_id, step_position)
    references catalogue.life_situation_step (life_situation_id, position) on delete cascade
);
create index life_situation_step_service_service_idx on catalogue.life_situation_step_service (service_id);

-- One row counting catalogue changes. Every app node keeps the catalogue in memory and compares this
-- number now and then (CatalogueCache), so a change made by another process (the import CLI, another
-- node) reaches all of them. Triggers bump it for every writing statement, so no writer can forget;
-- the import issues no statement when nothing changed, so a repeated import leaves it alone.
-- A missing row (a truncated test database) reads as revision 0.
create table catalogue.revision (
  id boolean primary key default true check (id),
  value bigint not null,
  changed_at timestamptz not null default now()
);
insert into catalogue.revision (value) values (0);

create function catalogue.bump_revision() returns trigger language plpgsql as $$
begin
  insert into catalogue.revision as r (id, value) values (true, 1)
    on conflict (id) do update set value = r.value + 1, changed_at = now();
  return null;
end;
$$;

create trigger department_revision after insert or update or delete on catalogue.department
  for each statement execute function catalogue.bump_revision();
create trigger location_revision after insert or update or delete on catalogue.location
  for each statement execute function catalogue.bump_revision();
create trigger opening_hours_revision after insert or update or delete on catalogue.opening_hours
  for each statement execute function catalogue.bump_revision();
create trigger service_revision after insert or update or delete on catalogue.service
  for each statement execute function catalogue.bump_revision();
create trigger service_location_revision after insert or update or delete on catalogue.service_location
  for each statement execute function catalogue.bump_revision();
create trigger service_relation_revision after insert or update or delete on catalogue.service_relation
  for each statement execute function catalogue.bump_revision();
create trigger life_situation_revision after insert or update or delete on catalogue.life_situation
  for each statement execute function catalogue.bump_revision();
create trigger life_situation_service_revision after insert or update or delete on catalogue.life_situation_service
  for each statement execute function catalogue.bump_revision();
create trigger life_situation_step_revision after insert or update or delete on catalogue.life_situation_step
  for each statement execute function catalogue.bump_revision();
create trigger life_situation_step_service_revision after insert or update or delete on catalogue.life_situation_step_service
  for each statement execute function catalogue.bump_revision();
