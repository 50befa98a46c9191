// Removing one of a department's response templates (department admins). Texts already sent with it stay
// in the timelines: they were copied, not linked.
import { z } from "zod";
import { recordAudit } from "../audit/index.ts";
import { can, type Actor } from "../identity/index.ts";
import type { Tx } from "../../platform/db/index.ts";

export const deleteResponseTemplateInput = z.object({ id: z.uuid() });

export type DeleteResponseTemplateInput = z.input<typeof deleteResponseTemplateInput>;

export type DeleteResponseTemplateResult = { ok: true } | { ok: false; reason: "not-found" } | { ok: false; reason: "not-allowed" };

export async function deleteResponseTemplate(tx: Tx, actor: Actor, input: DeleteResponseTemplateInput): Promise<DeleteResponseTemplateResult> {
  const parsed = deleteResponseTemplateInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "not-found" };
  const template = await tx.selectFrom("cases.response_template").select(["id", "department_id", "title"]).where("id", "=", parsed.data.id).forUpdate().executeTakeFirst();
  if (!template || !can(actor, "case.read", { departmentId: template.department_id })) return { ok: false, reason: "not-found" };
  if (!can(actor, "case.templates.manage", { departmentId: template.department_id })) return { ok: false, reason: "not-allowed" };
  await tx.deleteFrom("cases.response_template").where("id", "=", template.id).execute();
  await recordAudit(tx, actor, "case.template-deleted", { type: "cases.response_template", id: template.id }, { departmentId: template.department_id, title: template.title });
  return { ok: true };
}
