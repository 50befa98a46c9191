// backoffice/cases: the department inbox, the case page with its actions, response templates and the
// department's figures, all under /verwaltung/vorgaenge behind the staff login.
import type { FastifyInstance } from "fastify";
import { requireStaff } from "../guard.ts";
import type { BackofficeOptions } from "../options.ts";
import { caseRoutes } from "./case-routes.ts";
import { dashboardRoutes } from "./dashboard-routes.ts";
import { inboxRoutes } from "./inbox-routes.ts";
import { templatesRoutes } from "./templates-routes.ts";

export async function caseBackofficeRoutes(app: FastifyInstance, options: BackofficeOptions): Promise<void> {
  app.addHook("preHandler", requireStaff);
  await inboxRoutes(app, options);
  await dashboardRoutes(app, options);
  await templatesRoutes(app, options);
  await caseRoutes(app, options);
}
