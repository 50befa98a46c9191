// Scenario "inbox": server time of the back office inbox (kernel/cases listInbox, and the whole page through
// app.inject) over 100,000 cases, for a KVR staff member and a platform admin with the usual filters, on
// PGlite and PostgreSQL. Goal (issue #5): p95 < 100 ms. Baseline: a plain `select … limit 25` page.
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CompiledQuery, createQueryId, sql, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs } from "kysely";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/app.ts";
import { seedDemo } from "../../src/demo/seed-demo.ts";
import { berlinDate, listInbox, type InboxFilterInput, type InboxPage } from "../../src/kernel/cases/index.ts";
import { createSession, SESSION_COOKIE, type StaffActor } from "../../src/kernel/identity/index.ts";
import { migrationSources } from "../../src/modules.ts";
import { loadConfig } from "../../src/platform/config/index.ts";
import { inTransaction, migrate, openDatabase, type Database, type Db } from "../../src/platform/db/index.ts";
import { createBenchDatabase, defaultPostgresUrl, machineLine, makeTempDir, onCleanup, printTable, removeTempDir, type Cell } from "../lib/index.ts";
import { fillInbox, registerBenchKinds, searchWords } from "./inbox-data.ts";

export const description = "back office inbox over 100,000 cases: listInbox and the page, p50/p95 per filter (PGlite, PostgreSQL); goal p95 < 100 ms";
export const usage = `npm run bench -- inbox [flags]
  --db=LIST          databases, one after the other: pglite, postgres or pglite,postgres (pglite,postgres)
  --pg-url=URL       admin connection for postgres (BENCH_PG_URL or ${defaultPostgresUrl}); a fresh
                     database stadttor_bench_<random> is created beside it and dropped afterwards
  --cases=N          cases to generate (100000)
  --iterations=N     timed calls per filter, after 3 untimed ones (40)
  --http=yes|no      also time GET /verwaltung/vorgaenge through app.inject (yes)
  --maintenance=auto|vacuum|analyze|none   after loading: auto = VACUUM ANALYZE on PostgreSQL (its autovacuum
                     does so within a minute anyway) and nothing on PGlite, which runs no autovacuum (auto)
  --explain=slow|all|none   EXPLAIN ANALYZE listInbox's queries for filters at or above the goal (slow)`;

const GOAL_P95_MS = 100;
const PAGE_SIZE = 25;
const DAY = 86_400_000;

interface Check {
  actor: "kvr" | "admin";
  name: string;
  filter: InboxFilterInput;
  /** The same filter as the inbox page's URL parameters. */
  query: string;
}

function checks(now: Date, reference: string): Check[] {
  const from = berlinDate(new Date(now.getTime() - 400 * DAY));
  const to = berlinDate(new Date(now.getTime() - 370 * DAY));
  const both: Array<Omit<Check, "actor">> = [
    { name: "open, newest first (default)", filter: {}, query: "" },
    { name: "unassigned", filter: { assignee: "unassigned" }, query: "zustaendig=niemand" },
    { name: "overdue", filter: { overdue: true }, query: "ueberfaellig=1" },
    { name: "state: waiting for citizen", filter: { state: "waiting-for-citizen" }, query: "stand=waiting-for-citizen" },
    { name: "category: parking", filter: { category: "parking" }, query: "kategorie=parking" },
    { name: "new reply", filter: { newReply: true }, query: "neu=1" },
    { name: "open, sorted by due date", filter: { sort: "due" }, query: "sortierung=frist" },
    { name: "open, sorted by priority", filter: { sort: "priority" }, query: "sortierung=prioritaet" },
    { name: `all, q "${searchWords.subject}"`, filter: { status: "all", q: searchWords.subject }, query: `status=alle&suche=${encodeURIComponent(searchWords.subject)}` },
    { name: `all, q "${searchWords.twoWords}"`, filter: { status: "all", q: searchWords.twoWords }, query: `status=alle&suche=${encodeURIComponent(searchWords.twoWords)}` },
    { name: "all, q = a reference", filter: { status: "all", q: reference }, query: `status=alle&suche=${reference}` },
    { name: "all, opened in a 30-day range", filter: { status: "all", openedFrom: from, openedTo: to }, query: `status=alle&von=${from}&bis=${to}` },
    { name: "all, page 50", filter: { status: "all", page: 50 }, query: "status=alle&seite=50" },
  ];
  return [
    { actor: "kvr", name: "assigned to me", filter: { assignee: "me" }, query: "zustaendig=mir" },
    ...both.map((c) => ({ ...c, actor: "kvr" as const })),
    ...both.map((c) => ({ ...c, actor: "admin" as const })),
    { actor: "admin", name: "department: Baureferat", filter: { departmentId: "bau" }, query: "referat=bau" },
  ];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

interface Timing {
  p50: number;
  p95: number;
  max: number;
}

async function time(iterations: number, fn: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  const sorted = times.sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? 0 };
}

