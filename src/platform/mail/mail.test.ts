// The outbox end to end against a real SMTP server on loopback: enqueue in a transaction, the job
// delivers, the server receives, the row records it; rollbacks, refusals, repeated jobs and bad input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "../../../test/support/app.ts";
import { resetDatabase, testDatabase } from "../../../test/support/database.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../../test/support/smtp.ts";
import { inTransaction, type Db } from "../db/index.ts";
import { createJobQueue, type JobLog, type JobQueue } from "../jobs/index.ts";
import {
  createMailTransport,
  deliverMail,
  enqueueMail,
  InvalidMailError,
  MailDeliveryError,
  mailWorker,
  type MailMessage,
  type MailTransport,
} from "./index.ts";

const FROM = "Stadttor München <noreply@stadttor.example>";

let db: Db;
let smtp: TestSmtpServer;
let transport: MailTransport;
let jobs: JobQueue;
/** Everything the queue logged, to check that no address leaks into logs. */
const logged: string[] = [];
const record = (obj: object, msg: string) =>
  void logged.push(msg + " " + JSON.stringify(obj, (_key, value: unknown) => (value instanceof Error ? { message: value.message, stack: value.stack } : value)));
const log: JobLog = { info: record, warn: record, error: record };

beforeAll(async () => {
  const database = await testDatabase();
  await resetDatabase(database);
  db = database.db;
  smtp = await startTestSmtpServer({ rejectRecipient: (address) => address.endsWith("@abgelehnt.example") });
  transport = createMailTransport(testConfig({ SMTP_URL: smtp.url, MAIL_FROM: FROM }))!;
  // The real queue (pg-boss) in this worker's database; mail.deliver retries after a minute, so a refused
  // mail is tried exactly once while the test looks.
  jobs = createJobQueue(database, { work: true, pollSeconds: 0.5, stopGraceMs: 2_000 });
  await mailWorker({ db, jobs, transport });
  await jobs.start({ log });
});

afterAll(async () => {
  await jobs?.stop();
  transport?.close();
  await smtp?.close();
});

function enqueue(message: MailMessage): Promise<string> {
  return inTransaction(db, (tx) => enqueueMail(tx, jobs, message));
}

