import { beforeAll, describe, expect, it } from "vitest";
import { resetDatabase, testDatabase } from "../../../test/support/database.ts";
import { inTransaction, type Database } from "../../platform/db/index.ts";
import { createSession, endAllSessions, endSession, resolveSession } from "./sessions.ts";
import { actorFor } from "./session-plugin.ts";
import { createStaffAccount, meetsTrustLevel } from "./index.ts";

let database: Database;
let staffId: string;
let citizenId: string;

beforeAll(async () => {
  database = await testDatabase();
  await resetDatabase(database);
  await database.db.insertInto("catalogue.department").values({ id: "kvr", short_name: "KVR", name: { de: "Kreisverwaltungsreferat" } }).execute();
  staffId = await inTransaction(database.db, (tx) =>
    createStaffAccount(tx, { email: "kim@stadttor.example", displayName: "Kim", password: "lang-genug-und-geheim", roles: [{ role: "staff", departmentId: "kvr" }] }),
  );
  const citizen = await database.db
    .insertInto("identity.account")
    .values({ kind: "citizen", email: "eva@beispiel.de", display_name: "Eva" })
    .returning("id")
    .executeTakeFirstOrThrow();
  citizenId = citizen.id;
});

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

describe("sessions", () => {
  it("resolve a fresh citizen session to a citizen actor with its trust level", async () => {
    const token = await inTransaction(database.db, (tx) => createSession(tx, { accountId: citizenId, method: "oidc", acr: "level3" }));
    const session = await resolveSession(database.db, token);
    const actor = actorFor(session, "req-1");
    expect(actor).toMatchObject({ kind: "citizen", id: citizenId, trustLevel: "level3", requestId: "req-1" });
    expect(meetsTrustLevel(actor, "level3")).toBe(true);
    expect(meetsTrustLevel(actor, "level4")).toBe(false);
  });

  it("store only a hash of the token", async () => {
    const token = await inTransaction(database.db, (tx) => createSession(tx, { accountId: citizenId, method: "password" }));
    const rows = await database.db.selectFrom("identity.session").select("token_hash").execute();
    expect(rows.some((r) => r.token_hash.toString("base64url") === token || r.token_hash.toString() === token)).toBe(false);
  });

  it("make staff staff only after the second factor", async () => {
    const token = await inTransaction(database.db, (tx) => createSession(tx, { accountId: staffId, method: "password" }));
    expect(actorFor(await resolveSession(database.db, token), "r").kind).toBe("anonymous");
    const withMfa = await inTransaction(database.db, (tx) => createSession(tx, { accountId: staffId, method: "password", secondFactor: true }));
    expect(actorFor(await resolveSession(database.db, withMfa), "r")).toMatchObject({ kind: "staff", roles: [{ role: "staff", departmentId: "kvr" }] });
  });

  it("end after the idle time and at the absolute end", async () => {
    const token = await inTransaction(database.db, (tx) => createSession(tx, { accountId: citizenId, method: "password" }));
    expect(await resolveSession(database.db, token, minutes(29))).toBeDefined();
    // The request at +29 min renews the idle clock; 31 minutes of silence after it end the session.
    expect(await resolveSession(database.db, token, minutes(31 + 29))).toBeUndefined();
    const other = await inTransaction(database.db, (tx) => createSession(tx, { accountId: citizenId, method: "password" }));
    expect(await resolveSession(database.db, other, minutes(12 * 60 + 1))).toBeUndefined();
  });

  it("end one at logout, or all of an account everywhere", async () => {
    const a = await inTransaction(database.db, (tx) => createSession(tx, { accountId: citizenId, method: "password" }));
    const b = await inTransaction(database.db, (tx) => createSession(tx, { accountId: citizenId, method: "password" }));
    await inTransaction(database.db, (tx) => endSession(tx, a));
    expect(await resolveSession(database.db, a)).toBeUndefined();
    expect(await resolveSession(database.db, b)).toBeDefined();
    await inTransaction(database.db, (tx) => endAllSessions(tx, citizenId));
    expect(await resolveSession(database.db, b)).toBeUndefined();
  });

  it("ignore tokens that are malformed or unknown", async () => {
    expect(await resolveSession(database.db, "x")).toBeUndefined();
    expect(await resolveSession(database.db, "A".repeat(43))).toBeUndefined();
  });
});

describe("session display name", () => {
  it("falls back to the e-mail address when no name was given", async () => {
    const nameless = await database.db
      .insertInto("identity.account")
      .values({ kind: "citizen", email: "ohne.name@beispiel.de", display_name: "" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const token = await inTransaction(database.db, (tx) => createSession(tx, { accountId: nameless.id, method: "password" }));
    expect((await resolveSession(database.db, token))?.displayName).toBe("ohne.name@beispiel.de");
  });
});
