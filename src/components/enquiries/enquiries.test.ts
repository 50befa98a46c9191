// "Anfrage an die Stadt" on the real app: the form with and without an account, its validation messages
// beside the fields and in the summary, routing (chosen department or the default for "Ich weiß es nicht"),
// the confirmation pages (a citizen's by ownership, everyone else's only with the secret link), the mail with
// the link, CSRF and the rate limit for anonymous posts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { html, text } from "../../../test/support/html.ts";
import { TestBrowser } from "../../../test/support/test-browser.ts";
import { createSession, SESSION_COOKIE } from "../../kernel/identity/index.ts";
import { inTransaction } from "../../platform/db/index.ts";
import { anonymous } from "../../kernel/identity/index.ts";
import { ConfigError } from "../../platform/config/index.ts";
import { resolveSecret } from "../../platform/http/index.ts";
import { testConfig } from "../../../test/support/app.ts";
import { enquiryKind, enquiryRouting, submitEnquiry, UNKNOWN_DEPARTMENT } from "./index.ts";

let t: TestApp;
let ip = 10;
/** A browser with an address of its own, so the per-IP rate limit of one test never hits another. */
const browser = () => new TestBrowser(t.app, `192.0.2.${ip++}`);

async function citizenBrowser(email: string, confirmed = true): Promise<{ b: TestBrowser; id: string }> {
  const { id } = await t.database.db
    .insertInto("identity.account")
    .values({ kind: "citizen", email, display_name: "Erika Mustermann", email_confirmed_at: confirmed ? new Date() : null })
    .returning("id")
    .executeTakeFirstOrThrow();
  const token = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: id, method: "password" }));
  const b = browser();
  b.cookie = `${SESSION_COOKIE}=${token}`;
  return { b, id };
}

const caseRow = (reference: string) => t.database.db.selectFrom("cases.case").selectAll().where("reference", "=", reference).executeTakeFirstOrThrow();

beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t?.close());

const valid = { subject: "Baumfällung im Hinterhof", message: "Darf unser Vermieter die alte Linde im Hof fällen lassen?", department: UNKNOWN_DEPARTMENT };

describe("the enquiry form", () => {
  it("asks someone without an account for an address, offers every department and 'Ich weiß es nicht', and carries a CSRF token", async () => {
    const res = await browser().get("/anfrage/neu");
    expect(res.statusCode).toBe(200);
    const page = html(res);
    expect(text(page.querySelector("h1"))).toBe("Anfrage an die Stadt");
    expect(page.querySelector('input[name="_csrf"]')).not.toBeNull();
    expect(page.querySelector('input[name="contactEmail"]')).not.toBeNull();
    const options = page.querySelectorAll("select#department option");
    expect(options[0]?.getAttribute("value")).toBe(UNKNOWN_DEPARTMENT);
    expect(text(options[0])).toBe("Ich weiß es nicht");
    expect(options.map((o) => o.getAttribute("value"))).toEqual(expect.arrayContaining(["kvr", "bau", "awm"]));
    expect(page.querySelector('input[name="isPublic"]')?.getAttribute("checked")).toBeUndefined();
  });

  it("shows each problem beside its field and in the error summary, keeping what was typed", async () => {
    const res = await browser().submit("/anfrage/neu", { subject: "", message: "kurz", department: UNKNOWN_DEPARTMENT, contactEmail: "keine-adresse" });
    expect(res.statusCode).toBe(400);
    const page = html(res);
    expect(text(page.querySelector("#subject-fehler"))).toContain("Bitte geben Sie einen Betreff ein.");
    expect(text(page.querySelector("#message-fehler"))).toContain("Bitte beschreiben Sie Ihr Anliegen in mindestens 10 Zeichen.");
    expect(text(page.querySelector("#contactEmail-fehler"))).toContain("Bitte geben Sie eine gültige E-Mail-Adresse ein");
    const summary = page.querySelectorAll(".st-error-summary a").map((a) => a.getAttribute("href"));
    expect(summary).toEqual(["#subject", "#message", "#contactEmail"]);
    expect(page.querySelector("#message")?.textContent).toBe("kurz");
    expect(page.querySelector("#contactEmail")?.getAttribute("value")).toBe("keine-adresse");
    expect(page.querySelector("#subject")?.getAttribute("aria-invalid")).toBe("true");
    expect(text(page.querySelector("title"))).toMatch(/^Fehler: Anfrage an die Stadt/);
  });

  it("refuses a department that is not in the catalogue, and a missing address, in English too", async () => {
    const b = browser();
    b.cookie = "lang=en";
    const res = await b.submit("/anfrage/neu", { ...valid, department: "geheimdienst" });
    expect(res.statusCode).toBe(400);
    const errors = html(res).querySelectorAll(".kern-error").map(text).join(" ");
    expect(errors).toContain("Please choose a department from the list or “I don't know”.");
    expect(errors).toContain("Please enter your e-mail address so that we can answer you.");
    expect(await t.database.db.selectFrom("cases.case").select("id").where("title", "=", valid.subject).execute()).toEqual([]);
  });

  it("refuses a post without the CSRF token", async () => {
    const res = await browser().post("/anfrage/neu", { ...valid, contactEmail: "anna@example.org" });
    expect(res.statusCode).toBe(403);
  });
});

