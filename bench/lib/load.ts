// Puts load on one loopback URL with autocannon and boils the result down to the figures we compare.
import autocannon from "autocannon";

export interface LoadOptions {
  /** Seconds. */
  duration: number;
  connections: number;
  pipelining: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  /** Mean requests per second over the run. */
  rps: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p99: number;
  requests: number;
  /** Connection errors (timeouts included). */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Mean response bytes per second. */
  bytesPerSecond: number;
  /**
   * CPU time the server process spent per request (user + system), when known. Unlike requests/s it
   * barely moves when other work shares the machine, so it is the steadier figure on a busy box.
   */
  cpuUsPerRequest?: number;
}

/** Refuses anything but loopback: a bench must never put load on someone else's server. */
function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "[::1]", "::1"].includes(host)) throw new Error(`bench targets must be on loopback, not ${host}`);
}

export async function load(url: string, options: LoadOptions): Promise<LoadResult> {
  assertLoopback(url);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        duration: options.duration,
        connections: options.connections,
        pipelining: options.pipelining,
        method: options.method ?? "GET",
        headers: options.headers,
        body: options.body,
        timeout: 10,
      },
      (error: unknown, done: autocannon.Result) => {
        clearTimeout(guard);
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve(done);
      },
    );
    // autocannon ends by itself after `duration`; this guard only matters if it ever hangs.
    const guard = setTimeout(() => instance.stop(), (options.duration + 30) * 1000);
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerSecond: result.throughput.average,
  };
}

/** A short unmeasured run, so JIT, caches and connection pools are warm before the real one. */
export async function warmUp(url: string, options: Pick<LoadOptions, "connections" | "pipelining" | "headers"> & { seconds: number }): Promise<void> {
  if (options.seconds <= 0) return;
  await load(url, { duration: options.seconds, connections: options.connections, pipelining: options.pipelining, headers: options.headers });
}
