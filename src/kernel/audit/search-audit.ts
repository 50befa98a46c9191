// Reads the audit log for platform administrators: filter by action, actor, subject and time, newest first.
import type { Executor } from "../../platform/db/index.ts";

export interface AuditQuery {
  action?: string | undefined;
  actorId?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
  offset: number;
}

export interface AuditEntry {
  id: string;
  at: Date;
  actorKind: string;
  actorId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  requestId: string | null;
  detail: Record<string, unknown>;
}

export async function searchAudit(db: Executor, q: AuditQuery): Promise<{ entries: AuditEntry[]; total: number }> {
  let query = db.selectFrom("audit.record");
  if (q.action) query = q.action.endsWith(".") ? query.where("action", "like", `${q.action}%`) : query.where("action", "=", q.action);
  if (q.actorId) query = query.where("actor_id", "=", q.actorId);
  if (q.subjectType) query = query.where("subject_type", "=", q.subjectType);
  if (q.subjectId) query = query.where("subject_id", "=", q.subjectId);
  if (q.from) query = query.where("at", ">=", q.from);
  if (q.to) query = query.where("at", "<", q.to);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy("at", "desc").orderBy("id", "desc").limit(q.limit).offset(q.offset).execute(),
    query.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorKind: r.actor_kind,
      actorId: r.actor_id,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      requestId: r.request_id,
      detail: r.detail,
    })),
  };
}
