// deliverMessage end to end: the message and its audit record in the caller's transaction, the
// notification through the real queue to a real SMTP server (without any of the message's content),
// nothing at all after a rollback, and the preferences that stop the mail.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "../../../test/support/app.ts";
import { resetDatabase, testDatabase } from "../../../test/support/database.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../../test/support/smtp.ts";
import { system } from "../identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import { createJobQueue, type JobQueue } from "../../platform/jobs/index.ts";
import { createMailTransport, mailWorker, type MailTransport } from "../../platform/mail/index.ts";
import { deliverMessage, InvalidMessageError, type DeliverMessageInput } from "./index.ts";

const PUBLIC_URL = "https://stadttor.example";
// The queue polls every half second; on a busy machine (the whole suite at once) delivery can take a while.
const MAIL_WAIT_MS = 15_000;
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

let db: Db;
let smtp: TestSmtpServer;
let transport: MailTransport;
let jobs: JobQueue;

beforeAll(async () => {
  const database = await testDatabase();
  await resetDatabase(database);
  db = database.db;
  await db
    .insertInto("catalogue.department")
    .values({ id: "kvr", short_name: "KVR", name: sql`${JSON.stringify({ de: "Kreisverwaltungsreferat", en: "Department of Public Order" })}::jsonb` })
    .execute();
  smtp = await startTestSmtpServer();
  transport = createMailTransport(testConfig({ SMTP_URL: smtp.url, MAIL_FROM: "Stadttor <noreply@stadttor.example>" }))!;
  jobs = createJobQueue(database, { work: true, pollSeconds: 0.5, stopGraceMs: 2_000 });
  await mailWorker({ db, jobs, transport });
  await jobs.start({ log: quiet });
});

afterAll(async () => {
  await jobs?.stop();
  transport?.close();
  await smtp?.close();
});