describe("an enquiry without an account", () => {
  it("goes to the default department, shows the reference and the secret link once, and mails the link", async () => {
    const b = browser();
    const res = await b.submit("/anfrage/neu", { ...valid, contactEmail: "anna@example.org" });
    expect(res.statusCode).toBe(303);
    const location = String(res.headers.location);
    const match = /^\/anfrage\/eingegangen\/(A-\d{4}-\d{6})\/([A-Za-z0-9_-]{43})$/.exec(location);
    expect(match).not.toBeNull();
    const [, reference, token] = match!;

    const row = await caseRow(reference!);
    const expected = enquiryRouting(await t.app.services.catalogue.get(), t.config.enquiryDefaultDepartment).defaultDepartmentId;
    expect(expected).toBe("kvr");
    expect(row).toMatchObject({ kind: "enquiries.enquiry", state: "received", department_id: expected, category: "department-unknown", is_public: false, account_id: null, contact_email: "anna@example.org" });
    expect(row.description).toBe(valid.message);
    expect(row.due_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const confirmation = await b.get(location);
    expect(confirmation.statusCode).toBe(200);
    expect(confirmation.headers["referrer-policy"]).toBe("no-referrer");
    expect(confirmation.headers["x-robots-tag"]).toContain("noindex");
    const page = html(confirmation);
    expect(text(page.querySelector(".st-confirmation"))).toContain(`Aktenzeichen: ${reference}`);
    const link = page.querySelector("a[data-access-link]")?.getAttribute("href");
    expect(link).toBe(`${t.config.publicUrl}/vorgaenge/${reference}/zugang/${token}`);

    const mail = await t.database.db.selectFrom("mail.outbox").select(["subject", "text_body"]).where("recipient", "=", "anna@example.org").executeTakeFirstOrThrow();
    expect(mail.subject).toContain(reference!);
    expect(mail.text_body).toContain(`/vorgaenge/${reference}/zugang/${token}`);
    // The mail carries the link, never the enquiry's text.
    expect(mail.text_body).not.toContain("Linde");
  });

  it("answers a wrong token or someone else's reference on the confirmation with 404", async () => {
    const b = browser();
    const res = await b.submit("/anfrage/neu", { ...valid, contactEmail: "bert@example.org" });
    const [, reference, token] = /eingegangen\/([^/]+)\/(.+)$/.exec(String(res.headers.location))!;
    const wrong = token!.slice(0, -1) + (token!.endsWith("A") ? "B" : "A");
    expect((await b.get(`/anfrage/eingegangen/${reference}/${wrong}`)).statusCode).toBe(404);
    expect((await b.get(`/anfrage/eingegangen/${reference}/kurz`)).statusCode).toBe(404);
    expect((await b.get(`/anfrage/eingegangen/${reference}`)).statusCode).toBe(404);
  });

  it("is stored as public only when the box is ticked, and goes to the department chosen", async () => {
    const res = await browser().submit("/anfrage/neu", { ...valid, department: "bau", isPublic: "ja", contactEmail: "carla@example.org" });
    const reference = /eingegangen\/([^/]+)\//.exec(String(res.headers.location))![1]!;
    expect(await caseRow(reference)).toMatchObject({ department_id: "bau", category: null, is_public: true });
  });

  it("is rate limited for anonymous posts", async () => {
    const b = browser();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await b.submit("/anfrage/neu", { subject: "", message: "", department: UNKNOWN_DEPARTMENT })).statusCode);
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses[5]).toBe(429);
  });
});

