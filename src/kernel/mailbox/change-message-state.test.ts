// Opening, archiving and bringing back messages: the owner may, nobody else finds them, every change is
// audited once; and the Postkorb's part of "Meine Daten" and "Konto löschen".
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { resetDatabase, testDatabase } from "../../../test/support/database.ts";
import { anonymous, exportPersonalData, personalDataSources, system, type CitizenActor, type StaffActor } from "../identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import { createJobQueue, type JobQueue } from "../../platform/jobs/index.ts";
import { changeMessageState, countUnreadMessages, deliverMessage, findMessage, listMessages, type MessageEvent } from "./index.ts";
import type { Actor } from "../identity/index.ts";

let db: Db;
let anna: CitizenActor;
let bernd: CitizenActor;
// Unconfirmed addresses get no mail, so this queue only has to exist: it is never started.
let jobs: JobQueue;

beforeAll(async () => {
  const database = await testDatabase();
  await resetDatabase(database);
  db = database.db;
  jobs = createJobQueue(database, { work: false });
  await db
    .insertInto("catalogue.department")
    .values({ id: "bau", short_name: "BAU", name: sql`${JSON.stringify({ de: "Baureferat" })}::jsonb` })
    .execute();
  const make = async (email: string, name: string): Promise<CitizenActor> => {
    const { id } = await db
      .insertInto("identity.account")
      .values({ kind: "citizen", email, display_name: name, email_confirmed_at: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { kind: "citizen", id, displayName: name, trustLevel: undefined };
  };
  anna = await make("anna@example.org", "Anna");
  bernd = await make("bernd@example.org", "Bernd");
});

async function deliverTo(actor: CitizenActor, subject: string): Promise<string> {
  return inTransaction(db, async (tx) => {
    const { id } = await deliverMessage(tx, jobs, { accountId: actor.id, subject, body: "Text", senderDepartmentId: "bau" }, { actor: system("test"), publicUrl: "https://x.example" });
    return id;
  });
}

const change = (actor: Actor, messageId: string, event: MessageEvent) => inTransaction(db, (tx) => changeMessageState(actor, { messageId, event }, tx));

function auditFor(id: string) {
  return db.selectFrom("audit.record").select(["action", "actor_id", "detail"]).where("subject_id", "=", id).orderBy("id").execute();
}

describe("changeMessageState", () => {
  it("takes a message from unread to read to archived and back to read, auditing each change once", async () => {
    const id = await deliverTo(anna, "Baustelle vor Ihrem Haus");
    expect(await countUnreadMessages(db, anna.id)).toBe(1);

    expect(await change(anna, id, "open")).toEqual({ ok: true, state: "read", changed: true });
    expect(await change(anna, id, "open")).toEqual({ ok: true, state: "read", changed: false });
    expect(await countUnreadMessages(db, anna.id)).toBe(0);
    const read = await findMessage(db, anna.id, id);
    expect(read?.readAt).toBeInstanceOf(Date);

    expect(await change(anna, id, "archive")).toEqual({ ok: true, state: "archived", changed: true });
    expect((await listMessages(db, anna.id, "inbox", 1)).items).toEqual([]);
    expect((await listMessages(db, anna.id, "archive", 1)).items.map((m) => m.id)).toEqual([id]);

    expect(await change(anna, id, "unarchive")).toEqual({ ok: true, state: "read", changed: true });
    const back = await findMessage(db, anna.id, id);
    expect(back).toMatchObject({ state: "read", archivedAt: null });
    expect(back?.readAt).toEqual(read?.readAt);

    expect((await auditFor(id)).map((r) => r.action)).toEqual([
      "mailbox.message-delivered",
      "mailbox.message-read",
      "mailbox.message-archived",
      "mailbox.message-unarchived",
    ]);
  });

  it("archiving an unread message marks it read, so the archive never counts as new", async () => {
    const id = await deliverTo(anna, "Gleich ins Archiv");
    expect(await change(anna, id, "archive")).toMatchObject({ state: "archived" });
    expect(await countUnreadMessages(db, anna.id)).toBe(0);
  });

  it("does not find another citizen's message for anyone but its owner, and changes nothing", async () => {
    const id = await deliverTo(anna, "Nur für Anna");
    const staff: StaffActor = { kind: "staff", id: bernd.id, displayName: "Bernd", roles: [{ role: "platform-admin", departmentId: null }] };
    for (const actor of [bernd, staff, anonymous(), system("x")] as Actor[]) {
      for (const event of ["open", "archive", "unarchive"] as MessageEvent[]) {
        expect(await change(actor, id, event)).toEqual({ ok: false, reason: "not-found" });
      }
    }
    expect(await findMessage(db, bernd.id, id)).toBeUndefined();
    expect((await listMessages(db, bernd.id, "inbox", 1)).total).toBe(0);
    expect((await findMessage(db, anna.id, id))?.state).toBe("unread");
    expect((await auditFor(id)).map((r) => r.action)).toEqual(["mailbox.message-delivered"]);
  });
});

describe("personal data of the Postkorb", () => {
  it("is registered, exports the account's messages with attachment details, and erases them", async () => {
    const source = personalDataSources().find((s) => s.name === "postkorb");
    expect(source).toBeDefined();
    const id = await deliverTo(bernd, "Ihr Bescheid");
    await db.insertInto("mailbox.attachment").values({ message_id: id, file_name: "bescheid.pdf", content_type: "application/pdf", size_bytes: 12345, storage_key: "k/1" }).execute();

    const exported = (await source!.export(db, bernd.id)) as Array<Record<string, unknown>>;
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ id, subject: "Ihr Bescheid", body: "Text", senderDepartment: "bau", state: "unread" });
    expect(exported[0]!.attachments).toEqual([expect.objectContaining({ fileName: "bescheid.pdf", contentType: "application/pdf", sizeBytes: 12345 })]);

    // "Meine Daten" of identity carries it under the source's name.
    const download = await inTransaction(db, (tx) => exportPersonalData(bernd, tx));
    expect(download.postkorb).toEqual(exported);

    await inTransaction(db, (tx) => source!.erase(tx, bernd.id));
    expect(await db.selectFrom("mailbox.message").select("id").where("account_id", "=", bernd.id).execute()).toEqual([]);
    expect(await db.selectFrom("mailbox.attachment").select("id").where("message_id", "=", id).execute()).toEqual([]);
    // Anna's messages are untouched.
    expect((await listMessages(db, anna.id, "inbox", 1)).total).toBeGreaterThan(0);
  });
});
