// The citizen writes back about their case: from their account, or through the secret link. Staff see a
// "new reply" marker until they answer in a way the citizen sees (staff-answer.ts). When the case was
// waiting for this answer and the kind says so, the reply resumes it and the deadline clock runs again.
import { z } from "zod";
import { recordAudit, type AuditActor } from "../audit/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import { verifyAccessToken } from "./access-link.ts";
import type { CaseDeps } from "./case-deps.ts";
import { caseKind, findTransition, stateOf } from "./case-kind.ts";
import { lockCase, saveCase, type CaseRow } from "./case-row.ts";
import { clockChanges } from "./clock.ts";
import { appendTimelineEntry, type Author } from "./timeline-write.ts";

/** The longest reply a citizen may write (the reply form says so next to the field). */
export const REPLY_MAX = 5000;

export const replyAsCitizenInput = z.object({
  caseId: z.string().min(1),
  text: z.string().trim().min(1).max(REPLY_MAX),
  /**
   * Files uploaded beforehand, once the platform keeps files. Until then any id is refused rather than
   * silently dropped, so nobody believes a file arrived that did not.
   */
  attachmentIds: z.array(z.string()).max(0).default([]),
});

export type ReplyAsCitizenInput = z.input<typeof replyAsCitizenInput>;

/** How the citizen reaches the case: logged in with the owning account, or with the case's secret link. */
export type CitizenAccess = { accountId: string; requestId?: string } | { token: string; requestId?: string };

export type ReplyAsCitizenResult =
  | { ok: true; version: number; entryId: string; state: string; resumed: boolean }
  | { ok: false; reason: "not-found" }
  /** The case is closed and its kind takes no replies after closing. */
  | { ok: false; reason: "closed" }
  | { ok: false; reason: "invalid-input"; fields: string[] };

function mayReply(deps: CaseDeps, row: CaseRow, access: CitizenAccess): boolean {
  if ("accountId" in access) return row.account_id !== null && row.account_id === access.accountId;
  return row.account_id === null && verifyAccessToken(deps.secret, row, access.token);
}

export async function replyAsCitizen(tx: Tx, deps: CaseDeps, input: ReplyAsCitizenInput, access: CitizenAccess, now = new Date()): Promise<ReplyAsCitizenResult> {
  const parsed = replyAsCitizenInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-input", fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "")))] };
  const { caseId, text } = parsed.data;
  const row = await lockCase(tx, caseId);
  if (!row || !mayReply(deps, row, access)) return { ok: false, reason: "not-found" };
  const kind = caseKind(row.kind);
  if (!row.is_open && !kind?.repliesWhenClosed) return { ok: false, reason: "closed" };

  const waiting = kind ? stateOf(kind, row.state).pausesClock === true : false;
  const resume = kind && waiting && kind.resumeOnCitizenReply ? findTransition(kind, row.state, kind.resumeOnCitizenReply) : undefined;
  const changes: Partial<CaseRow> = { awaiting_staff_since: row.awaiting_staff_since ?? now };
  if (kind && resume) {
    const to = stateOf(kind, resume.to);
    Object.assign(changes, { state: resume.to, is_open: to.open, closed_at: to.open ? null : now }, await clockChanges(tx, row, Boolean(to.pausesClock), now));
  }
  const version = await saveCase(tx, row, changes);

  const author: Author = "accountId" in access ? { kind: "citizen", id: access.accountId, name: null } : { kind: "anonymous", id: null, name: null };
  const entryId = await appendTimelineEntry(tx, row, { type: "message-from-citizen", visibility: "citizen", author, body: text });
  if (resume) {
    await appendTimelineEntry(tx, row, {
      type: "state-changed",
      visibility: "public",
      author: { kind: "system", id: null, name: null },
      fromState: row.state,
      toState: resume.to,
      detail: { action: resume.action, trigger: "citizen-reply" },
    });
  }
  const actor: AuditActor = "accountId" in access ? { kind: "citizen", id: access.accountId, requestId: access.requestId } : { kind: "anonymous", requestId: access.requestId };
  await recordAudit(tx, actor, "case.citizen-replied", { type: "cases.case", id: row.id }, { entryId, via: "accountId" in access ? "account" : "access-link", resumed: resume?.action ?? null });
  return { ok: true, version, entryId, state: resume?.to ?? row.state, resumed: Boolean(resume) };
}