async function citizen(email: string, values: { confirmed?: boolean; notify?: boolean; language?: "de" | "en" } = {}): Promise<string> {
  const row = await db
    .insertInto("identity.account")
    .values({
      kind: "citizen",
      email,
      display_name: email.split("@")[0]!,
      email_confirmed_at: values.confirmed === false ? null : new Date(),
      notify_by_email: values.notify ?? true,
      preferred_language: values.language ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

const letter = (accountId: string, more: Partial<DeliverMessageInput> = {}): DeliverMessageInput => ({
  accountId,
  subject: "Ihr Bewohnerparkausweis ist verlängert",
  body: "Guten Tag,\n\nIhr Ausweis für die Parklizenzzone Maxvorstadt gilt bis 30.11.2027.",
  senderDepartmentId: "kvr",
  ...more,
});

function deliver(input: DeliverMessageInput) {
  return inTransaction(db, (tx) => deliverMessage(tx, jobs, input, { actor: system("residents-parking"), publicUrl: PUBLIC_URL }));
}

describe("deliverMessage", () => {
  it("stores the message unread, audits it, and mails only that there is a message, with its link", async () => {
    const accountId = await citizen("anna@example.org");
    const { id, notified } = await deliver(letter(accountId, { caseRef: "M-2026-00042", caseUrl: "/anliegen/M-2026-00042" }));
    expect(notified).toBe(true);

    const row = await db.selectFrom("mailbox.message").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ account_id: accountId, state: "unread", read_at: null, archived_at: null, case_ref: "M-2026-00042", case_url: "/anliegen/M-2026-00042" });
    const audit = await db.selectFrom("audit.record").selectAll().where("subject_id", "=", id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "mailbox.message-delivered", actor_kind: "system", subject_type: "mailbox.message" });
    expect(audit[0]!.detail).toEqual({ accountId, senderDepartmentId: "kvr", notified: true });

    const mail = await smtp.waitForMessage((m) => m.to.includes("anna@example.org"), MAIL_WAIT_MS);
    expect(mail.subject).toBe("Neue Nachricht in Ihrem Postkorb");
    expect(mail.text).toContain(`${PUBLIC_URL}/konto/postkorb/${id}`);
    // Nothing of the message travels by e-mail: not its subject, text, sender or case.
    for (const secret of ["Bewohnerparkausweis", "Parklizenzzone", "Maxvorstadt", "Kreisverwaltungsreferat", "KVR", "M-2026-00042"]) {
      expect(mail.text + mail.subject + (mail.html ?? "")).not.toContain(secret);
    }
  });

  it("writes the notification in the account's language", async () => {
    const accountId = await citizen("ben@example.org", { language: "en" });
    const { id } = await deliver(letter(accountId));
    const mail = await smtp.waitForMessage((m) => m.to.includes("ben@example.org"), MAIL_WAIT_MS);
    expect(mail.subject).toBe("New message in your mailbox");
    expect(mail.text).toContain(`${PUBLIC_URL}/konto/postkorb/${id}`);
  });

  it("sends no mail to someone who switched notifications off or has not confirmed the address", async () => {
    const off = await citizen("carla@example.org", { notify: false });
    const unconfirmed = await citizen("dora@example.org", { confirmed: false });
    expect((await deliver(letter(off))).notified).toBe(false);
    expect((await deliver(letter(unconfirmed))).notified).toBe(false);
    // A mail queued afterwards arrives; by then the others would have had their chance.
    await deliver(letter(await citizen("emil@example.org")));
    await smtp.waitForMessage((m) => m.to.includes("emil@example.org"), MAIL_WAIT_MS);
    const recipients = smtp.messages.flatMap((m) => m.to);
    expect(recipients).not.toContain("carla@example.org");
    expect(recipients).not.toContain("dora@example.org");
    expect(await db.selectFrom("mailbox.message").select("id").where("account_id", "in", [off, unconfirmed]).execute()).toHaveLength(2);
  });

  it("delivers nothing — no message, no audit record, no mail — when the caller's transaction rolls back", async () => {
    const accountId = await citizen("fritz@example.org");
    await expect(
      inTransaction(db, async (tx) => {
        await deliverMessage(tx, jobs, letter(accountId), { actor: system("test"), publicUrl: PUBLIC_URL });
        throw new Error("the case could not be saved");
      }),
    ).rejects.toThrow("the case could not be saved");
    await deliver(letter(await citizen("gerda@example.org")));
    await smtp.waitForMessage((m) => m.to.includes("gerda@example.org"), MAIL_WAIT_MS);
    expect(smtp.messages.flatMap((m) => m.to)).not.toContain("fritz@example.org");
    expect(await db.selectFrom("mailbox.message").select("id").where("account_id", "=", accountId).execute()).toEqual([]);
    const audit = await db.selectFrom("audit.record").select("id").where("action", "=", "mailbox.message-delivered").where(sql<boolean>`detail->>'accountId' = ${accountId}`).execute();
    expect(audit).toEqual([]);
  });

  it("refuses malformed messages, naming the field but not its value, and writes nothing", async () => {
    const accountId = await citizen("hans@example.org");
    const { id: staffId } = await db
      .insertInto("identity.account")
      .values({ kind: "staff", email: "staff.hans@stadttor.example", display_name: "Hans (Verwaltung)" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const bad: DeliverMessageInput[] = [
      letter(accountId, { subject: "Betreff\r\nBcc: alle@example.org" }),
      letter(accountId, { body: "   " }),
      letter(accountId, { caseRef: "M-1" }),
      letter(accountId, { caseRef: "M-1", caseUrl: "//boese.example/phish" }),
      letter(accountId, { caseRef: "M-1", caseUrl: "https://boese.example/" }),
      letter("not-a-uuid"),
      // A staff account has no Postkorb; nor has an account that does not exist.
      letter(staffId),
      letter("00000000-0000-4000-8000-0000000000ff"),
    ];
    for (const input of bad) {
      const attempt = deliver(input);
      await expect(attempt).rejects.toBeInstanceOf(InvalidMessageError);
      await expect(attempt).rejects.not.toThrow(/alle@example|boese/);
    }
    expect(await db.selectFrom("mailbox.message").select("id").where("account_id", "=", accountId).execute()).toEqual([]);
  });
});
