// Keeping a department's response templates: create one, or change an existing one. Department admins do
// this (case.templates.manage); placeholders must be ones fillTemplate knows, so a typo shows on saving
// instead of in a letter to a citizen.
import { sql } from "kysely";
import { z } from "zod";
import { recordAudit } from "../audit/index.ts";
import { can, type Actor } from "../identity/index.ts";
import { isUniqueViolation, type Tx } from "../../platform/db/index.ts";
import { unknownPlaceholders } from "./response-templates.ts";

export const saveResponseTemplateInput = z.object({
  /** Absent: a new template. */
  id: z.uuid().optional(),
  departmentId: z.string().min(1).max(100),
  title: z.string().trim().min(1).max(120),
  body: z.string().trim().min(1).max(5000),
});

export type SaveResponseTemplateInput = z.input<typeof saveResponseTemplateInput>;

export type SaveResponseTemplateResult =
  | { ok: true; id: string; created: boolean }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "not-allowed" }
  /** The department already has a template of that title. */
  | { ok: false; reason: "title-taken" }
  /** fields; for "body", unknownPlaceholders names the placeholders not known. */
  | { ok: false; reason: "invalid-input"; fields: string[]; unknownPlaceholders?: string[] };

export async function saveResponseTemplate(tx: Tx, actor: Actor, input: SaveResponseTemplateInput, now = new Date()): Promise<SaveResponseTemplateResult> {
  const parsed = saveResponseTemplateInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-input", fields: [...new Set(parsed.error.issues.map((i) => i.path.join(".")))] };
  const { id, departmentId, title, body } = parsed.data;
  // The convention of case use cases: what one may not even read is not there.
  if (!can(actor, "case.read", { departmentId })) return { ok: false, reason: "not-found" };
  if (!can(actor, "case.templates.manage", { departmentId })) return { ok: false, reason: "not-allowed" };
  const unknown = unknownPlaceholders(body);
  if (unknown.length > 0) return { ok: false, reason: "invalid-input", fields: ["body"], unknownPlaceholders: unknown };

  if (id) {
    const existing = await tx.selectFrom("cases.response_template").select("id").where("id", "=", id).where("department_id", "=", departmentId).forUpdate().executeTakeFirst();
    if (!existing) return { ok: false, reason: "not-found" };
  }
  let clash = tx.selectFrom("cases.response_template").select("id").where("department_id", "=", departmentId).where("title", "=", title);
  if (id) clash = clash.where("id", "<>", id);
  if (await clash.executeTakeFirst()) return { ok: false, reason: "title-taken" };

  // Someone may save the same title a moment after the check above: the unique index answers, and the savepoint
  // keeps the caller's transaction usable (PostgreSQL refuses to commit one with a failed statement).
  let saved: { id: string };
  await sql`savepoint save_response_template`.execute(tx);
  try {
    saved = id
      ? await tx.updateTable("cases.response_template").set({ title, body, updated_at: now }).where("id", "=", id).returning("id").executeTakeFirstOrThrow()
      : await tx.insertInto("cases.response_template").values({ department_id: departmentId, title, body, created_at: now, updated_at: now }).returning("id").executeTakeFirstOrThrow();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await sql`rollback to savepoint save_response_template`.execute(tx);
    return { ok: false, reason: "title-taken" };
  }
  await recordAudit(tx, actor, "case.template-saved", { type: "cases.response_template", id: saved.id }, { departmentId, title, created: !id });
  return { ok: true, id: saved.id, created: !id };
}