describe("an enquiry from a logged-in citizen", () => {
  it("needs no address, lands in the account and its confirmation is the owner's only", async () => {
    const { b, id } = await citizenBrowser("erika.enquiry@example.org");
    const form = html(await b.get("/anfrage/neu"));
    expect(form.querySelector('input[name="contactEmail"]')).toBeNull();
    const res = await b.submit("/anfrage/neu", { ...valid, department: "kvr" });
    expect(res.statusCode).toBe(303);
    const reference = /^\/anfrage\/eingegangen\/(A-\d{4}-\d{6})$/.exec(String(res.headers.location))![1]!;
    expect(await caseRow(reference)).toMatchObject({ account_id: id, contact_email: null, department_id: "kvr" });

    const confirmation = html(await b.get(`/anfrage/eingegangen/${reference}`));
    expect(text(confirmation.querySelector(".st-confirmation"))).toContain(reference);
    expect(confirmation.querySelector(`a[href="/konto/vorgaenge/${reference}"]`)).not.toBeNull();
    expect(confirmation.querySelector("a[data-access-link]")).toBeNull();

    const { b: other } = await citizenBrowser("max.enquiry@example.org");
    expect((await other.get(`/anfrage/eingegangen/${reference}`)).statusCode).toBe(404);
    expect((await browser().get(`/anfrage/eingegangen/${reference}`)).statusCode).toBe(404);
  });
});

describe("limits for logged-in citizens", () => {
  it("takes no enquiry from an account whose address is unconfirmed and offers to send the confirmation again", async () => {
    const { b, id } = await citizenBrowser("ungeprueft.enquiry@example.org", false);
    const form = html(await b.get("/anfrage/neu"));
    expect(form.querySelector('form[action="/anfrage/neu"]')).toBeNull();
    expect(text(form.querySelector(".kern-alert"))).toContain("ungeprueft.enquiry@example.org");
    const resend = form.querySelector('form[action="/konto/bestaetigung-senden"]');
    expect(resend?.querySelector('input[name="_csrf"]')).not.toBeNull();
    expect(text(resend?.querySelector("button"))).toBe("Bestätigungs-E-Mail erneut senden");

    const res = await b.submit("/anfrage/neu", { ...valid, department: "kvr" });
    expect(res.statusCode).toBe(403);
    expect(await t.database.db.selectFrom("cases.case").select("id").where("account_id", "=", id).execute()).toEqual([]);
    // The use case refuses too, whoever calls it.
    const deps = { jobs: t.app.services.jobs, publicUrl: t.config.publicUrl, secret: await resolveSecret(t.database.db, undefined), departmentIds: new Set(["kvr"]), defaultDepartmentId: "kvr" };
    const actor = { kind: "citizen" as const, id, displayName: "Erika Mustermann", trustLevel: undefined };
    expect(await inTransaction(t.database.db, (tx) => submitEnquiry(tx, deps, actor, { ...valid, department: "kvr" }))).toEqual({ ok: false, reason: "unconfirmed" });
  });

  it("allows five enquiries in ten minutes per account, from whatever address, then answers 429 in German", async () => {
    const { b, id } = await citizenBrowser("viel.enquiry@example.org");
    /** The same login from another address each time. */
    const from = (address: string) => Object.assign(new TestBrowser(t.app, address), { cookie: b.cookie });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await from(`198.51.100.${i + 1}`).submit("/anfrage/neu", { ...valid, department: "kvr" })).statusCode);
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429]);
    expect(await t.database.db.selectFrom("cases.case").select("id").where("account_id", "=", id).execute()).toHaveLength(5);
    const refused = await from("198.51.100.99").submit("/anfrage/neu", { ...valid, department: "kvr" });
    expect(refused.statusCode).toBe(429);
    expect(text(html(refused).querySelector("h1"))).toMatch(/Zu viele Anfragen/);
    // Another account is not affected.
    const { b: other } = await citizenBrowser("wenig.enquiry@example.org");
    expect((await other.submit("/anfrage/neu", { ...valid, department: "kvr" })).statusCode).toBe(303);
  });
});

