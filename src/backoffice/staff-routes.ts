// The back office behind the login: overview, staff list, one person's roles (grant, revoke), second factor
// (reset, after a confirmation page) and login lockout (lift), new accounts.
// Every route asks can() before acting; the use cases ask again, so a forged form is refused as well.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { h } from "preact";
import { z } from "zod";
import {
  NewStaffMemberInput,
  RoleChangeInput,
  can,
  createStaffMember,
  departmentScope,
  findManagedStaff,
  grantRole,
  listStaff,
  mayResetSecondFactor,
  mayUnlockStaffLogin,
  resetSecondFactor,
  revokeRole,
  secondFactorSince,
  staffLoginLockedUntil,
  unlockStaffLogin,
  type Role,
  type RoleGrant,
  type StaffActor,
  type StaffMember,
} from "../kernel/identity/index.ts";
import { inTransaction } from "../platform/db/index.ts";
import { parseFormInput, type FieldErrors } from "../platform/html/index.ts";
import { requireStaff, staffOf } from "./guard.ts";
import type { BackofficeOptions } from "./options.ts";
import { OverviewPage } from "./overview-page.tsx";
import { staffMessages } from "./staff-messages.ts";
import { NewStaffPage, StaffDetailPage, StaffListPage } from "./staff-pages.tsx";
import { ResetSecondFactorPage } from "./staff-second-factor-page.tsx";

const allRoles: readonly Role[] = ["staff", "department-admin", "editor", "platform-admin"];
const departmentRoles: readonly Role[] = ["staff", "department-admin"];

// The grant form sends one value "role:department" (department empty for city-wide roles).
const GrantChoiceInput = z.object({ grant: z.string().regex(/^[a-z-]+:[a-z0-9-]*$/) });

const notices = { vergeben: "granted", entzogen: "revoked", unveraendert: "unchanged", angelegt: "created", "zweiter-faktor": "secondFactorReset", entsperrt: "unlocked", "nicht-gesperrt": "unlockNotLocked" } as const;