/** Remembers the queries a call runs, so that they can be explained afterwards with the same parameters. */
class CaptureQueries implements KyselyPlugin {
  nodes: PluginTransformQueryArgs["node"][] = [];
  transformQuery(args: PluginTransformQueryArgs) {
    this.nodes.push(args.node);
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs) {
    return args.result;
  }
}

async function explain(db: Db, call: (db: Db) => Promise<unknown>): Promise<string> {
  const capture = new CaptureQueries();
  await call(db.withPlugin(capture));
  const out: string[] = [];
  for (const node of capture.nodes) {
    const compiled = db.getExecutor().compileQuery(node, createQueryId());
    const plan = await db.executeQuery<Record<string, string>>(CompiledQuery.raw(`explain (analyze, buffers) ${compiled.sql}`, [...compiled.parameters]));
    out.push(`${compiled.sql}\n  parameters: ${JSON.stringify(compiled.parameters)}`, ...plan.rows.map((r) => "  " + Object.values(r)[0]));
  }
  return out.join("\n");
}

async function staffActor(db: Db, email: string): Promise<StaffActor> {
  const a = await db.selectFrom("identity.account").select(["id", "display_name"]).where("email", "=", email).executeTakeFirstOrThrow();
  const roles = await db.selectFrom("identity.role_grant").select(["role", "department_id"]).where("account_id", "=", a.id).execute();
  return { kind: "staff", id: a.id, displayName: a.display_name, roles: roles.map((r) => ({ role: r.role, departmentId: r.department_id })) };
}

async function openBenchDatabase(kind: "pglite" | "postgres", adminUrl: string): Promise<Database & { where: string }> {
  if (kind === "postgres") {
    const created = await createBenchDatabase(adminUrl);
    const database = await openDatabase({ databaseUrl: created.url });
    const close = onCleanup(async () => {
      await database.close();
      await created.drop();
    });
    return { ...database, close, where: `PostgreSQL (${new URL(created.url).pathname.slice(1)}, dropped afterwards)` };
  }
  const dir = makeTempDir("stadttor-bench-inbox-");
  const database = await openDatabase({ dataDir: join(dir, "pglite") });
  const close = onCleanup(async () => {
    await database.close();
    removeTempDir(dir);
  });
  return { ...database, close, where: `PGlite in ${dir} (removed afterwards)` };
}

/** The inbox page must really list the cases listInbox finds, else the HTTP figures measure an error page. */
function verifyPage(status: number, body: string, expected: InboxPage, what: string): void {
  if (status !== 200) throw new Error(`GET inbox (${what}) answered ${status}:\n${body.slice(0, 500)}`);
  const first = expected.items[0];
  if (first && !body.includes(first.reference)) throw new Error(`GET inbox (${what}) does not list ${first.reference}`);
}

interface Options {
  cases: number;
  iterations: number;
  http: boolean;
  explain: "slow" | "all" | "none";
  maintenance: "auto" | "vacuum" | "analyze" | "none";
}

