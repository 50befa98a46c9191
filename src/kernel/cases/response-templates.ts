// Response templates: answers a department keeps ready for public updates and messages, with placeholders
// for the case's facts. Staff who read a department's cases may list and use its templates; keeping them
// is save-response-template.ts / delete-response-template.ts.
import { departmentContact } from "../catalogue/index.ts";
import { can, type Actor } from "../identity/index.ts";
import type { Executor } from "../../platform/db/index.ts";
import { referencePattern } from "./reference.ts";

/** The placeholders a template may use, as written in it, e.g. "Ihr Anliegen {aktenzeichen}". */
export const templatePlaceholders = ["aktenzeichen", "titel", "eingangsdatum", "referat", "frist"] as const;

export type TemplatePlaceholder = (typeof templatePlaceholders)[number];

export type TemplateFacts = Record<TemplatePlaceholder, string>;

export interface ResponseTemplate {
  id: string;
  departmentId: string;
  title: string;
  body: string;
  updatedAt: Date;
}

const placeholderPattern = /\{([a-zäöüß]+)\}/gi;

/** Puts the case's facts into a template's placeholders; anything else in braces stays as written. */
export function fillTemplate(body: string, facts: TemplateFacts): string {
  return body.replace(placeholderPattern, (whole, name: string) => (Object.hasOwn(facts, name) ? facts[name as TemplatePlaceholder] : whole));
}

/** Placeholders in a template that fillTemplate would not fill (usually typos), for the save form's error. */
export function unknownPlaceholders(body: string): string[] {
  const names = [...body.matchAll(placeholderPattern)].map((m) => m[1] ?? "");
  return [...new Set(names.filter((n) => !(templatePlaceholders as readonly string[]).includes(n)))];
}

// Dates as German letters write them ("04.12.2026"); templates are written in German.
const germanDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const berlinIso = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" });

/** The facts of a case for the placeholders; {frist} is empty for a case without a due date. */
export function templateFacts(c: { reference: string; title: string; openedAt: Date; dueDate: string | null }, departmentName: string): TemplateFacts {
  return {
    aktenzeichen: c.reference,
    titel: c.title,
    eingangsdatum: germanDate(berlinIso.format(c.openedAt)),
    referat: departmentName,
    frist: c.dueDate ? germanDate(c.dueDate) : "",
  };
}

/** A department's templates by title; empty for anyone who may not read the department's cases. */
export async function listResponseTemplates(db: Executor, actor: Actor, departmentId: string): Promise<ResponseTemplate[]> {
  if (!can(actor, "case.read", { departmentId })) return [];
  const rows = await db.selectFrom("cases.response_template").selectAll().where("department_id", "=", departmentId).orderBy("title").execute();
  return rows.map((r) => ({ id: r.id, departmentId: r.department_id, title: r.title, body: r.body, updatedAt: r.updated_at }));
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A template filled with a case's facts, for the case page's "insert template" (works without JavaScript):
 * undefined unless the actor may read the case and the template belongs to the case's department.
 */
export async function renderResponseTemplate(db: Executor, actor: Actor, input: { reference: string; templateId: string }): Promise<string | undefined> {
  if (!referencePattern.test(input.reference) || !uuidPattern.test(input.templateId)) return undefined;
  const c = await db.selectFrom("cases.case").select(["reference", "title", "opened_at", "due_date", "department_id"]).where("reference", "=", input.reference).executeTakeFirst();
  if (!c || !can(actor, "case.read", { departmentId: c.department_id })) return undefined;
  const template = await db.selectFrom("cases.response_template").select("body").where("id", "=", input.templateId).where("department_id", "=", c.department_id).executeTakeFirst();
  if (!template) return undefined;
  const department = await departmentContact(db, c.department_id);
  return fillTemplate(template.body, templateFacts({ reference: c.reference, title: c.title, openedAt: c.opened_at, dueDate: c.due_date }, department?.name.de ?? c.department_id));
}