export async function staffRoutes(app: FastifyInstance, options: BackofficeOptions): Promise<void> {
  const { db, catalogue } = options;
  app.addHook("preHandler", requireStaff);

  const mayManageSomeone = (actor: StaffActor) => {
    const scope = departmentScope(actor, "staff.manage");
    return scope.all || scope.departmentIds.length > 0;
  };

  async function grantableFor(actor: StaffActor, member: StaffMember): Promise<RoleGrant[]> {
    const snapshot = await catalogue.get();
    const candidates: RoleGrant[] = [];
    for (const role of allRoles) {
      if (departmentRoles.includes(role)) for (const id of snapshot.departments.keys()) candidates.push({ role, departmentId: id });
      else candidates.push({ role, departmentId: null });
    }
    const held = new Set(member.roles.map((g) => `${g.role}:${g.departmentId}`));
    return candidates.filter((g) => !held.has(`${g.role}:${g.departmentId}`) && can(actor, "role.grant", { departmentId: g.departmentId, role: g.role }));
  }

  async function renderDetail(request: FastifyRequest, reply: FastifyReply, member: StaffMember, extra: { notice?: string; errors?: FieldErrors } = {}, status = 200) {
    const actor = staffOf(request);
    const since = await secondFactorSince(db, member.id);
    const lockedUntil = mayUnlockStaffLogin(actor, member) ? await staffLoginLockedUntil(db, member.email) : undefined;
    const page = h(StaffDetailPage, { actor, member, catalogue: await catalogue.get(), grantable: await grantableFor(actor, member), secondFactorSince: since, lockedUntil, ...extra });
    return reply.render(page, status);
  }

  app.get("/verwaltung", async (request, reply) => reply.render(h(OverviewPage, { actor: staffOf(request), catalogue: await catalogue.get() })));

  app.get("/verwaltung/mitarbeitende", async (request, reply) => {
    const actor = staffOf(request);
    if (!mayManageSomeone(actor)) return reply.sendError("forbidden", 403);
    return reply.render(h(StaffListPage, { actor, staff: await listStaff(actor, db), catalogue: await catalogue.get() }));
  });

  app.get("/verwaltung/mitarbeitende/neu", async (request, reply) => {
    const actor = staffOf(request);
    if (!can(actor, "staff.create")) return reply.sendError("forbidden", 403);
    return reply.render(h(NewStaffPage, { actor }));
  });

  app.post("/verwaltung/mitarbeitende/neu", async (request, reply) => {
    const actor = staffOf(request);
    if (!can(actor, "staff.create")) return reply.sendError("forbidden", 403);
    const form = parseFormInput(NewStaffMemberInput, request.body, request.locale);
    if (!form.ok) return reply.render(h(NewStaffPage, { actor, errors: form.errors, values: form.values }), 400);
    const result = await inTransaction(db, (tx) => createStaffMember(actor, form.data, tx, { jobs: options.jobs, publicUrl: options.publicUrl }));
    if (!result.ok) {
      if (result.reason === "forbidden") return reply.sendError("forbidden", 403);
      const m = staffMessages.in(request.locale);
      return reply.render(h(NewStaffPage, { actor, errors: { email: m.emailTaken }, values: { displayName: form.data.displayName, email: form.data.email } }), 409);
    }
    return reply.redirect(`/verwaltung/mitarbeitende/${result.accountId}?hinweis=angelegt`, 303);
  });

  app.get("/verwaltung/mitarbeitende/:id", async (request, reply) => {
    const actor = staffOf(request);
    const member = await findManagedStaff(actor, db, (request.params as { id: string }).id);
    // Not one of the actor's staff: 403 alike whether the account exists, so ids reveal nothing.
    if (!member) return reply.sendError("forbidden", 403);
    const key = (request.query as { hinweis?: string }).hinweis;
    const notice = key && Object.hasOwn(notices, key) ? staffMessages.in(request.locale)[notices[key as keyof typeof notices]] : undefined;
    return renderDetail(request, reply, member, notice ? { notice } : {});
  });

  async function changeRole(request: FastifyRequest, reply: FastifyReply, change: typeof grantRole) {
    const actor = staffOf(request);
    const m = staffMessages.in(request.locale);
    const accountId = (request.params as { id: string }).id;
    const member = await findManagedStaff(actor, db, accountId);
    if (!member) return reply.sendError("forbidden", 403);
    const choice = parseFormInput(GrantChoiceInput, request.body, request.locale);
    if (!choice.ok) return renderDetail(request, reply, member, { errors: { grant: m.chooseRole } }, 400);
    const [role, departmentId] = choice.data.grant.split(":") as [string, string];
    const input = RoleChangeInput.safeParse({ accountId, role, departmentId });
    if (!input.success) return renderDetail(request, reply, member, { errors: { grant: m.chooseRole } }, 400);
    const result = await inTransaction(db, (tx) => change(actor, input.data, tx));
    if (!result.ok) {
      if (result.reason === "last-platform-admin") return renderDetail(request, reply, member, { errors: { grant: m.lastPlatformAdmin } }, 409);
      return reply.sendError("forbidden", 403);
    }
    const done = !result.changed ? "unveraendert" : change === grantRole ? "vergeben" : "entzogen";
    return reply.redirect(`/verwaltung/mitarbeitende/${accountId}?hinweis=${done}`, 303);
  }

  // Resetting the second factor: a confirmation page, then the post. Someone the actor may not reset (their own
  // account, a platform admin for a department admin, another department's staff) gets 403 on both.
  async function resettable(request: FastifyRequest): Promise<StaffMember | undefined> {
    const actor = staffOf(request);
    const member = await findManagedStaff(actor, db, (request.params as { id: string }).id);
    return member && mayResetSecondFactor(actor, member) ? member : undefined;
  }

  app.get("/verwaltung/mitarbeitende/:id/zweiter-faktor", async (request, reply) => {
    const member = await resettable(request);
    if (!member) return reply.sendError("forbidden", 403);
    if (!(await secondFactorSince(db, member.id))) {
      return renderDetail(request, reply, member, { errors: { secondFactor: staffMessages.in(request.locale).resetNotEnrolled } }, 409);
    }
    return reply.render(h(ResetSecondFactorPage, { actor: staffOf(request), member }));
  });

  app.post("/verwaltung/mitarbeitende/:id/zweiter-faktor", async (request, reply) => {
    const member = await resettable(request);
    if (!member) return reply.sendError("forbidden", 403);
    const result = await inTransaction(db, (tx) => resetSecondFactor(staffOf(request), { accountId: member.id }, tx, { jobs: options.jobs }));
    if (!result.ok) {
      if (result.reason === "not-enrolled") {
        return renderDetail(request, reply, member, { errors: { secondFactor: staffMessages.in(request.locale).resetNotEnrolled } }, 409);
      }
      return reply.sendError("forbidden", 403);
    }
    return reply.redirect(`/verwaltung/mitarbeitende/${member.id}?hinweis=zweiter-faktor`, 303);
  });

  // Lifting a login lockout: one button, shown only while the person is locked; the same people as for a reset.
  app.post("/verwaltung/mitarbeitende/:id/sperre-aufheben", async (request, reply) => {
    const actor = staffOf(request);
    const member = await findManagedStaff(actor, db, (request.params as { id: string }).id);
    if (!member || !mayUnlockStaffLogin(actor, member)) return reply.sendError("forbidden", 403);
    const result = await inTransaction(db, (tx) => unlockStaffLogin(actor, { accountId: member.id }, tx));
    if (!result.ok && result.reason !== "not-locked") return reply.sendError("forbidden", 403);
    return reply.redirect(`/verwaltung/mitarbeitende/${member.id}?hinweis=${result.ok ? "entsperrt" : "nicht-gesperrt"}`, 303);
  });

  app.post("/verwaltung/mitarbeitende/:id/rollen", (request, reply) => changeRole(request, reply, grantRole));
  app.post("/verwaltung/mitarbeitende/:id/rollen/entziehen", (request, reply) => changeRole(request, reply, revokeRole));
}
