// The department's response templates as the case page uses them: the choices of the template select and
// the text of one template filled in for a case (placeholders like {aktenzeichen}), without JavaScript.
import { listResponseTemplates, renderResponseTemplate, type StaffCase } from "../../kernel/cases/index.ts";
import type { Actor } from "../../kernel/identity/index.ts";
import type { Db } from "../../platform/db/index.ts";

export interface CaseTemplates {
  list(actor: Actor, departmentId: string): Promise<Array<{ id: string; title: string }>>;
  fill(actor: Actor, c: StaffCase, templateId: string): Promise<string | undefined>;
}

export function caseTemplates(db: Db): CaseTemplates {
  return {
    list: async (actor, departmentId) => (await listResponseTemplates(db, actor, departmentId)).map((t) => ({ id: t.id, title: t.title })),
    fill: (actor, c, templateId) => renderResponseTemplate(db, actor, { reference: c.reference, templateId }),
  };
}
