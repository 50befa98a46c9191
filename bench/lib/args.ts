// The flags every scenario shares (how long, how hard, which database, which log level), parsed strictly
// so that a typo fails loudly instead of silently benchmarking with defaults.
import { resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { BenchDb } from "./servers.ts";

export interface CommonOptions {
  /** Seconds of measured load per server. */
  duration: number;
  connections: number;
  pipelining: number;
  /** Seconds of unmeasured load per server before measuring. */
  warmup: number;
  /** Measured runs per server, alternating between servers; figures are medians. */
  rounds: number;
  db: BenchDb;
  logLevel: string;
  postgresUrl: string | undefined;
  /** Directory for a V8 CPU profile of the app (node --cpu-prof), or undefined. */
  cpuProf: string | undefined;
  /** Path (and query) to load on the app; each scenario has its own default. */
  path: string;
  /** Another checkout to run as the app (before/after comparisons), or undefined for this one. */
  appDir: string | undefined;
  /** Pin the load generator and the servers to separate cores (steadier figures, see pinCores). */
  pin: boolean;
}

const common = {
  duration: { type: "string", default: "10" },
  connections: { type: "string", default: "50" },
  pipelining: { type: "string", default: "1" },
  warmup: { type: "string", default: "3" },
  rounds: { type: "string", default: "3" },
  db: { type: "string", default: "pglite" },
  "log-level": { type: "string", default: "info" },
  "pg-url": { type: "string" },
  "cpu-prof": { type: "string" },
  path: { type: "string" },
  "app-dir": { type: "string" },
  pin: { type: "boolean", default: false },
  help: { type: "boolean", default: false },
} satisfies ParseArgsConfig["options"];

export const commonUsage = `  --duration=S       seconds of measured load per server (10)
  --connections=N    concurrent connections (50)
  --pipelining=N     pipelined requests per connection (1)
  --warmup=S         seconds of unmeasured load per server first (3)
  --rounds=N         measured runs per server, alternating servers; medians reported (3)
  --db=pglite|postgres   database of the app (pglite); postgres creates and drops stadttor_bench_<random>
  --pg-url=URL       admin connection for --db=postgres (BENCH_PG_URL or postgres://postgres@127.0.0.1:5432/postgres)
  --log-level=L      LOG_LEVEL of the app (info, as in production)
  --cpu-prof=DIR     write a V8 CPU profile of the app into DIR
  --path=/P          path to load on the app instead of the scenario's own (e.g. /?x=1 skips a page cache)
  --app-dir=DIR      run the app from another checkout (with its own node_modules), to compare before/after
  --pin              load generator on core 0, servers on core 1 (steadier; servers then get no help from core 0)`;

function positiveInt(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}

/** Parses the shared flags; returns null when --help was asked for. */
export function parseCommonOptions(argv: string[], defaults: { path: string } = { path: "/" }): CommonOptions | null {
  const { values } = parseArgs({ args: argv, options: common, strict: true, allowPositionals: false });
  if (values.help) return null;
  const db = values.db;
  if (db !== "pglite" && db !== "postgres") throw new Error(`--db must be pglite or postgres, not "${db}"`);
  const levels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
  if (!levels.includes(values["log-level"])) throw new Error(`--log-level must be one of ${levels.join(", ")}`);
  const path = values.path ?? defaults.path;
  if (!path.startsWith("/") || path.startsWith("//")) throw new Error(`--path must start with one "/", not "${path}"`);
  return {
    duration: positiveInt("duration", values.duration, 1, 600),
    connections: positiveInt("connections", values.connections, 1, 1000),
    pipelining: positiveInt("pipelining", values.pipelining, 1, 100),
    warmup: positiveInt("warmup", values.warmup, 0, 60),
    rounds: positiveInt("rounds", values.rounds, 1, 20),
    db,
    logLevel: values["log-level"],
    postgresUrl: values["pg-url"] ?? process.env.BENCH_PG_URL,
    cpuProf: values["cpu-prof"] === undefined ? undefined : resolve(values["cpu-prof"]),
    path,
    appDir: values["app-dir"] === undefined ? undefined : resolve(values["app-dir"]),
    pin: values.pin,
  };
}
