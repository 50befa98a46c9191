// Demo cases for a first look: the demo citizen Erika Mustermann and a few enquiries in different states, so
// that "Meine Vorgänge", the Postkorb, the staff inbox and a public case page show something. Written through
// the same use cases as real ones (createCase via submitEnquiry, state changes, public updates), after the app
// and its job queue are up: the notifications go to the outbox like any other (see /dev/mail).
import { sql } from "kysely";
import { registerEnquiryKind, submitEnquiry } from "../components/enquiries/index.ts";
import { changeCaseState, publishUpdate, type CaseDeps } from "../kernel/cases/index.ts";
import { anonymous, hashPassword, type Actor, type StaffActor } from "../kernel/identity/index.ts";
import { inTransaction, type Db, type Tx } from "../platform/db/index.ts";

export const demoCitizen = { email: "erika.mustermann@stadttor.example", name: "Erika Mustermann" } as const;
export const DEMO_CITIZEN_PASSWORD = "Stadttor-Demo-2026";

interface DemoEnquiry {
  who: "citizen" | "anonymous";
  department: string;
  subject: string;
  message: string;
  isPublic?: boolean;
  /** State changes by the department's staff, in order; a comment where the step needs one. */
  steps?: Array<{ action: string; comment?: string } | { update: string }>;
}

const demoEnquiries: DemoEnquiry[] = [
  {
    who: "citizen",
    department: "kvr",
    subject: "Parkausweis für Handwerker während der Renovierung",
    message: "Wir renovieren ab nächstem Monat unsere Wohnung in der Au. Gibt es für die Handwerker eine Ausnahme vom Anwohnerparken, und wo beantrage ich sie?",
  },
  {
    who: "citizen",
    department: "bau",
    subject: "Gehweg nach Baustelle nicht wiederhergestellt",
    message: "Nach den Leitungsarbeiten in der Plinganserstraße ist der Gehweg vor Hausnummer 40 nur geschottert. Mit dem Rollator kommt man kaum durch.",
    isPublic: true,
    steps: [{ action: "start" }, { update: "Wir haben die Baufirma aufgefordert, den Gehweg bis Ende des Monats zu pflastern. Bis dahin wird eine Rampe gelegt." }],
  },
  {
    who: "citizen",
    department: "kvr",
    subject: "Hund beim Umzug innerhalb Münchens ummelden?",
    message: "Ich ziehe innerhalb Münchens um. Muss ich meinen Hund neu anmelden oder reicht die Ummeldung meines Wohnsitzes?",
    steps: [{ action: "start" }, { action: "ask", comment: "Zu welchem Datum ziehen Sie um? Dann können wir Ihnen sagen, ab wann die neue Adresse gilt." }],
  },
  {
    who: "citizen",
    department: "bau",
    subject: "Öffnungszeiten des Spielplatzes im Westpark",
    message: "Ab wann darf der Wasserspielplatz im Westpark im Frühjahr wieder genutzt werden?",
    isPublic: true,
    steps: [{ action: "answer", comment: "Der Wasserspielplatz ist von Mai bis September täglich von 8 bis 20 Uhr in Betrieb. Die Inbetriebnahme kündigen wir auf der Seite des Baureferats an." }],
  },
  {
    who: "citizen",
    department: "kvr",
    subject: "Privater Parkplatz vor meinem Haus",
    message: "Kann die Stadt vor meinem Haus einen Parkplatz nur für mich reservieren? Ich finde abends nie einen Platz.",
    steps: [{ action: "reject", comment: "Öffentlicher Straßenraum kann nicht für einzelne Personen reserviert werden. Ausnahmen gibt es nur für Menschen mit Schwerbehinderung (Behindertenparkplatz)." }],
  },
  {
    who: "anonymous",
    department: "kvr",
    subject: "Lärm durch Lieferverkehr nachts",
    message: "In unserer Straße wird jede Nacht gegen 4 Uhr ein Supermarkt beliefert, mit laufendem Motor. Ist das erlaubt?",
    steps: [{ action: "start" }],
  },
];

async function staffOf(tx: Tx, departmentId: string): Promise<StaffActor> {
  const row = await tx
    .selectFrom("identity.role_grant")
    .innerJoin("identity.account", "identity.account.id", "identity.role_grant.account_id")
    .select(["identity.account.id", "identity.account.display_name"])
    .where("identity.role_grant.department_id", "=", departmentId)
    .where("identity.role_grant.role", "=", "staff")
    .orderBy("identity.account.email")
    .executeTakeFirstOrThrow();
  const roles = await tx.selectFrom("identity.role_grant").select(["role", "department_id"]).where("account_id", "=", row.id).execute();
  return { kind: "staff", id: row.id, displayName: row.display_name, roles: roles.map((r) => ({ role: r.role, departmentId: r.department_id })) };
}

async function play(tx: Tx, deps: CaseDeps, caseId: string, departmentId: string, steps: NonNullable<DemoEnquiry["steps"]>): Promise<void> {
  const staff = await staffOf(tx, departmentId);
  let version = 1;
  for (const step of steps) {
    const result =
      "update" in step
        ? await publishUpdate(tx, deps, staff, { caseId, text: step.update })
        : await changeCaseState(tx, deps, staff, { caseId, action: step.action, expectedVersion: version, ...(step.comment ? { comment: step.comment } : {}) });
    if (!result.ok) throw new Error(`demo case step failed: ${result.reason}`);
    version = result.version;
  }
}

/** Creates the demo citizen and their enquiries once; returns false when the demo citizen exists already. */
export async function seedDemoCases(db: Db, deps: CaseDeps): Promise<boolean> {
  registerEnquiryKind();
  return inTransaction(db, async (tx) => {
    // Its own lock (not the catalogue's): two processes starting at once seed the demo cases once.
    await sql`select pg_advisory_xact_lock(7374616477)`.execute(tx);
    const exists = await tx.selectFrom("identity.account").select("id").where("email", "=", demoCitizen.email).executeTakeFirst();
    if (exists) return false;
    const departments = await tx.selectFrom("catalogue.department").select("id").execute();
    const departmentIds = new Set(departments.map((d) => d.id));
    // The demo cases name the demo departments; a database with another catalogue gets only the citizen.
    const { id } = await tx
      .insertInto("identity.account")
      .values({ kind: "citizen", email: demoCitizen.email, display_name: demoCitizen.name, password_hash: await hashPassword(DEMO_CITIZEN_PASSWORD), email_confirmed_at: new Date(), preferred_language: "de" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const citizen: Actor = { kind: "citizen", id, displayName: demoCitizen.name, trustLevel: undefined };
    for (const e of demoEnquiries.filter((d) => departmentIds.has(d.department))) {
      const actor = e.who === "citizen" ? citizen : anonymous();
      const created = await submitEnquiry(tx, { ...deps, departmentIds, defaultDepartmentId: e.department }, actor, {
        subject: e.subject,
        message: e.message,
        department: e.department,
        isPublic: e.isPublic ?? false,
        ...(e.who === "anonymous" ? { contactEmail: "max.muster@example.org" } : {}),
      });
      if (!created.ok) throw new Error(`demo enquiry refused: ${created.reason === "invalid-input" ? created.fields.join(", ") : created.reason}`);
      if (e.steps) await play(tx, deps, created.id, created.departmentId, e.steps);
    }
    return true;
  });
}
