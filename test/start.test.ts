// `npm start` as a newcomer runs it: a real process on a data folder, stopped with SIGTERM and started again.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

const tsx = join(process.cwd(), "node_modules/.bin/tsx");
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

interface Started {
  output: () => string;
  url: string;
  stop: () => Promise<number | null>;
}

function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(tsx, ["src/main.ts"], { env: { ...process.env, LOG_LEVEL: "warn", HOST: "127.0.0.1", PORT: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 40 s:\n${out}`)), 40_000);
    const check = setInterval(() => {
      const m = /listening at (http:\/\/127\.0\.0\.1:\d+)/i.exec(out) ?? /läuft \/ is running: (http:\S+)/.exec(out);
      if (out.includes("is running") && m) {
        clearInterval(check);
        clearTimeout(timer);
        resolve({
          output: () => out,
          url: m[1]!,
          stop: () => new Promise((done) => {
            child.once("exit", (code) => done(code));
            child.kill("SIGTERM");
          }),
        });
      }
    }, 100);
    child.once("exit", (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(Object.assign(new Error(`exited with ${code}:\n${out}`), { output: out, code }));
    });
  });
}

function run(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(tsx, ["src/main.ts"], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}

describe("npm start", () => {
  it("stops with a one-line message naming a wrong variable", async () => {
    const { code, output } = await run({ PORT: "achtzig" });
    expect(code).toBe(1);
    expect(output.trim()).toMatch(/^Konfigurationsfehler \/ configuration error: PORT [^\n]+$/);
  });

  // The embedded-database journey runs in the PGlite suite, the server journey in the PostgreSQL suite.
  it.skipIf(Boolean(process.env.DATABASE_URL))("serves the demo on PGlite in DATA_DIR, stops on SIGTERM, and keeps the data across a restart", { timeout: 90_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "stadttor-start-"));
    dirs.push(dataDir);
    const first = await start({ DATA_DIR: dataDir });
    expect(first.output()).toContain("Demo-Daten geladen");
    expect(first.output()).toContain("admin@stadttor.example");
    const page = await fetch(first.url + "/");
    expect(await page.text()).toContain("Das digitale Rathaus München");
    expect(await first.stop()).toBe(0);

    const second = await start({ DATA_DIR: dataDir });
    expect(second.output()).toContain("Demo-Daten vorhanden");
    expect((await fetch(second.url + "/leistungen/personalausweis-beantragen")).status).toBe(200);
    expect(await second.stop()).toBe(0);
  });

  it.skipIf(!process.env.DATABASE_URL)("runs on PostgreSQL, and two processes starting at once on an empty database both come up", { timeout: 90_000 }, async () => {
    const adminUrl = process.env.DATABASE_URL!;
    const name = `stadttor_test_${process.env.STADTTOR_TEST_RUN ?? "manual"}_start`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      const [a, b] = await Promise.all([start({ DATABASE_URL: url.toString() }), start({ DATABASE_URL: url.toString() })]);
      const outputs = [a.output(), b.output()];
      expect(outputs.filter((o) => o.includes("Demo-Daten geladen"))).toHaveLength(1);
      expect(outputs.filter((o) => o.includes("Demo-Daten vorhanden"))).toHaveLength(1);
      expect((await fetch(a.url + "/")).status).toBe(200);
      expect((await fetch(b.url + "/")).status).toBe(200);
      expect(await a.stop()).toBe(0);
      expect(await b.stop()).toBe(0);
    } finally {
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  });
});
