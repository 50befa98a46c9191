// The cases' part of "Meine Daten" (every case of the account with what the citizen may see of it) and of
// "Konto löschen": the cases stay, because they are the city's files and must be kept for their retention
// period (GDPR Art. 17(3)(b)); only the link to the account goes, so nobody can reach them through it.
import type { PersonalDataSource } from "../identity/index.ts";
import { readTimelines } from "./timeline-read.ts";
import "./tables.ts";

export const casesPersonalData: PersonalDataSource = {
  name: "vorgaenge",
  async export(db, accountId) {
    const cases = await db
      .selectFrom("cases.case")
      .select(["id", "reference", "kind", "state", "title", "description", "category", "department_id", "is_public", "opened_at", "closed_at"])
      .where("account_id", "=", accountId)
      .orderBy("opened_at")
      .execute();
    const timelines = await readTimelines(db, cases.map((c) => c.id), "citizen");
    return cases.map((c) => ({
      reference: c.reference,
      kind: c.kind,
      state: c.state,
      title: c.title,
      description: c.description,
      category: c.category,
      department: c.department_id,
      public: c.is_public,
      openedAt: c.opened_at,
      closedAt: c.closed_at,
      timeline: (timelines.get(c.id) ?? []).map((e) => ({ type: e.type, text: e.body, fromState: e.fromState, toState: e.toState, at: e.createdAt })),
    }));
  },
  async erase(tx, accountId) {
    await tx.updateTable("cases.case").set({ account_id: null }).where("account_id", "=", accountId).execute();
  },
};
