-- Narrows the one way to delete audit records: the retention job sets audit.retention = 'on' in its own
-- transaction (set_config(…, true)), and even then only records older than six months go. Six months is
-- what the texts promise for security events (AUDIT_RETENTION_MONTHS in kernel/audit/delete-old-audit-records.ts);
-- the code may keep records longer, never shorter without a new migration. Every other change is refused.
create or replace function audit.refuse_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE'
     and current_setting('audit.retention', true) = 'on'
     and old.at < now() - interval '6 months' then
    return old;
  end if;
  raise exception 'audit records are append-only (%)', tg_op using errcode = 'insufficient_privilege';
end;
$$;
