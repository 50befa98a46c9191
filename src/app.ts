// buildApp(config, database, deps?) → a ready Fastify instance with every module registered. main.ts listens
// with it; tests call it and use app.inject(). It never migrates or seeds: that is main's job.
import Fastify, { type FastifyInstance } from "fastify";
import { CatalogueCache } from "./kernel/catalogue/index.ts";
import { auditRetention, scheduleRetention } from "./kernel/audit/index.ts";
import { identityRetention, sessionPlugin } from "./kernel/identity/index.ts";
import type { Config } from "./platform/config/index.ts";
import type { Database } from "./platform/db/index.ts";
import { sql } from "kysely";
import { apiPlugin } from "./platform/api/index.ts";
import { assetsPlugin } from "./platform/html/index.ts";
import { httpPlugin, loggerOptions, resolveSecret } from "./platform/http/index.ts";
import { createJobQueue, type JobQueue } from "./platform/jobs/index.ts";
import { createMailTransport, devMailPlugin, mailRetention, mailWorker } from "./platform/mail/index.ts";
import { accessibilityFeedbackRetention, citizenCaseRoutes, oidcRoutes, passkeyRoutes, portalChrome, portalPlugin, ServiceUsage, usageRetention, viewerPlugin } from "./portal/index.ts";
import { enquiriesPlugin } from "./components/enquiries/index.ts";
import { backofficePlugin } from "./backoffice/index.ts";

export interface AppServices {
  catalogue: CatalogueCache;
  /** Use cases send jobs with it inside their transaction; modules declare theirs with jobs.work(). */
  jobs: JobQueue;
  /** Service page views and online starts, counted in memory and written in batches (flush on close). */
  usage: ServiceUsage;
}

/** What main.ts builds itself and hands in. Left out, buildApp makes its own (tests). */
export interface AppDeps {
  /** main.ts's queue, working or not by ROLE; main starts and stops it. */
  jobs?: JobQueue;
}

declare module "fastify" {
  interface FastifyInstance {
    services: AppServices;
  }
}

export async function buildApp(config: Config, database: Database, deps: AppDeps = {}): Promise<FastifyInstance> {
  const { db } = database;
  const secret = await resolveSecret(db, config.secretKey);
  const app = Fastify({
    ...loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    forceCloseConnections: "idle",
  });
  const jobs = deps.jobs ?? createJobQueue(database, { work: false });
  const services: AppServices = { catalogue: new CatalogueCache(db), jobs, usage: new ServiceUsage(db) };
  app.decorate("services", services);
  app.addHook("onReady", async () => services.usage.startTimers((error) => app.log.warn({ err: error }, "service usage not written")));
  // Counts still in memory are written before the database closes (main.ts closes it after app.close()).
  app.addHook("onClose", () => services.usage.stop());
  if (!deps.jobs) {
    // Its own queue only sends; it starts once every module has declared its jobs.
    app.addHook("onReady", () => jobs.start({ log: app.log }));
    app.addHook("onClose", () => jobs.stop());
  }

  // Every process declares every job it may send; only worker queues run the handlers.
  await mailWorker({ db, jobs, transport: createMailTransport(config) });
  // Each module's retention task, run on schedule by the workers; the periods are the ones the texts promise.
  await scheduleRetention(db, jobs, [mailRetention, auditRetention, identityRetention, accessibilityFeedbackRetention(config.siteOperator), usageRetention]);
  // PGlite has no autovacuum: without statistics the planner misjudges big tables (the inbox bench saw
  // 679 rows expected for 38,106). PostgreSQL's autovacuum does this itself.
  if (database.kind === "pglite") {
    await jobs.schedule("db.analyse", { every: "day" }, async (_data, job) => {
      await sql`analyze`.execute(db);
      job.log.info({}, "database statistics updated");
    });
  }

  await app.register(httpPlugin, {
    secret,
    site: portalChrome(config.cityName),
    rateLimitPerMinute: config.rateLimitPerMinute,
    secureCookies: config.secureCookies,
    checkReady: async () => {
      await sql`select 1`.execute(db);
    },
  });
  await app.register(sessionPlugin, { db });
  await app.register(viewerPlugin, { db });
  await app.register(assetsPlugin);
  await app.register(apiPlugin, { publicUrl: config.publicUrl, cityName: config.cityName });
  await app.register(backofficePlugin, { db, jobs, secret, publicUrl: config.publicUrl, cityName: config.cityName, catalogue: services.catalogue, staffOidcLabel: config.staffOidc?.label });
  // Cases (issue #5): the first component's kind and form, and the citizen's side of every case.
  const caseDeps = { jobs, publicUrl: config.publicUrl, secret };
  await app.register(enquiriesPlugin, { db, catalogue: services.catalogue, caseDeps, defaultDepartmentId: config.enquiryDefaultDepartment });
  await app.register(citizenCaseRoutes, { db, catalogue: services.catalogue, caseDeps });
  await app.register(portalPlugin, { catalogue: services.catalogue, publicUrl: config.publicUrl, db, jobs, accountRateLimitPerMinute: config.accountRateLimitPerMinute, usage: services.usage, siteOperator: config.siteOperator });
  // Login alternatives of issue #3: OpenID Connect (BundID, the city's SSO) and passkeys.
  await app.register(oidcRoutes, { db, config });
  await app.register(passkeyRoutes, { db, jobs, publicUrl: config.publicUrl, cityName: config.cityName });
  // The outbox holds personal data, so its viewer exists only outside production.
  // Only where mails are captured instead of sent: a server that forgot NODE_ENV but sends real mail
  // must not show everyone's password-reset links.
  if (config.env !== "production" && !config.smtpUrl) await app.register(devMailPlugin, { db });
  return app;
}
