// `npm run catalogue:import -- <file>`: checks a catalogue file, brings the database up to date
// (migrations, as on start) and imports it in one transaction. Exit codes: 0 imported (or nothing to
// do), 1 the file is invalid and nothing was written, 2 the command could not run (usage, config, I/O).
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { formatProblems, importCatalogue, validateCatalogueFile, type ImportCounts, type ImportResult } from "../kernel/catalogue/index.ts";
import { migrationSources } from "../modules.ts";
import { ConfigError, loadConfig } from "../platform/config/index.ts";
import { inTransaction, migrate, openDatabase } from "../platform/db/index.ts";

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

const usage = [
  "Aufruf / usage: npm run catalogue:import -- <datei.json> [--dry-run]",
  "  --dry-run  prüfen und zählen, nichts schreiben / check and count, write nothing",
  "Datenbank aus DATABASE_URL oder DATA_DIR (PGlite) / database from DATABASE_URL or DATA_DIR (PGlite).",
];

/** Thrown inside the transaction to roll it back: a dry run, or problems found against the database. */
class RollBack extends Error {
  constructor(readonly result: ImportResult) {
    super("rolled back");
  }
}

function summary(result: Extract<ImportResult, { ok: true }>): string[] {
  const rows: Array<[string, ImportCounts]> = [
    ["Referate / departments", result.departments],
    ["Standorte / locations", result.locations],
    ["Leistungen / services", result.services],
    ["Lebenslagen / life situations", result.lifeSituations],
  ];
  const head = ["", "neu / created", "geändert / updated", "unverändert / unchanged"];
  const cells = [head, ...rows.map(([label, c]) => [label, String(c.created), String(c.updated), String(c.unchanged)])];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r) => "  " + r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("   "));
}

function printProblems(out: Output, file: string, problems: readonly { path: string; message: string }[]): void {
  out.error(`Katalogdatei ungültig, nichts geschrieben / catalogue file invalid, nothing written: ${file}`);
  for (const line of formatProblems(problems)) out.error(`  ${line}`);
  out.error(`${problems.length} ${problems.length === 1 ? "Fehler / problem" : "Fehler / problems"}`);
}

export async function runCatalogueImport(args: readonly string[], env: Record<string, string | undefined>, out: Output): Promise<number> {
  const dryRun = args.includes("--dry-run");
  const files = args.filter((a) => a !== "--dry-run");
  if (files.length !== 1 || files[0]!.startsWith("-")) {
    for (const line of usage) out.error(line);
    return 2;
  }
  const file = files[0]!;
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      out.error(error.message);
      return 2;
    }
    throw error;
  }
  let input: unknown;
  try {
    input = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code) {
      out.error(`Datei nicht lesbar / cannot read file: ${file} (${e.code})`);
      return 2;
    }
    printProblems(out, file, [{ path: "", message: `not valid JSON: ${e.message}` }]);
    return 1;
  }
  // The file alone first: most mistakes show without opening the database.
  const checked = validateCatalogueFile(input, "unchecked");
  if (!checked.ok) {
    printProblems(out, file, checked.problems);
    return 1;
  }
  // PGlite serves one process; a second one writing the same folder would corrupt it.
  if (!config.databaseUrl && existsSync(join(config.dataDir, "postmaster.pid"))) {
    out.error(`Die Datenbank in ${config.dataDir} ist geöffnet – läuft Stadttor? Bitte erst beenden.`);
    out.error(`The database in ${config.dataDir} is open – is Stadttor running? Stop it first.`);
    out.error(`(Nach einem Absturz / after a crash: start and stop Stadttor once, or delete ${join(config.dataDir, "postmaster.pid")}.)`);
    return 2;
  }
  const started = performance.now();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database.db, migrationSources, { info: (msg) => out.log(msg) });
    let result: ImportResult;
    try {
      result = await inTransaction(database.db, async (tx) => {
        const r = await importCatalogue(tx, input, { kind: "system" });
        if (!r.ok || dryRun) throw new RollBack(r);
        return r;
      });
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
      result = error.result;
    }
    if (!result.ok) {
      printProblems(out, file, result.problems);
      return 1;
    }
    const where = config.databaseUrl ? "PostgreSQL" : `PGlite in ${config.dataDir}`;
    const ms = Math.round(performance.now() - started);
    if (dryRun) out.log(`Probelauf, nichts geschrieben / dry run, nothing written: ${file} (${where}, ${ms} ms)`);
    else if (result.changed) out.log(`Katalog importiert / catalogue imported: ${file} (${where}, ${ms} ms)`);
    else out.log(`Keine Änderungen / no changes: ${file} (${where}, ${ms} ms)`);
    for (const line of summary(result)) out.log(line);
    out.log("Einträge, die nicht in der Datei stehen, bleiben unverändert / entries not in the file are left as they are.");
    return 0;
  } finally {
    await database.close();
  }
}
