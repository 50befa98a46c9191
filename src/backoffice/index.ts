// backoffice: the staff shell at /verwaltung — staff login with a second factor, overview, staff and roles,
// audit log. It uses platform and kernel modules through their index.ts, never the portal.
import type { FastifyInstance } from "fastify";
import { auditRoutes } from "./audit-routes.ts";
import { caseBackofficeRoutes } from "./cases/index.ts";
import { catalogueEditorRoutes } from "./catalogue/catalogue-routes.ts";
import { loginRoutes } from "./login-routes.ts";
import type { BackofficeOptions } from "./options.ts";
import { passwordRoutes } from "./password-routes.ts";
import { recoveryRoutes } from "./recovery-routes.ts";
import { staffRoutes } from "./staff-routes.ts";

export type { BackofficeOptions } from "./options.ts";

export async function backofficePlugin(app: FastifyInstance, options: BackofficeOptions): Promise<void> {
  await loginRoutes(app, options);
  await passwordRoutes(app, options);
  // Each in its own scope, so their "staff only" preHandler does not reach the login routes.
  await app.register(async (scope) => staffRoutes(scope, options));
  await app.register(async (scope) => auditRoutes(scope, options));
  await app.register(async (scope) => recoveryRoutes(scope, options));
  await app.register(async (scope) => catalogueEditorRoutes(scope, options));
  await app.register(async (scope) => caseBackofficeRoutes(scope, options));
}
