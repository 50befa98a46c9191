// Checks that the bench plumbing works (servers start, answer, stop; load and tables work) — no timing.
import { describe, expect, it } from "vitest";
import { formatTable, load, loadHeaders, loadRow, parseCommonOptions, percent, startBaseline } from "./lib/index.ts";
import { combine } from "./lib/rounds.ts";

describe("bench plumbing", () => {
  it("starts the hello-world baseline on a loopback port in 3200–3299, loads it, and stops it", async () => {
    const baseline = await startBaseline();
    try {
      const url = new URL(baseline.url);
      expect(url.hostname).toBe("127.0.0.1");
      expect(Number(url.port)).toBeGreaterThanOrEqual(3200);
      expect(Number(url.port)).toBeLessThanOrEqual(3299);
      const res = await fetch(baseline.url + "/");
      expect(await res.json()).toEqual({ hello: "world" });
      const result = await load(baseline.url + "/", { duration: 1, connections: 2, pipelining: 1 });
      expect(result.requests).toBeGreaterThan(0);
      expect(result.errors).toBe(0);
      expect(result.non2xx).toBe(0);
    } finally {
      await baseline.stop();
    }
    // The process is gone (signal 0 only asks whether it exists).
    expect(() => process.kill(baseline.pid!, 0)).toThrow();
  });

  it("refuses to load anything but loopback", async () => {
    await expect(load("http://example.org/", { duration: 1, connections: 1, pipelining: 1 })).rejects.toThrow(/loopback/);
  });

  it("parses the shared flags strictly", () => {
    expect(parseCommonOptions([])).toMatchObject({ duration: 10, connections: 50, pipelining: 1, db: "pglite", logLevel: "info", rounds: 3, pin: false });
    expect(parseCommonOptions(["--db=postgres", "--duration=3", "--log-level=warn"])).toMatchObject({ db: "postgres", duration: 3, logLevel: "warn" });
    expect(parseCommonOptions(["--help"])).toBeNull();
    expect(() => parseCommonOptions(["--db=mysql"])).toThrow(/--db/);
    expect(() => parseCommonOptions(["--duratoin=3"])).toThrow();
  });

  it("prints a Markdown table with medians and a ratio", () => {
    const r = (rps: number) => ({ rps, p50: 1, p99: 5, requests: rps, errors: 0, timeouts: 0, non2xx: 0, bytesPerSecond: 0 });
    const table = formatTable(loadHeaders, [loadRow("baseline", combine([r(100), r(300), r(200)]))]);
    expect(table.split("\n")[0]).toBe("| server   | requests/s | p50 ms | p99 ms | errors | non-2xx | CPU µs/req |");
    expect(table).toContain("|        200 |");
    expect(percent(45, 100)).toBe(45);
  });
});
