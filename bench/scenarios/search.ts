// Scenario "search": server-side time of one search over the catalogue grown to 2,000 services (variations
// of the shared München services), for kernel/search and for the PostgreSQL baseline on PGlite and PostgreSQL.
// Goal: p95 < 30 ms. kernel/search runs in memory, so its figure is the same whichever database is used.
import { parseArgs } from "node:util";
import { buildSearchIndex, search, suggest, type SearchDocument } from "../../src/kernel/search/index.ts";
import { machineLine, printTable } from "../lib/index.ts";
import { openBaseline, type BaselineDb } from "./search-baseline.ts";
import { devQueriesFile, loadCatalogueDocuments, loadQueries, sharedData } from "./search-quality.ts";

export const description = "search time p50/p95 over 2,000 services (kernel/search; baseline on PGlite and PostgreSQL); goal p95 < 30 ms";
export const usage = `npm run bench -- search [flags]
  --services=N     grow the catalogue to N services (2000)
  --rounds=N       passes over all queries for kernel/search (5)
  --baseline=LIST  baselines to time: pglite,postgres (both), or none`;

const GOAL_P95_MS = 30;
const QUALIFIERS = ["für Unternehmen", "für Vereine", "im Eilverfahren", "für Minderjährige", "mit Vollmacht", "für Studierende", "im Ausland", "für Senioren", "ohne Termin", "für Gewerbetreibende", "in Leichter Sprache", "für Familien"];
const DISTRICTS = ["Pasing", "Schwabing", "Giesing", "Sendling", "Bogenhausen", "Moosach", "Laim", "Trudering", "Neuhausen", "Milbertshofen", "Haidhausen", "Ramersdorf"];

/** The shared services plus variations (other districts and groups) until there are `total` documents. */
export function growDocuments(base: readonly SearchDocument[], total: number): SearchDocument[] {
  const out = [...base];
  for (let round = 0; out.length < total; round++) {
    for (const doc of base) {
      if (out.length >= total) break;
      const qualifier = QUALIFIERS[round % QUALIFIERS.length]!;
      const district = DISTRICTS[(round + doc.id.length) % DISTRICTS.length]!;
      out.push({
        ...doc,
        id: `${doc.id}-v${round + 1}`,
        name: { de: `${doc.name.de} ${qualifier}`, en: doc.name.en },
        synonyms: (doc.synonyms ?? []).slice(round % 2),
        summary: { de: `${doc.summary?.de ?? ""} Zuständig für ${district}.`, en: doc.summary?.en },
        popularity: Math.max(1, Math.round((doc.popularity ?? 10) / (round + 2))),
      });
    }
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

function row(name: string, times: number[]): Array<string | number> {
  const sorted = [...times].sort((a, b) => a - b);
  return [name, times.length, percentile(sorted, 0.5), percentile(sorted, 0.95), sorted.at(-1) ?? 0];
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      services: { type: "string", default: "2000" },
      rounds: { type: "string", default: "5" },
      baseline: { type: "string", default: "pglite,postgres" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const documents = growDocuments(loadCatalogueDocuments(), Number(values.services));
  const queries = [...loadQueries(`${sharedData}/search-eval-sample.json`), ...loadQueries(devQueriesFile)].map((q) => q.q);
  console.log(`bench search — ${machineLine()}`);
  console.log(`${documents.length} services; ${queries.length} queries (shared sample + team set)\n`);

  const buildStart = performance.now();
  const index = buildSearchIndex(documents);
  const buildMs = performance.now() - buildStart;
  // Fresh each round would measure the first query's JIT warm-up only; one untimed pass first.
  for (const q of queries) search(index, q);
  const engineTimes: number[] = [];
  const suggestTimes: number[] = [];
  for (let r = 0; r < Number(values.rounds); r++) {
    for (const q of queries) {
      const t = performance.now();
      search(index, q, { limit: 20 });
      engineTimes.push(performance.now() - t);
      const prefix = q.slice(0, Math.max(2, Math.ceil(q.length * 0.6)));
      const s = performance.now();
      suggest(index, prefix);
      suggestTimes.push(performance.now() - s);
    }
  }
  const rows = [row("kernel/search (in memory, any database)", engineTimes), row("kernel/search suggestions (prefix)", suggestTimes)];
  for (const db of values.baseline === "none" ? [] : values.baseline.split(",")) {
    if (db !== "pglite" && db !== "postgres") throw new Error(`--baseline takes pglite, postgres or none, not "${db}"`);
    process.stderr.write(`  baseline: loading ${documents.length} services into ${db} …\n`);
    const baseline = await openBaseline(db as BaselineDb);
    try {
      await baseline.load(documents);
      for (const q of queries.slice(0, 20)) await baseline.query(q, 20);
      const times: number[] = [];
      for (const q of queries) {
        const t = performance.now();
        await baseline.query(q, 20);
        times.push(performance.now() - t);
      }
      rows.push(row(`baseline SQL on ${db}`, times));
    } finally {
      await baseline.close();
    }
  }
  printTable(["engine", "queries", "p50 ms", "p95 ms", "max ms"], rows);
  const p95 = percentile([...engineTimes].sort((a, b) => a - b), 0.95);
  console.log(`\nindex build for ${documents.length} services: ${buildMs.toFixed(0)} ms (once per catalogue revision)`);
  console.log(`kernel/search p95 ${p95.toFixed(1)} ms   goal < ${GOAL_P95_MS} ms   ${p95 < GOAL_P95_MS ? "PASS" : "ABOVE"}`);
  return 0;
}
