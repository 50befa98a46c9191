// can() and departmentScope(): pure, default-deny answers from the declared rules.
import { describe, expect, it } from "vitest";
import type { Actor, StaffActor } from "../actor.ts";
import { can, definePermissions, departmentScope } from "./catalogue.ts";
import "./identity-permissions.ts";

const staff = (roles: StaffActor["roles"]): StaffActor => ({ kind: "staff", id: "s1", displayName: "S", roles });
const kvrAdmin = staff([{ role: "department-admin", departmentId: "kvr" }, { role: "staff", departmentId: "kvr" }]);
const platformAdmin = staff([{ role: "platform-admin", departmentId: null }]);

definePermissions("test-cases", {
  "test-case.read": { departmentRoles: ["staff", "department-admin"] },
  "test-case.close": { departmentRoles: ["staff"], when: (_a, r) => r.state === "open" },
});

describe("can()", () => {
  it("denies unknown actions, even to platform admins", () => {
    expect(can(platformAdmin, "case.delete-everything", {})).toBe(false);
  });

  it("denies anonymous visitors, citizens and system actors anything", () => {
    const others: Actor[] = [{ kind: "anonymous" }, { kind: "citizen", id: "c", displayName: "C", trustLevel: undefined }, { kind: "system", name: "job" }];
    for (const actor of others) expect(can(actor, "test-case.read", { departmentId: "kvr" })).toBe(false);
  });

  it("allows department roles only in their own department", () => {
    expect(can(kvrAdmin, "test-case.read", { departmentId: "kvr" })).toBe(true);
    expect(can(kvrAdmin, "test-case.read", { departmentId: "bau" })).toBe(false);
    expect(can(kvrAdmin, "test-case.read", {})).toBe(false);
  });

  it("narrows by the rule's condition", () => {
    const clerk = staff([{ role: "staff", departmentId: "kvr" }]);
    expect(can(clerk, "test-case.close", { departmentId: "kvr", state: "open" })).toBe(true);
    expect(can(clerk, "test-case.close", { departmentId: "kvr", state: "closed" })).toBe(false);
    expect(can(platformAdmin, "test-case.close", { departmentId: "kvr", state: "closed" })).toBe(false);
  });

  it("lets department admins grant only department roles in their department", () => {
    expect(can(kvrAdmin, "role.grant", { departmentId: "kvr", role: "staff" })).toBe(true);
    expect(can(kvrAdmin, "role.grant", { departmentId: "kvr", role: "department-admin" })).toBe(true);
    expect(can(kvrAdmin, "role.grant", { departmentId: "bau", role: "staff" })).toBe(false);
    expect(can(kvrAdmin, "role.grant", { departmentId: null, role: "platform-admin" })).toBe(false);
    expect(can(kvrAdmin, "role.grant", { departmentId: "kvr", role: "platform-admin" })).toBe(false);
    expect(can(platformAdmin, "role.grant", { departmentId: null, role: "platform-admin" })).toBe(true);
  });

  it("never lets anyone revoke their own platform-admin role", () => {
    expect(can(platformAdmin, "role.revoke", { departmentId: null, role: "platform-admin", accountId: "s1" })).toBe(false);
    expect(can(platformAdmin, "role.revoke", { departmentId: null, role: "platform-admin", accountId: "other" })).toBe(true);
  });

  it("keeps the audit log and account creation to platform admins", () => {
    expect(can(kvrAdmin, "audit.read")).toBe(false);
    expect(can(staff([{ role: "editor", departmentId: null }]), "audit.read")).toBe(false);
    expect(can(platformAdmin, "audit.read")).toBe(true);
    expect(can(kvrAdmin, "staff.create")).toBe(false);
  });

  it("refuses one action declared by two modules", () => {
    expect(() => definePermissions("other-module", { "test-case.read": {} })).toThrow(/already declared/);
  });
});

describe("departmentScope()", () => {
  it("gives the departments to filter a list by", () => {
    expect(departmentScope(kvrAdmin, "staff.manage")).toEqual({ all: false, departmentIds: ["kvr"] });
    expect(departmentScope(staff([{ role: "staff", departmentId: "kvr" }]), "staff.manage")).toEqual({ all: false, departmentIds: [] });
    expect(departmentScope(platformAdmin, "staff.manage")).toEqual({ all: true });
    expect(departmentScope(kvrAdmin, "unknown.action")).toEqual({ all: false, departmentIds: [] });
    expect(departmentScope({ kind: "anonymous" }, "staff.manage")).toEqual({ all: false, departmentIds: [] });
  });
});
