// Scenario "search-quality": how often the search puts an expected service first (top-1) or among the
// first three (top-3), for queries of the kinds citizens type, against the shared München catalogue.
// Prints kernel/search and, for comparison, the PostgreSQL baseline (search-baseline.ts).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildSearchIndex, documentsFromCatalogueFile, search, type CatalogueFileContent, type SearchDocument } from "../../src/kernel/search/index.ts";
import { machineLine, printTable, repoRoot } from "../lib/index.ts";
import { openBaseline, type Baseline, type BaselineDb } from "./search-baseline.ts";

export const description = "search hit rates (top-1/top-3 by kind) on the public sample or the team's query sets, vs. a PostgreSQL baseline";
export const usage = `npm run bench -- search-quality [flags]
  --queries=SET        evaluation queries: a file, or a name — sample (../shared/data/search-eval-sample.json,
                       the default), dev, dev-2 (the team's development sets), holdout, holdout-2 (the team's
                       hold-out sets, bench/scenarios/search-*-queries.json); several with commas, or "all"
  --catalogue=FILE     catalogue in the exchange format (../shared/data/munich-catalogue.json)
  --baseline=DB        also evaluate the baseline on pglite (default), postgres, or none
  --misses=N           list at most N misses per engine (50)`;

export interface EvalQuery {
  q: string;
  expect: string[];
  kind: string;
}

export const sharedData = resolve(repoRoot, "../shared/data");
export const devQueriesFile = resolve(repoRoot, "bench/scenarios/search-dev-queries.json");
/** The query sets by name; "all" runs them in this order. */
export const querySets: Record<string, string> = {
  sample: resolve(sharedData, "search-eval-sample.json"),
  dev: devQueriesFile,
  "dev-2": resolve(repoRoot, "bench/scenarios/search-dev-2-queries.json"),
  holdout: resolve(repoRoot, "bench/scenarios/search-holdout-queries.json"),
  "holdout-2": resolve(repoRoot, "bench/scenarios/search-holdout-2-queries.json"),
};

export function loadCatalogueDocuments(file = resolve(sharedData, "munich-catalogue.json")): SearchDocument[] {
  return documentsFromCatalogueFile(JSON.parse(readFileSync(file, "utf8")) as CatalogueFileContent);
}

export function loadQueries(file: string): EvalQuery[] {
  return (JSON.parse(readFileSync(file, "utf8")) as { queries: EvalQuery[] }).queries;
}

interface Tally {
  n: number;
  top1: number;
  top3: number;
}

export interface Evaluation {
  byKind: Map<string, Tally>;
  all: Tally;
  misses: string[];
}

/** Runs every query through `ranked` (ids, best first) and counts the hits. */
export async function evaluate(queries: readonly EvalQuery[], ranked: (q: string) => string[] | Promise<string[]>): Promise<Evaluation> {
  const byKind = new Map<string, Tally>();
  const all: Tally = { n: 0, top1: 0, top3: 0 };
  const misses: string[] = [];
  for (const query of queries) {
    const ids = await ranked(query.q);
    const rank = ids.findIndex((id) => query.expect.includes(id));
    const tally = byKind.get(query.kind) ?? { n: 0, top1: 0, top3: 0 };
    for (const t of [tally, all]) {
      t.n++;
      if (rank === 0) t.top1++;
      if (rank >= 0 && rank < 3) t.top3++;
    }
    byKind.set(query.kind, tally);
    if (rank !== 0) misses.push(`${rank < 0 ? "not found" : `rank ${rank + 1}`.padEnd(9)}  [${query.kind}] "${query.q}" → want ${query.expect.join(" | ")}; got ${ids.slice(0, 3).join(", ") || "nothing"}`);
  }
  return { byKind, all, misses };
}

const pct = (part: number, whole: number) => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)} %`);

function printEvaluations(evaluations: Array<[string, Evaluation]>): void {
  const kinds = [...new Set(evaluations.flatMap(([, e]) => [...e.byKind.keys()]))];
  const headers = ["kind", "queries", ...evaluations.flatMap(([name]) => [`${name} top-1`, `${name} top-3`])];
  const row = (kind: string, pick: (e: Evaluation) => Tally | undefined) => {
    const first = pick(evaluations[0]![1]);
    return [kind, first?.n ?? 0, ...evaluations.flatMap(([, e]) => [pct(pick(e)?.top1 ?? 0, pick(e)?.n ?? 0), pct(pick(e)?.top3 ?? 0, pick(e)?.n ?? 0)])];
  };
  printTable(headers, [...kinds.map((k) => row(k, (e) => e.byKind.get(k))), row("all", (e) => e.all)]);
}

async function startBaseline(db: BaselineDb, documents: readonly SearchDocument[]): Promise<Baseline> {
  process.stderr.write(`  baseline: starting ${db} …\n`);
  const baseline = await openBaseline(db);
  await baseline.load(documents);
  return baseline;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      queries: { type: "string", default: "sample" },
      catalogue: { type: "string", default: resolve(sharedData, "munich-catalogue.json") },
      baseline: { type: "string", default: "pglite" },
      misses: { type: "string", default: "50" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!["pglite", "postgres", "none"].includes(values.baseline)) throw new Error(`--baseline must be pglite, postgres or none, not "${values.baseline}"`);
  const names = values.queries === "all" ? Object.keys(querySets) : values.queries.split(",");
  const files = names.map((name) => querySets[name] ?? resolve(name));
  const documents = loadCatalogueDocuments(resolve(values.catalogue));
  console.log(`bench search-quality — ${machineLine()}`);
  const index = buildSearchIndex(documents);
  const baseline = values.baseline === "none" ? undefined : await startBaseline(values.baseline as BaselineDb, documents);
  try {
    for (const file of files) {
      const queries = loadQueries(file);
      console.log(`\n${queries.length} queries from ${file}; ${documents.length} services\n`);
      const evaluations: Array<[string, Evaluation]> = [["kernel/search", await evaluate(queries, (q) => search(index, q, { limit: 10 }).hits.map((h) => h.id))]];
      if (baseline) evaluations.push([`baseline (${values.baseline})`, await evaluate(queries, (q) => baseline.query(q, 10))]);
      printEvaluations(evaluations);
      const limit = Number(values.misses);
      for (const [name, e] of evaluations) {
        console.log(`\nmisses of ${name} (not first): ${e.misses.length}`);
        for (const line of e.misses.slice(0, limit)) console.log(`  ${line}`);
      }
    }
  } finally {
    await baseline?.close();
  }
  return 0;
}