function outboxRow(id: string) {
  return db.selectFrom("mail.outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await check();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function waitForState(id: string, state: string) {
  return waitFor(`outbox row ${id} to be ${state}`, async () => {
    const row = await outboxRow(id);
    return row.state === state ? row : undefined;
  });
}

describe("mail outbox and delivery", () => {
  it("delivers a mail enqueued in a committed transaction and marks its row sent", async () => {
    const id = await enqueue({
      to: "anna.huber@example.org",
      subject: "Ihre Meldung ist eingegangen – Schlagloch in der Leopoldstraße",
      text: "Guten Tag,\n\nwir haben Ihre Meldung erhalten.\n\nIhre Stadt München",
      html: "<p>Guten Tag,</p><p>wir haben Ihre Meldung <strong>erhalten</strong>.</p>",
    });

    const mail = await smtp.waitForMessage((m) => m.subject.startsWith("Ihre Meldung ist eingegangen"));
    expect(mail.to).toEqual(["anna.huber@example.org"]);
    expect(mail.envelope.to).toEqual(["anna.huber@example.org"]);
    expect(mail.subject).toBe("Ihre Meldung ist eingegangen – Schlagloch in der Leopoldstraße");
    expect(mail.text.trim()).toBe("Guten Tag,\n\nwir haben Ihre Meldung erhalten.\n\nIhre Stadt München");
    expect(mail.html).toContain("<strong>erhalten</strong>");
    expect(mail.fromHeader).toBe('"Stadttor München" <noreply@stadttor.example>');
    expect(mail.from).toEqual(["noreply@stadttor.example"]);
    expect(mail.envelope.from).toBe("noreply@stadttor.example");

    const row = await waitForState(id, "sent");
    expect(row.attempts).toBe(1);
    expect(row.sent_at).toBeInstanceOf(Date);
    expect(row.last_error).toBeNull();
  });

  it("sends nothing and keeps nothing for a transaction that was rolled back", async () => {
    await expect(
      inTransaction(db, async (tx) => {
        await enqueueMail(tx, jobs, { to: "bernd@example.org", subject: "Zurückgerollt", text: "Darf nie ankommen." });
        throw new Error("the change failed after the mail was enqueued");
      }),
    ).rejects.toThrow("the change failed");
    // A mail enqueued afterwards arrives; by then the rolled-back one would have had its chance.
    const after = await enqueue({ to: "bernd@example.org", subject: "Nach dem Rollback", text: "Diese kommt an." });
    await smtp.waitForMessage((m) => m.subject === "Nach dem Rollback");
    await waitForState(after, "sent");

    expect(smtp.messages.map((m) => m.subject)).not.toContain("Zurückgerollt");
    const kept = await db.selectFrom("mail.outbox").select("id").where("subject", "=", "Zurückgerollt").execute();
    expect(kept).toEqual([]);
  });

  it("marks the row failed with the attempt counted when the server refuses the recipient, and retries on the next run", async () => {
    const id = await enqueue({ to: "niemand@abgelehnt.example", subject: "Abgelehnt", text: "Kommt nicht an." });

    const failed = await waitForState(id, "failed");
    expect(failed.attempts).toBe(1);
    expect(failed.last_error).toMatch(/550/);
    expect(failed.sent_at).toBeNull();
    expect(smtp.messages.map((m) => m.subject)).not.toContain("Abgelehnt");

    // The job's next try: it fails again, counts again, and its error names no address (it ends up in logs).
    const retry = deliverMail(db, transport, id);
    await expect(retry).rejects.toBeInstanceOf(MailDeliveryError);
    await expect(retry).rejects.not.toThrow(/abgelehnt\.example|niemand/);
    expect((await outboxRow(id)).attempts).toBe(2);
    // The queue logged the failed job (by outbox id), and nowhere the address.
    await waitFor("the queue's log of the failure", () => logged.find((l) => l.includes("job failed") && l.includes(id)));
    expect(logged.join("\n")).not.toMatch(/abgelehnt\.example|niemand/);
  });

  it("does not send a mail twice when its job runs again after success", async () => {
    const id = await enqueue({ to: "carla@example.org", subject: "Nur einmal", text: "Einmal genügt." });
    await waitForState(id, "sent");
    await deliverMail(db, transport, id);
    expect(smtp.messages.filter((m) => m.subject === "Nur einmal")).toHaveLength(1);
    expect((await outboxRow(id)).attempts).toBe(1);
  });

  it("without SMTP_URL captures mails outside production, and refuses to start in production rather than drop them", () => {
    // The capture itself runs end to end in dev-mail.test.ts.
    expect(createMailTransport(testConfig())).toBeNull();
    expect(() => testConfig({ NODE_ENV: "production", SECRET_KEY: "s".repeat(40) })).toThrow(/SMTP_URL/);
  });

  it("rejects a malformed message, naming the field but not its value, and writes nothing", async () => {
    const bad: MailMessage[] = [
      { to: "keine-adresse", subject: "Hallo", text: "x" },
      { to: "eva@example.org", subject: "Hallo\r\nBcc: alle@example.org", text: "x" },
      { to: "eva@example.org", subject: "Hallo", text: "" },
    ];
    for (const message of bad) {
      const attempt = inTransaction(db, (tx) => enqueueMail(tx, jobs, message));
      await expect(attempt).rejects.toBeInstanceOf(InvalidMailError);
      await expect(attempt).rejects.not.toThrow(/keine-adresse|alle@example/);
    }
    const rows = await db.selectFrom("mail.outbox").select("id").where("recipient", "in", ["keine-adresse", "eva@example.org"]).execute();
    expect(rows).toEqual([]);
  });
});