describe("the enquiry kind", () => {
  it("names the waiting state for staff as staff see it and keeps the citizen's own wording", () => {
    const waiting = enquiryKind.states["waiting-for-citizen"]!;
    expect(waiting.label.de).toBe("Wartet auf Antwort");
    expect(waiting.citizenLabel?.de).toBe("Wir brauchen Ihre Antwort");
  });
});

describe("routing", () => {
  it("sends 'Ich weiß es nicht' to ENQUIRY_DEFAULT_DEPARTMENT, or to the first department by name when it is unset or unknown", async () => {
    const snapshot = await t.app.services.catalogue.get();
    expect(enquiryRouting(snapshot, "kvr")).toMatchObject({ defaultDepartmentId: "kvr", misconfigured: false });
    const first = [...snapshot.departments.values()].map((d) => d.name.de).sort((a, b) => a.localeCompare(b, "de"))[0];
    expect(snapshot.departments.get(enquiryRouting(snapshot, undefined).defaultDepartmentId)?.name.de).toBe(first);
    expect(enquiryRouting(snapshot, "gibt-es-nicht")).toMatchObject({ defaultDepartmentId: enquiryRouting(snapshot, undefined).defaultDepartmentId, misconfigured: true });
  });

  it("takes ENQUIRY_DEFAULT_DEPARTMENT from the environment and stops the start on a malformed one", () => {
    expect(testConfig({ ENQUIRY_DEFAULT_DEPARTMENT: "dir" }).enquiryDefaultDepartment).toBe("dir");
    // With the demo data, the demo's KVR (it has staff); without it, the catalogue's first department.
    expect(testConfig().enquiryDefaultDepartment).toBe("kvr");
    expect(testConfig({ DEMO_SEED: "false" }).enquiryDefaultDepartment).toBeUndefined();
    expect(() => testConfig({ ENQUIRY_DEFAULT_DEPARTMENT: "Bürgerbüro!" })).toThrow(ConfigError);
    expect(() => testConfig({ ENQUIRY_DEFAULT_DEPARTMENT: "Bürgerbüro!" })).toThrow(/ENQUIRY_DEFAULT_DEPARTMENT/);
  });

  it("refuses in the use case what the form would refuse: an unknown department, no address without an account", async () => {
    const { db } = t.database;
    const deps = { jobs: t.app.services.jobs, publicUrl: t.config.publicUrl, secret: await resolveSecret(db, undefined), departmentIds: new Set(["kvr"]), defaultDepartmentId: "kvr" };
    const input = { subject: "Frage", message: "Eine ausreichend lange Frage an die Stadt." };
    expect(await inTransaction(db, (tx) => submitEnquiry(tx, deps, anonymous(), { ...input, department: "bau", contactEmail: "a@example.org" }))).toEqual({ ok: false, reason: "invalid-input", fields: ["department"] });
    expect(await inTransaction(db, (tx) => submitEnquiry(tx, deps, anonymous(), { ...input, department: UNKNOWN_DEPARTMENT }))).toEqual({ ok: false, reason: "invalid-input", fields: ["contactEmail"] });
  });
});
