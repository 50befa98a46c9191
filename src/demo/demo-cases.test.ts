// The demo cases: Erika Mustermann can log in and finds enquiries in every state in "Meine Vorgänge"; the
// departments' inboxes have them; a public one has its public page; seeding twice adds nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app.ts";
import { html } from "../../test/support/html.ts";
import { TestBrowser } from "../../test/support/test-browser.ts";
import { resolveSecret } from "../platform/http/index.ts";
import { DEMO_CITIZEN_PASSWORD, demoCitizen, seedDemoCases } from "./demo-cases.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t?.close());

describe("the demo cases", () => {
  it("give the demo citizen enquiries in every state, once, and she can log in and see them", async () => {
    const { db } = t.database;
    const deps = { jobs: t.app.services.jobs, publicUrl: t.config.publicUrl, secret: await resolveSecret(db, undefined) };
    expect(await seedDemoCases(db, deps)).toBe(true);
    expect(await seedDemoCases(db, deps)).toBe(false);

    const account = await db.selectFrom("identity.account").select(["id", "kind"]).where("email", "=", demoCitizen.email).executeTakeFirstOrThrow();
    expect(account.kind).toBe("citizen");
    const cases = await db.selectFrom("cases.case").select(["reference", "state", "department_id", "account_id", "is_public"]).where("kind", "=", "enquiries.enquiry").execute();
    const own = cases.filter((c) => c.account_id === account.id);
    expect(own.map((c) => c.state).sort()).toEqual(["answered", "in-progress", "received", "rejected", "waiting-for-citizen"]);
    expect(new Set(cases.map((c) => c.department_id))).toEqual(new Set(["kvr", "bau"]));
    expect(cases.filter((c) => c.account_id === null)).toHaveLength(1);

    const b = new TestBrowser(t.app, "192.0.2.200");
    const login = await b.submit("/konto/anmelden", { email: demoCitizen.email, password: DEMO_CITIZEN_PASSWORD });
    expect(login.statusCode).toBe(303);
    const list = html(await b.get("/konto/vorgaenge"));
    expect(list.querySelectorAll("tr[data-case]")).toHaveLength(5);

    const publicCase = own.find((c) => c.is_public && c.state === "in-progress")!;
    expect((await t.app.inject({ url: `/vorgaenge/${publicCase.reference}` })).statusCode).toBe(200);
  });
});
