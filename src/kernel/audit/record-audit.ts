// Writes one audit record inside the caller's transaction. The detail is small and never holds secrets
// (passwords, tokens) or message bodies: what changed, not the personal data itself.
import type { Tx } from "../../platform/db/index.ts";
import type { AuditActorKind } from "./tables.ts";

/** Who acted, as far as audit needs to know; identity's Actor fits this shape. */
export interface AuditActor {
  kind: AuditActorKind;
  id?: string | undefined;
  /** The request that caused the change, so a record can be matched with the logs. */
  requestId?: string | undefined;
}

export interface AuditSubject {
  type: string;
  id: string;
}

export async function recordAudit(
  tx: Tx,
  actor: AuditActor,
  action: string,
  subject?: AuditSubject,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await tx
    .insertInto("audit.record")
    .values({
      actor_kind: actor.kind,
      actor_id: actor.kind === "anonymous" ? null : (actor.id ?? null),
      action,
      subject_type: subject?.type ?? null,
      subject_id: subject?.id ?? null,
      request_id: actor.requestId ?? null,
      detail,
    })
    .execute();
}
