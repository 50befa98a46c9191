-- Append-only audit records: who did what to which thing, when, from which request.
-- Written in the same transaction as the change, so a change without its record cannot exist.
create schema audit;

create table audit.record (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_kind text not null check (actor_kind in ('anonymous', 'citizen', 'staff', 'system')),
  actor_id uuid,
  action text not null check (action ~ '^[a-z0-9-]+(\.[a-z0-9-]+)+$'),
  subject_type text,
  subject_id text,
  request_id text,
  detail jsonb not null default '{}'::jsonb
);

create index record_at_idx on audit.record (at desc);
create index record_actor_idx on audit.record (actor_id, at desc) where actor_id is not null;
create index record_subject_idx on audit.record (subject_type, subject_id, at desc);
create index record_action_idx on audit.record (action, at desc);

-- Records are never changed. Deleting is only for the retention job, which sets audit.retention = 'on'
-- in its own transaction; anything else that tries is refused by the database itself.
create function audit.refuse_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and current_setting('audit.retention', true) = 'on' then
    return old;
  end if;
  raise exception 'audit records are append-only (%)', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger record_append_only before update or delete on audit.record
  for each row execute function audit.refuse_change();
