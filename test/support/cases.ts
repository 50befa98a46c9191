// A case kind for tests (the "demo kind", until components bring real ones) and the people around
// it: a citizen with an account and staff of two departments from the demo seed. Use with
// createTestApp({ seed: true }).
import type { FastifyInstance } from "fastify";
import { createCase, registerCaseKind, type CaseDeps, type CaseKindDefinition, type CreateCaseInput } from "../../src/kernel/cases/index.ts";
import type { Actor, CitizenActor, StaffActor } from "../../src/kernel/identity/index.ts";
import { inTransaction, type Db } from "../../src/platform/db/index.ts";
import { resolveSecret } from "../../src/platform/http/index.ts";

const t = (de: string, en: string) => ({ de, en });

export const testCaseKind: CaseKindDefinition = {
  id: "test.request",
  referencePrefix: "T",
  label: t("Testanliegen", "Test request"),
  initialState: "received",
  states: {
    received: { label: t("Eingegangen", "Received"), nextStep: t("Wir prüfen Ihr Anliegen.", "We will look at your request."), open: true, public: false, tone: "info" },
    "in-progress": { label: t("In Bearbeitung", "In progress"), citizenLabel: t("Wir kümmern uns darum", "We are working on it"), open: true, public: true, tone: "info" },
    "waiting-for-citizen": { label: t("Rückfrage", "Question to you"), citizenLabel: t("Wir brauchen Ihre Antwort", "We need your answer"), open: true, public: true, pausesClock: true, tone: "warning" },
    done: { label: t("Erledigt", "Done"), open: false, public: true, tone: "success" },
    rejected: { label: t("Abgelehnt", "Rejected"), open: false, public: false, tone: "danger" },
  },
  transitions: [
    { action: "start", from: ["received"], to: "in-progress", label: t("Bearbeitung beginnen", "Start") },
    { action: "ask", from: ["in-progress"], to: "waiting-for-citizen", label: t("Rückfrage stellen", "Ask the citizen"), requiresComment: true },
    { action: "resume", from: ["waiting-for-citizen"], to: "in-progress", label: t("Weiter bearbeiten", "Resume") },
    { action: "close", from: ["received", "in-progress", "waiting-for-citizen"], to: "done", label: t("Abschließen", "Close") },
    { action: "reject", from: ["received", "in-progress"], to: "rejected", label: t("Ablehnen", "Reject"), requiresComment: true },
    { action: "reopen", from: ["done", "rejected"], to: "in-progress", label: t("Wieder öffnen", "Reopen") },
  ],
  categories: [
    { id: "road", label: t("Straße", "Road") },
    { id: "papers", label: t("Ausweise", "Documents") },
  ],
  departmentFor: (facts) => facts.requestedDepartmentId ?? (facts.category === "road" ? "bau" : "kvr"),
  dueInWorkingDays: () => 10,
  publicByDefault: false,
};

registerCaseKind(testCaseKind);

export interface CasePeople {
  citizen: CitizenActor;
  otherCitizen: CitizenActor;
  kvrStaff: StaffActor;
  bauStaff: StaffActor;
  admin: StaffActor;
  deps: CaseDeps;
}

async function staffActor(db: Db, email: string): Promise<StaffActor> {
  const account = await db.selectFrom("identity.account").select(["id", "display_name"]).where("email", "=", email).executeTakeFirstOrThrow();
  const roles = await db.selectFrom("identity.role_grant").select(["role", "department_id"]).where("account_id", "=", account.id).execute();
  return { kind: "staff", id: account.id, displayName: account.display_name, roles: roles.map((r) => ({ role: r.role, departmentId: r.department_id })) };
}

export async function citizenActor(db: Db, email: string, name = "Erika Mustermann"): Promise<CitizenActor> {
  const row = await db
    .insertInto("identity.account")
    .values({ kind: "citizen", email, display_name: name, email_confirmed_at: new Date(), preferred_language: "de" })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { kind: "citizen", id: row.id, displayName: name, trustLevel: undefined };
}

/** Needs the demo seed (departments kvr and bau, their staff, the platform admin). */
export async function casePeople(app: FastifyInstance, db: Db): Promise<CasePeople> {
  return {
    citizen: await citizenActor(db, "erika@example.org"),
    otherCitizen: await citizenActor(db, "max@example.org", "Max Muster"),
    kvrStaff: await staffActor(db, "sachbearbeitung.kvr@stadttor.example"),
    bauStaff: await staffActor(db, "sachbearbeitung.bau@stadttor.example"),
    admin: await staffActor(db, "admin@stadttor.example"),
    deps: { jobs: app.services.jobs, publicUrl: "http://localhost", secret: await resolveSecret(db, undefined) },
  };
}

/** Opens a case of the test kind (or `input.kind`) in a transaction of its own; throws when refused. */
export async function openTestCase(db: Db, deps: CaseDeps, actor: Actor, input: Partial<CreateCaseInput> & Record<string, unknown> = {}, now?: Date) {
  const result = await inTransaction(db, (tx) => createCase(tx, deps, actor, { kind: "test.request", title: "Testanliegen", ...input } as CreateCaseInput, now));
  if (!result.ok) throw new Error(`case not created: ${result.fields.join(", ")}`);
  return result;
}
