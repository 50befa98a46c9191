// The citizen account area under /konto: login and registration journeys, then the settings.
import type { FastifyInstance } from "fastify";
import type { AccountOptions } from "./account-routes-shared.ts";
import { authRoutes } from "./auth-routes.ts";
import { settingsRoutes } from "./settings-routes.ts";

export type { AccountOptions } from "./account-routes-shared.ts";

export async function accountRoutes(app: FastifyInstance, options: AccountOptions): Promise<void> {
  await authRoutes(app, options);
  await settingsRoutes(app, options);
}
