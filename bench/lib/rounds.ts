// Measures several servers in alternating rounds (A B, B A, A B …), one at a time. On a shared machine
// the background load drifts; alternating and taking medians keeps a ratio from hinging on one bad moment.
import { load, warmUp, type LoadOptions, type LoadResult } from "./load.ts";
import { cpuSeconds } from "./processes.ts";

export interface Target {
  name: string;
  /** Full loopback URL to load. */
  url: string;
  headers?: Record<string, string>;
  /** The server's process, to measure its CPU time per request. */
  pid?: number;
}

export interface RoundOptions extends Pick<LoadOptions, "duration" | "connections" | "pipelining"> {
  /** Seconds of unmeasured load per target before its first measured run. */
  warmup: number;
  rounds: number;
}

/** Results per target (outer, in the order given) and per round (inner). */
export async function measureRounds(targets: Target[], o: RoundOptions): Promise<LoadResult[][]> {
  const results: LoadResult[][] = targets.map(() => []);
  const shape = { connections: o.connections, pipelining: o.pipelining };
  for (const t of targets) {
    process.stderr.write(`  ${t.name}: warm-up ${o.warmup} s …\n`);
    await warmUp(t.url, { ...shape, headers: t.headers, seconds: o.warmup });
  }
  for (let round = 0; round < o.rounds; round++) {
    const order = targets.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) {
      const t = targets[i]!;
      process.stderr.write(`  round ${round + 1}/${o.rounds}: ${t.name}, ${o.duration} s …\n`);
      const cpuBefore = cpuSeconds(t.pid);
      const result = await load(t.url, { ...shape, headers: t.headers, duration: o.duration });
      const cpuAfter = cpuSeconds(t.pid);
      if (cpuBefore !== undefined && cpuAfter !== undefined && result.requests > 0) result.cpuUsPerRequest = ((cpuAfter - cpuBefore) * 1e6) / result.requests;
      results[i]!.push(result);
    }
  }
  return results;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One result standing for several rounds: medians of the figures, sums of the failures. */
export function combine(results: LoadResult[]): LoadResult {
  const sum = (f: (r: LoadResult) => number) => results.reduce((a, r) => a + f(r), 0);
  const med = (f: (r: LoadResult) => number) => median(results.map(f));
  return {
    rps: med((r) => r.rps),
    p50: med((r) => r.p50),
    p99: med((r) => r.p99),
    requests: sum((r) => r.requests),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    non2xx: sum((r) => r.non2xx),
    bytesPerSecond: med((r) => r.bytesPerSecond),
    cpuUsPerRequest: results.every((r) => r.cpuUsPerRequest !== undefined) ? med((r) => r.cpuUsPerRequest!) : undefined,
  };
}
