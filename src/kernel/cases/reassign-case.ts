// Handing a case to another department (routing correction): the case leaves the old department's inbox
// unassigned, the new department is told at its official address, and the citizen learns which department
// has it now. The reason is for staff only (timeline-read.ts drops it for everyone else).
import { z } from "zod";
import { recordAudit } from "../audit/index.ts";
import { departmentContact } from "../catalogue/index.ts";
import { can, type Actor } from "../identity/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import { defineMessages } from "../../platform/i18n/index.ts";
import { enqueueMail } from "../../platform/mail/index.ts";
import { previousAssigneeName } from "./assignee-name.ts";
import type { CaseDeps, CaseRefusal } from "./case-deps.ts";
import { lockCase, saveCase } from "./case-row.ts";
import { appendTimelineEntry, authorOf } from "./timeline-write.ts";

export const reassignCaseInput = z.object({
  caseId: z.string().min(1),
  departmentId: z.string().min(1).max(100),
  reason: z.string().trim().min(1).max(2000),
  expectedVersion: z.coerce.number().int().positive(),
});

export type ReassignCaseInput = z.input<typeof reassignCaseInput>;

export type ReassignCaseResult = { ok: true; version: number; departmentId: string; departmentNotified: boolean } | CaseRefusal;

// The mail to the new department: the reference and a link into the back office, nothing of the case's
// content, because the mail leaves the platform. Staff read the reason after logging in.
const departmentMail = defineMessages({
  de: {
    subject: (ref: string) => `Vorgang ${ref} wurde an Sie abgegeben`,
    text: (ref: string, from: string, link: string) =>
      `Guten Tag,\n\nder Vorgang ${ref} wurde an Ihr Referat abgegeben (abgebende Stelle: ${from}).\n\nDen Vorgang und den Grund der Abgabe finden Sie im Backoffice:\n${link}\n\nDiese E-Mail wurde automatisch versandt.`,
  },
  en: {
    subject: (ref: string) => `Case ${ref} was handed to you`,
    text: (ref: string, from: string, link: string) =>
      `Hello,\n\ncase ${ref} was handed to your department (handed on by: ${from}).\n\nThe case and the reason are in the back office:\n${link}\n\nThis e-mail was sent automatically.`,
  },
});

export async function reassignCase(tx: Tx, deps: CaseDeps, actor: Actor, input: ReassignCaseInput): Promise<ReassignCaseResult> {
  const parsed = reassignCaseInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-input", fields: [...new Set(parsed.error.issues.map((i) => i.path.join(".")))] };
  const { caseId, departmentId, reason, expectedVersion } = parsed.data;
  const row = await lockCase(tx, caseId);
  if (!row || !can(actor, "case.read", { departmentId: row.department_id })) return { ok: false, reason: "not-found" };
  if (!can(actor, "case.reassign", { departmentId: row.department_id })) return { ok: false, reason: "not-allowed" };
  if (row.version !== expectedVersion) return { ok: false, reason: "stale", currentVersion: row.version };
  const target = departmentId === row.department_id ? undefined : await departmentContact(tx, departmentId);
  if (!target) return { ok: false, reason: "invalid-input", fields: ["departmentId"] };
  const from = await departmentContact(tx, row.department_id);

  const previousAssignee = await previousAssigneeName(tx, row);
  const version = await saveCase(tx, row, { department_id: target.id, assignee_id: null });
  // Recorded under the department that handed it on (row still names it), visible to the citizen.
  await appendTimelineEntry(tx, row, {
    type: "reassigned",
    visibility: "citizen",
    author: authorOf(actor),
    detail: { fromDepartmentId: row.department_id, toDepartmentId: target.id, reason, ...(previousAssignee ? { previousAssigneeName: previousAssignee } : {}) },
  });
  if (target.email) {
    const m = departmentMail.in("de");
    const link = `${deps.publicUrl.replace(/\/$/, "")}/verwaltung/vorgaenge/${row.reference}`;
    await enqueueMail(tx, deps.jobs, { to: target.email, subject: m.subject(row.reference), text: m.text(row.reference, from?.name.de ?? row.department_id, link) });
  }
  await recordAudit(tx, actor, "case.reassigned", { type: "cases.case", id: row.id }, { from: row.department_id, to: target.id, departmentNotified: Boolean(target.email) });
  return { ok: true, version, departmentId: target.id, departmentNotified: Boolean(target.email) };
}
