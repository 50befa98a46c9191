// The dev mail viewer: without SMTP_URL the mail job captures mails in the outbox, readable at /dev/mail
// outside production (HTML bodies only as escaped source); in production the pages do not exist.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { html, text } from "../../../test/support/html.ts";
import { inTransaction } from "../db/index.ts";
import { createJobQueue, type JobQueue } from "../jobs/index.ts";
import { createMailTransport, enqueueMail, mailWorker, type MailMessage } from "./index.ts";

/** The development setup: the real queue running mail.deliver with no SMTP server configured. */
async function startCapturingQueue(t: TestApp): Promise<JobQueue> {
  const jobs = createJobQueue(t.database, { work: true, pollSeconds: 0.5, stopGraceMs: 2_000 });
  await mailWorker({ db: t.database.db, jobs, transport: createMailTransport(t.config) });
  await jobs.start();
  return jobs;
}

async function capture(t: TestApp, jobs: JobQueue, message: MailMessage): Promise<string> {
  const db = t.database.db;
  const id = await inTransaction(db, (tx) => enqueueMail(tx, jobs, message));
  const until = Date.now() + 5_000;
  while ((await db.selectFrom("mail.outbox").select("state").where("id", "=", id).executeTakeFirstOrThrow()).state !== "captured") {
    if (Date.now() > until) throw new Error(`mail ${id} was not captured`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return id;
}

describe("dev mail viewer outside production", () => {
  let t: TestApp;
  let jobs: JobQueue;
  let confirmationId: string;
  beforeAll(async () => {
    t = await createTestApp();
    jobs = await startCapturingQueue(t);
    await capture(t, jobs, { to: "erste@example.org", subject: "Erste Nachricht", text: "Die ältere." });
    confirmationId = await capture(t, jobs, {
      to: "anna.huber@example.org",
      subject: "Terminbestätigung",
      text: "Guten Tag,\n\nIhr Termin ist am 3. März um 9:00 Uhr.\n  Bürgerbüro Ruppertstraße",
      html: '<p>Ihr Termin</p><script>alert("x")</script><img src="https://tracker.example/p.gif">',
    });
  });
  afterAll(async () => {
    await jobs?.stop();
    await t?.close();
  });

  it("lists the captured mails newest first, each linking to the mail", async () => {
    const res = await t.app.inject({ url: "/dev/mail" });
    expect(res.statusCode).toBe(200);
    const doc = html(res);
    expect(text(doc.querySelector("h1"))).toBe("Postausgang (Entwicklung)");
    const rows = doc.querySelectorAll("main tbody tr");
    expect(rows.map((r) => text(r.querySelector("a")))).toEqual(["Terminbestätigung", "Erste Nachricht"]);
    expect(rows[0]!.querySelector("a")?.getAttribute("href")).toBe(`/dev/mail/${confirmationId}`);
    expect(text(rows[0])).toContain("anna.huber@example.org");
    expect(text(rows[0])).toContain("Nicht versendet (kein SMTP)");
  });

  it("shows one mail with its text in a <pre> and the HTML only as escaped source", async () => {
    const res = await t.app.inject({ url: `/dev/mail/${confirmationId}` });
    expect(res.statusCode).toBe(200);
    const doc = html(res);
    expect(text(doc.querySelector("h1"))).toBe("Terminbestätigung");
    expect(doc.querySelector('pre[data-part="text"]')?.textContent).toBe("Guten Tag,\n\nIhr Termin ist am 3. März um 9:00 Uhr.\n  Bürgerbüro Ruppertstraße");
    expect(doc.querySelector('pre[data-part="html"]')?.textContent).toBe('<p>Ihr Termin</p><script>alert("x")</script><img src="https://tracker.example/p.gif">');
    expect(res.body).toContain("&lt;script>alert");
    expect(res.body).not.toContain("<script>alert");
    expect(res.body).not.toContain("<img src=\"https://tracker.example");
    // The strict policy of every page holds here too: nothing from the mail may load or run.
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
  });

  it("speaks English when asked", async () => {
    const doc = html(await t.app.inject({ url: "/dev/mail", cookies: { lang: "en" } }));
    expect(text(doc.querySelector("h1"))).toBe("Outbox (development)");
    expect(text(doc.querySelector("main tbody tr"))).toContain("Not sent (no SMTP)");
  });

  it("answers 404 for a mail that does not exist", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "keine-uuid"]) {
      const res = await t.app.inject({ url: `/dev/mail/${id}` });
      expect(res.statusCode).toBe(404);
    }
  });
});

describe("dev mail viewer in production", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { NODE_ENV: "production", SECRET_KEY: "p".repeat(40), SMTP_URL: "smtp://127.0.0.1:1", PUBLIC_URL: "https://stadttor.test", ENQUIRY_DEFAULT_DEPARTMENT: "kvr", SITE_OPERATOR_FILE: fileURLToPath(new URL("../../../test/fixtures/site-operator-production.json", import.meta.url)) } });
  });
  afterAll(() => t?.close());

  it("does not exist", async () => {
    // A mail in the outbox, as production would hold it until its job runs.
    const id = await inTransaction(t.database.db, async (tx) => {
      const row = await tx.insertInto("mail.outbox").values({ recipient: "geheim@example.org", subject: "Vertraulich", text_body: "Nur für die Empfängerin.", html_body: null, last_error: null, sent_at: null }).returning("id").executeTakeFirstOrThrow();
      return row.id;
    });
    for (const url of ["/dev/mail", `/dev/mail/${id}`]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain("Vertraulich");
    }
  });
});

describe("dev mail viewer on a server that sends real mail", () => {
  let t: TestApp;
  beforeAll(async () => {
    // NODE_ENV forgotten (development), but SMTP_URL set: mails go out, so nobody needs the viewer.
    t = await createTestApp({ env: { SMTP_URL: "smtp://127.0.0.1:1" } });
  });
  afterAll(() => t?.close());

  it("does not exist", async () => {
    expect((await t.app.inject({ url: "/dev/mail" })).statusCode).toBe(404);
  });
});
