// buildApp(config, database) → a ready Fastify instance with every module registered. main.ts listens
// with it; tests call it and use app.inject(). It never migrates or seeds: that is main's job.
import Fastify, { type FastifyInstance } from "fastify";
import { CatalogueCache } from "./kernel/catalogue/index.ts";
import type { Config } from "./platform/config/index.ts";
import type { Database } from "./platform/db/index.ts";
import { sql } from "kysely";
import { assetsPlugin } from "./platform/html/index.ts";
import { httpPlugin, loggerOptions, resolveSecret } from "./platform/http/index.ts";
import { portalChrome, portalPlugin } from "./portal/index.ts";

export interface AppServices {
  catalogue: CatalogueCache;
}

declare module "fastify" {
  interface FastifyInstance {
    services: AppServices;
  }
}

export async function buildApp(config: Config, database: Database): Promise<FastifyInstance> {
  const { db } = database;
  const secret = await resolveSecret(db, config.secretKey);
  const app = Fastify({
    ...loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    forceCloseConnections: "idle",
  });
  const services: AppServices = { catalogue: new CatalogueCache(db) };
  app.decorate("services", services);

  await app.register(httpPlugin, {
    secret,
    site: portalChrome(config.cityName),
    rateLimitPerMinute: config.rateLimitPerMinute,
    checkReady: async () => {
      await sql`select 1`.execute(db);
    },
  });
  await app.register(assetsPlugin);
  await app.register(portalPlugin, { catalogue: services.catalogue });
  return app;
}
