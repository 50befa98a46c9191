// Builds the real app on this worker's test database, for app.inject() tests. Each call empties the
// database first; pass `seed: true` for the München demo data.
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/app.ts";
import { seedDemo } from "../../src/demo/seed-demo.ts";
import { loadConfig, type Config } from "../../src/platform/config/index.ts";
import type { Database } from "../../src/platform/db/index.ts";
import { resetDatabase, testDatabase } from "./database.ts";

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: "test", LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent", PORT: "0", ...env });
}

export interface TestAppOptions {
  seed?: boolean;
  env?: Record<string, string>;
  /** Adds test-only routes to the real app before it starts (e.g. to exercise a platform helper). */
  beforeReady?: (app: FastifyInstance) => void | Promise<void>;
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await testDatabase();
  await resetDatabase(database);
  const config = testConfig(options.env);
  if (options.seed) await seedDemo(database.db, config.cityName);
  const app = await buildApp(config, database);
  await options.beforeReady?.(app);
  await app.ready();
  return { app, database, config, close: () => app.close() };
}