async function benchOne(kind: "pglite" | "postgres", adminUrl: string, o: Options): Promise<number> {
  const database = await openBenchDatabase(kind, adminUrl);
  try {
    const { db } = database;
    const log = (line: string) => process.stderr.write(`  ${kind}: ${line}\n`);
    log("migrating and loading the demo seed …");
    await migrate(db, migrationSources);
    await seedDemo(db, "München");
    log(`generating ${o.cases.toLocaleString("en-US")} cases …`);
    const filled = await fillInbox(db, o.cases, { log });
    const maintenance = o.maintenance === "auto" ? (kind === "postgres" ? "vacuum" : "none") : o.maintenance;
    if (maintenance === "vacuum") await sql`vacuum analyze`.execute(db);
    if (maintenance === "analyze") await sql`analyze`.execute(db);
    const actors = { kvr: await staffActor(db, "sachbearbeitung.kvr@stadttor.example"), admin: await staffActor(db, "admin@stadttor.example") };
    const reference = (await sql<{ reference: string }>`select reference from cases.case where department_id = 'kvr' order by opened_at desc offset 500 limit 1`.execute(db)).rows[0]!.reference;
    const list = checks(new Date(), reference);

    console.log(`\n## ${kind}: ${database.where}`);
    const depts = Object.entries(filled.byDepartment).map(([d, n]) => `${d} ${n.toLocaleString("en-US")}`).join(", ");
    console.log(`${filled.cases.toLocaleString("en-US")} cases (${depts}; ${(filled.openShare * 100).toFixed(1)} % open), ${filled.timelineEntries.toLocaleString("en-US")} timeline entries, generated in ${(filled.ms / 1000).toFixed(1)} s; ${{ vacuum: "then VACUUM ANALYZE", analyze: "then ANALYZE", none: "no VACUUM, no ANALYZE" }[maintenance]}\n`);

    log("baselines …");
    const columns = sql`id, reference, kind, state, is_open, title, category, department_id, assignee_id, priority, due_date, paused_at, opened_at, updated_at, version`;
    const plainKvr = await time(o.iterations, () => sql`select ${columns} from cases.case where department_id = 'kvr' order by opened_at desc limit ${PAGE_SIZE}`.execute(db));
    const plainAll = await time(o.iterations, () => sql`select ${columns} from cases.case order by opened_at desc limit ${PAGE_SIZE}`.execute(db));
    const countKvr = await time(o.iterations, () => sql`select count(*) from cases.case where department_id = 'kvr'`.execute(db));
    const countAll = await time(o.iterations, () => sql`select count(*) from cases.case`.execute(db));
    const baseFor = (actor: Check["actor"]) => (actor === "kvr" ? plainKvr : plainAll);

    let app: FastifyInstance | undefined;
    const cookies: Record<string, string> = {};
    if (o.http) {
      const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "warn", PORT: "0", RATE_LIMIT_PER_MINUTE: "1000000", ACCOUNT_RATE_LIMIT_PER_MINUTE: "1000000" });
      app = await buildApp(config, database);
      await app.ready();
      for (const [key, actor] of Object.entries(actors)) {
        const token = await inTransaction(db, (tx) => createSession(tx, { accountId: actor.id, method: "password", secondFactor: true }));
        cookies[key] = `${SESSION_COOKIE}=${token}`;
      }
    }

    const rows: Cell[][] = [];
    const httpRows: Cell[][] = [];
    const slow: Check[] = [];
    let worst = 0;
    let worstHttp = 0;
    for (const c of list) {
      const actor = actors[c.actor];
      const filter = { pageSize: PAGE_SIZE, ...c.filter };
      log(`${c.actor}: ${c.name} …`);
      const result = await listInbox(db, actor, filter);
      const timing = await time(o.iterations, () => listInbox(db, actor, filter));
      worst = Math.max(worst, timing.p95);
      if (timing.p95 >= GOAL_P95_MS || o.explain === "all") slow.push(c);
      const who = c.actor === "kvr" ? "KVR staff" : "platform admin";
      rows.push([who, c.name, result.items.length, result.total, timing.p50, timing.p95, timing.max, timing.p50 / baseFor(c.actor).p50]);
      if (app) {
        const url = `/verwaltung/vorgaenge${c.query ? "?" + c.query : ""}`;
        const get = () => app!.inject({ method: "GET", url, headers: { cookie: cookies[c.actor]! } });
        const first = await get();
        verifyPage(first.statusCode, first.body, result, `${c.actor}: ${c.name}`);
        const page = await time(o.iterations, get);
        worstHttp = Math.max(worstHttp, page.p95);
        httpRows.push([who, url, Math.round(first.body.length / 1024), page.p50, page.p95, page.max]);
      }
    }
    await app?.close();

    console.log(`listInbox(db, actor, filter), page size ${PAGE_SIZE}, in-process; ${o.iterations} timed calls per filter after 3 untimed`);
    printTable(["actor", "filter", "rows", "total", "p50 ms", "p95 ms", "max ms", "p50 × plain page"], rows);
    console.log("\nbaselines (same run, same table):");
    printTable(
      ["query", "p50 ms", "p95 ms", "max ms"],
      [
        ["plain page: select … where department_id = 'kvr' order by opened_at desc limit 25", plainKvr.p50, plainKvr.p95, plainKvr.max],
        ["plain page, all departments: select … order by opened_at desc limit 25", plainAll.p50, plainAll.p95, plainAll.max],
        ["select count(*) … where department_id = 'kvr'", countKvr.p50, countKvr.p95, countKvr.max],
        ["select count(*) from cases.case", countAll.p50, countAll.p95, countAll.max],
      ],
    );
    if (app) {
      console.log(`\nGET /verwaltung/vorgaenge through app.inject (session lookup, listInbox, rendering; LOG_LEVEL=warn)`);
      printTable(["actor", "URL", "KiB", "p50 ms", "p95 ms", "max ms"], httpRows);
    }
    for (const c of o.explain === "none" ? [] : slow) {
      console.log(`\nEXPLAIN ANALYZE — ${c.actor}: ${c.name}`);
      console.log(await explain(db, (d) => listInbox(d, actors[c.actor], { pageSize: PAGE_SIZE, ...c.filter })));
    }
    const verdict = (p: number) => `${p.toFixed(1)} ms ${p < GOAL_P95_MS ? "PASS" : "ABOVE"}`;
    console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    console.log(`${kind}: worst p95 listInbox ${verdict(worst)}${app ? `, page over app.inject ${verdict(worstHttp)}` : ""}   goal < ${GOAL_P95_MS} ms`);
    return 0;
  } finally {
    await database.close();
  }
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      db: { type: "string", default: "pglite,postgres" },
      "pg-url": { type: "string" },
      cases: { type: "string", default: "100000" },
      iterations: { type: "string", default: "40" },
      http: { type: "string", default: "yes" },
      explain: { type: "string", default: "slow" },
      maintenance: { type: "string", default: "auto" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const dbs = values.db.split(",");
  if (dbs.length === 0 || dbs.some((d) => d !== "pglite" && d !== "postgres")) throw new Error(`--db takes pglite, postgres or both, not "${values.db}"`);
  const cases = Number(values.cases);
  const iterations = Number(values.iterations);
  if (!Number.isInteger(cases) || cases < 1000 || cases > 2_000_000) throw new Error("--cases must be a whole number from 1000 to 2000000");
  if (!Number.isInteger(iterations) || iterations < 5 || iterations > 10_000) throw new Error("--iterations must be a whole number from 5 to 10000");
  if (values.http !== "yes" && values.http !== "no") throw new Error("--http takes yes or no");
  if (!["slow", "all", "none"].includes(values.explain)) throw new Error("--explain takes slow, all or none");
  if (!["auto", "vacuum", "analyze", "none"].includes(values.maintenance)) throw new Error("--maintenance takes auto, vacuum, analyze or none");
  const options: Options = { cases, iterations, http: values.http === "yes", explain: values.explain as Options["explain"], maintenance: values.maintenance as Options["maintenance"] };
  const adminUrl = values["pg-url"] ?? process.env.BENCH_PG_URL ?? defaultPostgresUrl;

  console.log(`bench inbox — ${machineLine()}`);
  console.log(`${new Date().toISOString()}, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}; goal: p95 < ${GOAL_P95_MS} ms server time per inbox page`);
  registerBenchKinds();
  let code = 0;
  for (const kind of dbs as Array<"pglite" | "postgres">) code ||= await benchOne(kind, adminUrl, options);
  return code;
}
