// grantRole / revokeRole as use cases, without the back office in front: the permission rules hold on their own.
import { beforeAll, describe, expect, it } from "vitest";
import { resetDatabase, testDatabase } from "../../../../test/support/database.ts";
import { inTransaction, type Database } from "../../../platform/db/index.ts";
import { searchAudit } from "../../audit/index.ts";
import type { StaffActor } from "../actor.ts";
import { createStaffAccount } from "../create-staff-account.ts";
import "../permissions/identity-permissions.ts";
import { grantRole, revokeRole, RoleChangeInput } from "./change-role.ts";

let database: Database;
let kvrAdmin: StaffActor;
let admin: StaffActor;
let otherAdminId: string;
let bauClerkId: string;
let kvrClerkId: string;

const account = (email: string, roles: Parameters<typeof createStaffAccount>[1]["roles"]) =>
  inTransaction(database.db, (tx) => createStaffAccount(tx, { email, displayName: email, password: "lang-genug-und-geheim", roles }));

beforeAll(async () => {
  database = await testDatabase();
  await resetDatabase(database);
  await database.db.insertInto("catalogue.department").values([{ id: "kvr", short_name: "KVR", name: { de: "KVR" } }, { id: "bau", short_name: "BAU", name: { de: "Baureferat" } }]).execute();
  kvrAdmin = { kind: "staff", id: await account("leitung@kvr.example", [{ role: "department-admin", departmentId: "kvr" }]), displayName: "L", roles: [{ role: "department-admin", departmentId: "kvr" }] };
  admin = { kind: "staff", id: await account("admin@x.example", [{ role: "platform-admin", departmentId: null }]), displayName: "A", roles: [{ role: "platform-admin", departmentId: null }] };
  otherAdminId = await account("admin2@x.example", [{ role: "platform-admin", departmentId: null }]);
  bauClerkId = await account("bau@x.example", [{ role: "staff", departmentId: "bau" }]);
  kvrClerkId = await account("kvr@x.example", [{ role: "staff", departmentId: "kvr" }]);
});

const input = (accountId: string, role: string, departmentId: string) => RoleChangeInput.parse({ accountId, role, departmentId });

describe("role changes", () => {
  it("refuse a department admin anything outside their department or above department roles", async () => {
    await inTransaction(database.db, async (tx) => {
      expect(await grantRole(kvrAdmin, input(bauClerkId, "department-admin", "bau"), tx)).toEqual({ ok: false, reason: "forbidden" });
      expect(await revokeRole(kvrAdmin, input(bauClerkId, "staff", "bau"), tx)).toEqual({ ok: false, reason: "forbidden" });
      expect(await grantRole(kvrAdmin, input(kvrClerkId, "editor", ""), tx)).toEqual({ ok: false, reason: "forbidden" });
      expect(await grantRole(kvrAdmin, input(kvrClerkId, "platform-admin", ""), tx)).toEqual({ ok: false, reason: "forbidden" });
      expect(await grantRole({ kind: "system", name: "job" }, input(kvrClerkId, "staff", "kvr"), tx)).toEqual({ ok: false, reason: "forbidden" });
    });
    expect((await searchAudit(database.db, { action: "role.", limit: 10, offset: 0 })).total).toBe(0);
  });

  it("refuse roles without their department, or department roles without one", () => {
    expect(RoleChangeInput.safeParse({ accountId: kvrClerkId, role: "staff", departmentId: "" }).success).toBe(false);
    expect(RoleChangeInput.safeParse({ accountId: kvrClerkId, role: "editor", departmentId: "kvr" }).success).toBe(false);
  });

  it("grant once, record it, and report a repeat as unchanged", async () => {
    const first = await inTransaction(database.db, (tx) => grantRole(kvrAdmin, input(kvrClerkId, "department-admin", "kvr"), tx));
    const again = await inTransaction(database.db, (tx) => grantRole(kvrAdmin, input(kvrClerkId, "department-admin", "kvr"), tx));
    expect(first).toEqual({ ok: true, changed: true });
    expect(again).toEqual({ ok: true, changed: false });
    const records = await searchAudit(database.db, { action: "role.granted", limit: 10, offset: 0 });
    expect(records.entries.map((e) => [e.actorId, e.subjectId, e.detail])).toEqual([[kvrAdmin.id, kvrClerkId, { role: "department-admin", departmentId: "kvr" }]]);
  });

  it("keep platform admins from revoking their own role, but let them revoke another's", async () => {
    expect(await inTransaction(database.db, (tx) => revokeRole(admin, input(admin.id, "platform-admin", ""), tx))).toEqual({ ok: false, reason: "last-platform-admin" });
    expect(await inTransaction(database.db, (tx) => revokeRole(admin, input(otherAdminId, "platform-admin", ""), tx))).toEqual({ ok: true, changed: true });
    const [record] = (await searchAudit(database.db, { action: "role.revoked", limit: 10, offset: 0 })).entries;
    expect(record).toMatchObject({ actorId: admin.id, subjectId: otherAdminId, detail: { role: "platform-admin", departmentId: null } });
  });

  it("refuse unknown accounts and departments", async () => {
    await inTransaction(database.db, async (tx) => {
      expect(await grantRole(admin, input("00000000-0000-4000-8000-000000000000", "editor", ""), tx)).toEqual({ ok: false, reason: "not-found" });
      expect(await grantRole(admin, input(kvrClerkId, "staff", "gibt-es-nicht"), tx)).toEqual({ ok: false, reason: "not-found" });
    });
  });
});
