// A message from staff to the citizen about their case (a question, an answer): the citizen sees it on
// their case page and is told; the public never sees it. A case nobody can be reached for is refused
// before anything is written, so staff know the message would go nowhere.
import { z } from "zod";
import { recordAudit } from "../audit/index.ts";
import { can, type Actor } from "../identity/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import type { CaseDeps, CaseRefusal } from "./case-deps.ts";
import { lockCase, saveCase } from "./case-row.ts";
import { notifyCitizen } from "./notify-citizen.ts";
import { answeredChanges } from "./staff-answer.ts";
import { appendTimelineEntry, authorOf } from "./timeline-write.ts";

export const messageCitizenInput = z.object({
  caseId: z.string().min(1),
  text: z.string().trim().min(1).max(10_000),
});

export type MessageCitizenInput = z.input<typeof messageCitizenInput>;

export type MessageCitizenResult = { ok: true; version: number; entryId: string; notified: "postkorb" | "mail" } | CaseRefusal | { ok: false; reason: "no-contact" };

export async function messageCitizen(tx: Tx, deps: CaseDeps, actor: Actor, input: MessageCitizenInput, now = new Date()): Promise<MessageCitizenResult> {
  const parsed = messageCitizenInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-input", fields: [...new Set(parsed.error.issues.map((i) => i.path.join(".")))] };
  const { caseId, text } = parsed.data;
  const row = await lockCase(tx, caseId);
  if (!row || !can(actor, "case.read", { departmentId: row.department_id })) return { ok: false, reason: "not-found" };
  if (!can(actor, "case.act", { departmentId: row.department_id })) return { ok: false, reason: "not-allowed" };
  if (!row.account_id && !row.contact_email) return { ok: false, reason: "no-contact" };

  const changes = answeredChanges(row, now);
  const version = await saveCase(tx, row, changes);
  const entryId = await appendTimelineEntry(tx, row, { type: "message-to-citizen", visibility: "citizen", author: authorOf(actor), body: text });
  const notified = await notifyCitizen(tx, deps, actor, { ...row, ...changes }, { event: "message", text });
  if (notified === "none") throw new Error("a case with a contact was not notified"); // checked above; keeps the type honest
  await recordAudit(tx, actor, "case.citizen-messaged", { type: "cases.case", id: row.id }, { entryId, notified });
  return { ok: true, version, entryId, notified };
}
