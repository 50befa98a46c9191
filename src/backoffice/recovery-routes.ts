// /verwaltung/wiederherstellungscodes: a staff member makes a new set of recovery codes. The codes are shown in
// the answer to the POST and never again (only their hashes are stored), so this form does not redirect.
import type { FastifyInstance } from "fastify";
import { h } from "preact";
import { createRecoveryCodes, unusedRecoveryCodes } from "../kernel/identity/index.ts";
import { inTransaction } from "../platform/db/index.ts";
import { requireStaff, staffOf } from "./guard.ts";
import type { BackofficeOptions } from "./options.ts";
import { RecoveryCodesPage } from "./recovery-page.tsx";

export async function recoveryRoutes(app: FastifyInstance, { db }: BackofficeOptions): Promise<void> {
  app.addHook("preHandler", requireStaff);

  app.get("/verwaltung/wiederherstellungscodes", async (request, reply) => {
    const actor = staffOf(request);
    return reply.render(h(RecoveryCodesPage, { actor, unused: await unusedRecoveryCodes(db, actor.id) }));
  });

  app.post("/verwaltung/wiederherstellungscodes", async (request, reply) => {
    const actor = staffOf(request);
    const codes = await inTransaction(db, (tx) => createRecoveryCodes(actor, actor.id, tx));
    return reply.render(h(RecoveryCodesPage, { actor, unused: codes.length, codes }));
  });
}
