// `npm run catalogue:import` end to end, as an operator runs it: a child process, its exit code and output,
// on PGlite in a data folder (PGlite suite) or on a PostgreSQL database (PostgreSQL suite), where a
// running app's CatalogueCache must notice the import.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CatalogueCache, readCatalogueRevision } from "../kernel/catalogue/index.ts";
import { openDatabase, type Database } from "../platform/db/index.ts";

const tsx = join(process.cwd(), "node_modules/.bin/tsx");
const sharedFile = join(process.cwd(), "../shared/data/munich-catalogue.json");
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "stadttor-import-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function runImport(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const base = { ...process.env, LOG_LEVEL: "warn" } as Record<string, string>;
  delete base.DATABASE_URL;
  const child = spawn(tsx, ["src/cli/catalogue-import.ts", ...args], { env: { ...base, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}

async function fixture(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

const brokenRefs = { version: 1, services: [{ id: "neue-leistung", name: "Neue Leistung", summary: "Neu.", departmentId: "gibts-nicht" }] };
const servicesLine = (output: string) => /Leistungen \/ services\s+(\d+)\s+(\d+)\s+(\d+)/.exec(output)?.slice(1).map(Number);

describe("npm run catalogue:import", () => {
  it("explains its use and exits 2 without a file", async () => {
    const { code, output } = await runImport([], { DATA_DIR: join(dir, "unused") });
    expect(code).toBe(2);
    expect(output).toContain("npm run catalogue:import -- <datei.json>");
  });

  it("rejects a broken file with every problem and its path, exit 1, before opening any database", async () => {
    const dataDir = join(dir, "never-opened");
    const file = await fixture("broken.json", {
      version: 1,
      services: [
        { id: "a", leikaKey: "12", name: "A", summary: "A.", departmentId: "kvr" },
        { id: "b", name: "B", departmentId: "kvr", online: { available: true, kind: "fax" } },
      ],
    });
    const { code, output } = await runImport([file], { DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(output).toContain("Katalogdatei ungültig, nichts geschrieben / catalogue file invalid, nothing written");
    expect(output).toContain("services[0].leikaKey: must be 14 digits starting with 99");
    expect(output).toContain("services[1].summary: is required");
    expect(output).toContain('services[1].online.kind: must be one of "form", "appointment", "report", "external"');
    expect(output).toContain("3 Fehler / problems");
    await expect(readdir(dataDir)).rejects.toThrow(/ENOENT/);
    const notJson = await runImport([await fixture("not.json", "{ version: 1")], { DATA_DIR: dataDir });
    expect(notJson.code).toBe(1);
    expect(notJson.output).toContain("not valid JSON");
  });

  it.skipIf(Boolean(process.env.DATABASE_URL))("imports into PGlite in DATA_DIR, changes nothing the second time, and writes nothing for a bad reference", { timeout: 120_000 }, async () => {
    const dataDir = join(dir, "pglite");
    const first = await runImport([sharedFile], { DATA_DIR: dataDir });
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain("Katalog importiert / catalogue imported");
    expect(servicesLine(first.output)).toEqual([179, 0, 0]);

    const second = await runImport([sharedFile], { DATA_DIR: dataDir });
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain("Keine Änderungen / no changes");
    expect(servicesLine(second.output)).toEqual([0, 0, 179]);

    const bad = await runImport([await fixture("bad-ref.json", brokenRefs)], { DATA_DIR: dataDir });
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('services[0].departmentId: unknown department "gibts-nicht"');
    const check = await runImport([sharedFile, "--dry-run"], { DATA_DIR: dataDir });
    expect(check.output).toContain("Probelauf, nichts geschrieben / dry run, nothing written");
    expect(servicesLine(check.output)).toEqual([0, 0, 179]);
  });

  it.skipIf(Boolean(process.env.DATABASE_URL))("refuses a PGlite folder that another process has open", async () => {
    const dataDir = join(dir, "in-use");
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, "postmaster.pid"), "-42\n");
    const { code, output } = await runImport([sharedFile], { DATA_DIR: dataDir });
    expect(code).toBe(2);
    expect(output).toContain("is Stadttor running? Stop it first.");
  });

  describe.skipIf(!process.env.DATABASE_URL)("on PostgreSQL", () => {
    const name = `stadttor_test_${process.env.STADTTOR_TEST_RUN ?? "manual"}_catalogue_import`;
    let url: string;
    let database: Database;
    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.query(`create database "${name}"`);
      await admin.end();
      const u = new URL(process.env.DATABASE_URL!);
      u.pathname = `/${name}`;
      url = u.toString();
    });
    afterAll(async () => {
      await database?.close();
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    });

    it("migrates, imports, and a running app's CatalogueCache notices; a bad file changes nothing", { timeout: 120_000 }, async () => {
      const part = await fixture("part.json", {
        version: 1,
        departments: [{ id: "kvr", name: "Kreisverwaltungsreferat", shortName: "KVR" }],
        services: [{ id: "personalausweis-beantragen", name: "Ausweis", summary: "Vorläufig.", departmentId: "kvr" }],
      });
      const first = await runImport([part], { DATABASE_URL: url });
      expect(first.code, first.output).toBe(0);
      expect(first.output).toContain("migration applied: catalogue/0002-service-detail.sql");

      database = await openDatabase({ databaseUrl: url, poolSize: 2 });
      const cache = new CatalogueCache(database.db);
      expect((await cache.get()).services.size).toBe(1);

      const full = await runImport([sharedFile], { DATABASE_URL: url });
      expect(full.code, full.output).toBe(0);
      expect(servicesLine(full.output)).toEqual([178, 1, 0]);
      expect(await cache.checkForChanges()).toBe(true);
      expect((await cache.get()).services.size).toBe(179);

      const revision = await readCatalogueRevision(database.db);
      const bad = await runImport([await fixture("bad-ref.json", brokenRefs)], { DATABASE_URL: url });
      expect(bad.code).toBe(1);
      expect(bad.output).toContain('services[0].departmentId: unknown department "gibts-nicht"');
      const again = await runImport([sharedFile], { DATABASE_URL: url });
      expect(servicesLine(again.output)).toEqual([0, 0, 179]);
      expect(await readCatalogueRevision(database.db)).toBe(revision);
      expect(await cache.checkForChanges()).toBe(false);
    });
  });
});
