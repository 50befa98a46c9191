// The use case against a real database and the real job queue: the feedback row and the notification mail to
// the contact point are written together, or not at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetDatabase, testDatabase } from "../../../test/support/database.ts";
import { inTransaction, type Database } from "../../platform/db/index.ts";
import { createJobQueue, type JobQueue } from "../../platform/jobs/index.ts";
import { mailWorker } from "../../platform/mail/index.ts";
import { accessibilityFeedbackInput } from "./accessibility-feedback-input.ts";
import { demoSiteOperator } from "./site-operator.ts";
import { submitAccessibilityFeedback } from "./submit-accessibility-feedback.ts";

let database: Database;
let jobs: JobQueue;
const to = demoSiteOperator.accessibilityContact.email!;

beforeAll(async () => {
  database = await testDatabase();
  await resetDatabase(database);
  // A sending-only queue, as in a web process: the mail job is declared, nobody delivers it here.
  jobs = createJobQueue(database, { work: false });
  await mailWorker({ db: database.db, jobs, transport: null });
  await jobs.start();
});
afterAll(() => jobs?.stop());

const input = accessibilityFeedbackInput("de").parse({ message: "Das Suchfeld hat keine sichtbare Beschriftung.", name: "", email: "leser@example.org", answer: "yes" });

describe("submitAccessibilityFeedback", () => {
  it("stores the feedback and queues one German notification to the contact point in the same transaction", async () => {
    const receipt = await inTransaction(database.db, (tx) => submitAccessibilityFeedback(tx, input, "en", { jobs, to }));
    expect(receipt.reference).toMatch(/^BF-\d{4}-\d{6}$/);
    expect(receipt.receiptToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const mails = await database.db.selectFrom("mail.outbox").selectAll().execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ recipient: "barrierefreiheit@muenchen.example", subject: `Neue Rückmeldung zur Barrierefreiheit ${receipt.reference}` });
    expect(mails[0]!.text_body).toContain("Das Suchfeld hat keine sichtbare Beschriftung.");
    expect(mails[0]!.text_body).toContain("Name: nicht angegeben");
    expect(mails[0]!.text_body).toContain("innerhalb von 6 Wochen");
  });

  it("counts reference numbers up one by one and never hands out a receipt token twice", async () => {
    const a = await inTransaction(database.db, (tx) => submitAccessibilityFeedback(tx, input, "de", undefined));
    const b = await inTransaction(database.db, (tx) => submitAccessibilityFeedback(tx, input, "de", undefined));
    const number = (ref: string) => Number(ref.split("-")[2]);
    expect(number(b.reference)).toBe(number(a.reference) + 1);
    expect(a.receiptToken).not.toBe(b.receiptToken);
  });

  it("leaves neither feedback nor mail behind when the transaction rolls back", async () => {
    const count = async () => ({
      feedback: (await database.db.selectFrom("portal.accessibility_feedback").select("id").execute()).length,
      mail: (await database.db.selectFrom("mail.outbox").select("id").execute()).length,
    });
    const before = await count();
    await expect(
      inTransaction(database.db, async (tx) => {
        await submitAccessibilityFeedback(tx, input, "de", { jobs, to });
        throw new Error("something later in the same transaction failed");
      }),
    ).rejects.toThrow("something later");
    expect(await count()).toEqual(before);
  });
});
