-- How often each service page is viewed and its online offer started, per day, and which service page people
-- open next from another one. Counts only: no address, no cookie, no visitor id — nothing that points at a person.
create schema if not exists portal;

create table portal.service_usage (
  day date not null,
  service_id text not null,
  views integer not null default 0 check (views >= 0),
  starts integer not null default 0 check (starts >= 0),
  primary key (day, service_id)
);

-- "Often used together": a view of `to_service_id` whose Referer was the page of `from_service_id`.
create table portal.service_pair (
  day date not null,
  from_service_id text not null,
  to_service_id text not null,
  count integer not null default 0 check (count >= 0),
  primary key (day, from_service_id, to_service_id),
  check (from_service_id <> to_service_id)
);
