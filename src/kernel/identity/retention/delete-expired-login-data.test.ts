// Login data retention: expired and idle sessions, links a week past their end, login attempts older than a
// day, and expired OIDC flows and passkey challenges go; everything still alive stays.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { resetDatabase, testDatabase } from "../../../../test/support/database.ts";
import { inTransaction, type Database } from "../../../platform/db/index.ts";
import { deleteExpiredLoginData, LINK_RETENTION_DAYS_AFTER_EXPIRY, LOGIN_ATTEMPT_RETENTION_HOURS } from "../index.ts";

let database: Database;
let accountId: string;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const now = new Date("2026-11-28T10:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const key = () => randomBytes(32);

beforeAll(async () => {
  database = await testDatabase();
  await resetDatabase(database);
  const account = await database.db
    .insertInto("identity.account")
    .values({ kind: "citizen", email: "retention@example.org", display_name: "Retention", password_hash: null, email_confirmed_at: null, street: null, postal_code: null, city: null, preferred_language: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  accountId = account.id;
});

async function insertSession(label: string, lastSeen: Date, expires: Date): Promise<void> {
  await database.db
    .insertInto("identity.session")
    .values({ token_hash: Buffer.from(label.padEnd(32, "-")), account_id: accountId, created_at: ago(2 * HOUR), last_seen_at: lastSeen, expires_at: expires, method: "password" })
    .execute();
}

describe("login data retention", () => {
  it("deletes only what has expired", async () => {
    const db = database.db;
    await insertSession("live", ago(5 * MIN), new Date(now.getTime() + 5 * HOUR));
    await insertSession("idle", ago(31 * MIN), new Date(now.getTime() + 5 * HOUR));
    await insertSession("ended", ago(1 * MIN), ago(1 * MIN));

    const link = (purpose: "confirm-email" | "reset-password", expires: Date, hash = key()) =>
      db.insertInto("identity.account_token").values({ token_hash: hash, account_id: accountId, purpose, new_email: null, expires_at: expires, used_at: null }).execute();
    await link("confirm-email", ago((LINK_RETENTION_DAYS_AFTER_EXPIRY + 1) * DAY));
    await link("reset-password", ago(1 * DAY)); // expired yesterday: a late click still hears "expired"
    const staffLink = (expires: Date) => db.insertInto("identity.staff_password_token").values({ token_hash: key(), account_id: accountId, expires_at: expires, used_at: null }).execute();
    await staffLink(ago((LINK_RETENTION_DAYS_AFTER_EXPIRY + 1) * DAY));
    await staffLink(new Date(now.getTime() + HOUR));

    const attempt = (at: Date) => db.insertInto("identity.login_attempt").values({ email_key: key(), ip: "192.0.2.1", succeeded: false, attempted_at: at }).execute();
    await attempt(ago(LOGIN_ATTEMPT_RETENTION_HOURS * HOUR + MIN));
    await attempt(ago(HOUR));
    const staffAttempt = (at: Date) => db.insertInto("identity.staff_login_attempt").values({ email_key: key(), stage: "password", succeeded: false, attempted_at: at }).execute();
    await staffAttempt(ago(LOGIN_ATTEMPT_RETENTION_HOURS * HOUR + MIN));
    await staffAttempt(ago(HOUR));

    const flow = (handle: string, expires: Date) =>
      db.insertInto("identity.oidc_flow").values({ handle_hash: Buffer.from(handle), audience: "citizen", state: "s", nonce: "n", code_verifier: "v", return_to: "/konto", expires_at: expires }).execute();
    await flow("old", ago(MIN));
    await flow("new", new Date(now.getTime() + 5 * MIN));
    const challenge = (c: string, expires: Date) => db.insertInto("identity.webauthn_challenge").values({ challenge: c, purpose: "login", account_id: null, expires_at: expires }).execute();
    await challenge("old", ago(MIN));
    await challenge("new", new Date(now.getTime() + 4 * MIN));

    const counts = await inTransaction(db, (tx) => deleteExpiredLoginData(tx, now));
    expect(counts).toEqual({ sessions: 2, accountTokens: 1, staffPasswordTokens: 1, loginAttempts: 1, staffLoginAttempts: 1, oidcFlows: 1, passkeyChallenges: 1 });

    const sessions = await db.selectFrom("identity.session").select("token_hash").execute();
    expect(sessions.map((s) => s.token_hash.toString().replace(/-+$/, ""))).toEqual(["live"]);
    expect(await db.selectFrom("identity.account_token").select("purpose").execute()).toEqual([{ purpose: "reset-password" }]);
    expect(await db.selectFrom("identity.staff_password_token").select("token_hash").execute()).toHaveLength(1);
    expect((await db.selectFrom("identity.login_attempt").select("attempted_at").execute()).map((r) => r.attempted_at)).toEqual([ago(HOUR)]);
    expect((await db.selectFrom("identity.staff_login_attempt").select("attempted_at").execute()).map((r) => r.attempted_at)).toEqual([ago(HOUR)]);
    expect((await db.selectFrom("identity.oidc_flow").select("handle_hash").execute()).map((r) => r.handle_hash.toString())).toEqual(["new"]);
    expect((await db.selectFrom("identity.webauthn_challenge").select("challenge").execute()).map((r) => r.challenge)).toEqual(["new"]);
    // The account itself is no login leftover.
    expect(await db.selectFrom("identity.account").select("id").where("id", "=", accountId).execute()).toHaveLength(1);
  });
});
