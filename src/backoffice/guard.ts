// Who may enter back-office pages: staff who finished the second factor. A staff session still waiting for
// its code is sent to the code step, anyone else without a session to the login, and citizens get 403.
import type { FastifyReply, FastifyRequest } from "fastify";
import { can, type StaffActor } from "../kernel/identity/index.ts";

export function pendingStaffSession(request: FastifyRequest): boolean {
  return request.session?.accountKind === "staff" && !request.session.secondFactorDone;
}

/** preHandler for every page behind the login. */
export async function requireStaff(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.actor.kind === "staff" && can(request.actor, "backoffice.enter")) return;
  if (request.actor.kind === "citizen") return reply.sendError("forbidden", 403);
  if (pendingStaffSession(request)) return reply.redirect("/verwaltung/anmelden/code", 303);
  return reply.redirect("/verwaltung/anmelden", 303);
}

/** The staff actor of a request that passed requireStaff. */
export function staffOf(request: FastifyRequest): StaffActor {
  if (request.actor.kind !== "staff") throw new Error("route runs without requireStaff");
  return request.actor;
}
