// The two servers every scenario compares: Stadttor as in production (its own process, fresh database,
// demo data, request logs) and the hello-world baseline. Each comes with a stop() that cleans up fully.
import { fileURLToPath } from "node:url";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import pg from "pg";
import { freePort, loopback, makeTempDir, onCleanup, removeTempDir, spawnNode, waitUntilUp, type NodeChild } from "./processes.ts";

export type BenchDb = "pglite" | "postgres";

export interface RunningServer {
  name: string;
  /** Base URL on loopback, without a trailing slash. */
  url: string;
  pid: number | undefined;
  logFile: string;
  stop(): Promise<void>;
}

export interface AppOptions {
  db: BenchDb;
  /** LOG_LEVEL of the app; production runs with info, so that is the default. */
  logLevel?: string;
  /** Admin connection for --db=postgres; a fresh database is created beside it and dropped after. */
  postgresUrl?: string;
  /** Extra flags for the app's node, e.g. ["--cpu-prof", "--cpu-prof-dir=…"]. */
  nodeArgs?: string[];
  /** Startup can take long on PGlite (WASM start, migrations, demo seed) on a busy machine. */
  startTimeoutMs?: number;
  /** Another checkout of Stadttor to run instead of this one, for before/after comparisons. */
  appDir?: string;
}

export const defaultPostgresUrl = "postgres://postgres@127.0.0.1:5432/postgres";

/** Environment for a child: the parent's (PATH, HOME), minus anything that configures Stadttor. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["DATABASE_URL", "DATA_DIR", "PORT", "HOST", "PUBLIC_URL", "LOG_LEVEL", "SECRET_KEY", "DEMO_SEED", "NODE_ENV", "SMTP_URL", "ROLE", "TRUST_PROXY", "NODE_OPTIONS"]) delete env[key];
  return { ...env, ...extra };
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Creates stadttor_bench_<random> next to `adminUrl`; returns its URL and a function dropping it. */
export async function createBenchDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `stadttor_bench_${randomBytes(4).toString("hex")}`;
  await adminQuery(adminUrl, `create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(adminUrl, `drop database if exists "${name}" with (force)`) };
}

async function startChild(
  name: string,
  script: string,
  env: Record<string, string>,
  options: { dir: string; readyPath: string; nodeArgs?: string[]; cwd?: string; timeoutMs: number; afterStop?: () => Promise<void> },
): Promise<RunningServer> {
  let child: NodeChild | undefined;
  const stop = onCleanup(async () => {
    await child?.stop();
    await options.afterStop?.();
  });
  let url = "";
  try {
    const port = await freePort();
    url = `http://${loopback}:${port}`;
    child = spawnNode(script, { env: childEnv({ ...env, HOST: loopback, PORT: String(port) }), logFile: join(options.dir, `${name}.log`), nodeArgs: options.nodeArgs, cwd: options.cwd });
    await waitUntilUp(url + options.readyPath, child, options.timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name, url, pid: child.process.pid, logFile: child.logFile, stop };
}

/** Starts Stadttor like production: NODE_ENV=production, random SECRET_KEY, demo data, fresh database. */
export async function startApp(options: AppOptions): Promise<RunningServer> {
  const dir = makeTempDir("stadttor-bench-");
  const env: Record<string, string> = {
    NODE_ENV: "production",
    SECRET_KEY: randomBytes(32).toString("base64url"),
    DEMO_SEED: "true",
    // Production requires an SMTP server; the scenarios send no mail, so nothing ever connects to it.
    SMTP_URL: "smtp://127.0.0.1:2525",
    // Production requires the public https address; the bench reaches the app on loopback all the same.
    PUBLIC_URL: "https://stadttor.bench.invalid",
    // Production refuses the demo site operator; the tests' operator file stands in for a real one.
    ENQUIRY_DEFAULT_DEPARTMENT: "kvr",
    SITE_OPERATOR_FILE: fileURLToPath(new URL("../../test/fixtures/site-operator-production.json", import.meta.url)),
    LOG_LEVEL: options.logLevel ?? "info",
    DATA_DIR: join(dir, "data"),
  };
  let dropDatabase: (() => Promise<void>) | undefined;
  if (options.db === "postgres") {
    const created = await createBenchDatabase(options.postgresUrl ?? defaultPostgresUrl);
    env.DATABASE_URL = created.url;
    dropDatabase = created.drop;
  }
  return startChild("app", "src/main.ts", env, {
    dir,
    readyPath: "/readyz",
    nodeArgs: options.nodeArgs,
    cwd: options.appDir,
    timeoutMs: options.startTimeoutMs ?? 120_000,
    afterStop: async () => {
      await dropDatabase?.();
      removeTempDir(dir);
    },
  });
}

/** Starts the Fastify hello-world baseline (bench/baseline-server.ts). */
export async function startBaseline(options: { startTimeoutMs?: number } = {}): Promise<RunningServer> {
  const dir = makeTempDir("stadttor-bench-baseline-");
  return startChild("baseline", "bench/baseline-server.ts", {}, {
    dir,
    readyPath: "/",
    timeoutMs: options.startTimeoutMs ?? 30_000,
    afterStop: async () => removeTempDir(dir),
  });
}
