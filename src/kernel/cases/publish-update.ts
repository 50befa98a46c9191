// A public update ("Maßnahme"): what the city did about a case, in words for everyone. The citizen always
// sees it and is told; the public sees it on the case's public page when the case is public. It answers
// the citizen, so it counts as the first response and clears the "new reply" marker.
import { z } from "zod";
import { recordAudit } from "../audit/index.ts";
import { can, type Actor } from "../identity/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import type { CaseDeps, CaseRefusal } from "./case-deps.ts";
import { lockCase, saveCase } from "./case-row.ts";
import { notifyCitizen } from "./notify-citizen.ts";
import { answeredChanges } from "./staff-answer.ts";
import { appendTimelineEntry, authorOf } from "./timeline-write.ts";

export const publishUpdateInput = z.object({
  caseId: z.string().min(1),
  text: z.string().trim().min(1).max(5000),
  /** The version the form showed; without it the update is appended to whatever the case is now. */
  expectedVersion: z.coerce.number().int().positive().optional(),
});

export type PublishUpdateInput = z.input<typeof publishUpdateInput>;

export type PublishUpdateResult = { ok: true; version: number; entryId: string } | CaseRefusal;

export async function publishUpdate(tx: Tx, deps: CaseDeps, actor: Actor, input: PublishUpdateInput, now = new Date()): Promise<PublishUpdateResult> {
  const parsed = publishUpdateInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-input", fields: [...new Set(parsed.error.issues.map((i) => i.path.join(".")))] };
  const { caseId, text, expectedVersion } = parsed.data;
  const row = await lockCase(tx, caseId);
  if (!row || !can(actor, "case.read", { departmentId: row.department_id })) return { ok: false, reason: "not-found" };
  if (!can(actor, "case.act", { departmentId: row.department_id })) return { ok: false, reason: "not-allowed" };
  if (expectedVersion !== undefined && row.version !== expectedVersion) return { ok: false, reason: "stale", currentVersion: row.version };

  const changes = answeredChanges(row, now);
  const version = await saveCase(tx, row, changes);
  const entryId = await appendTimelineEntry(tx, row, { type: "public-update", visibility: "public", author: authorOf(actor), body: text });
  const notified = await notifyCitizen(tx, deps, actor, { ...row, ...changes }, { event: "public-update", text });
  await recordAudit(tx, actor, "case.update-published", { type: "cases.case", id: row.id }, { entryId, notified });
  return { ok: true, version, entryId };
}
