// Child processes of a bench run: spawned on loopback ports 3200–3299, output to a log file, and always
// stopped again — on success, on error, on Ctrl-C — so that a run never leaves a server behind.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const loopback = "127.0.0.1";

const PORT_MIN = 3200;
const PORT_MAX = 3299;

let serverCpu: number | undefined;
const cleanups = new Set<() => Promise<void>>();
const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
let handlersInstalled = false;

/** Runs `fn` when the bench ends, however it ends. Returns a function that runs it now (once). */
export function onCleanup(fn: () => Promise<void>): () => Promise<void> {
  installHandlers();
  let done = false;
  const once = async () => {
    if (done) return;
    done = true;
    cleanups.delete(once);
    await fn();
  };
  cleanups.add(once);
  return once;
}

export async function cleanupAll(): Promise<void> {
  for (const fn of [...cleanups].reverse()) await fn().catch((e: unknown) => console.error("cleanup failed:", e));
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // Last resort when the bench itself dies: no async work is possible here, so kill outright.
  process.on("exit", () => {
    for (const child of children) child.kill("SIGKILL");
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });
}

/** A fresh directory under the system's temp dir, removed by removeTempDir() or at exit at the latest. */
export function makeTempDir(prefix: string): string {
  installHandlers();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/** For the bench's command line (not for tests, whose runner owns the signals): Ctrl-C cleans up. */
export function cleanUpOnSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping servers …`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, loopback, () => probe.close(() => resolve(true)));
  });
}

/** A free loopback port in 3200–3299; starts at a random one so parallel bench runs rarely collide. */
export async function freePort(): Promise<number> {
  const span = PORT_MAX - PORT_MIN + 1;
  const start = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const port = PORT_MIN + ((start + i) % span);
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free port in ${PORT_MIN}–${PORT_MAX}`);
}

/**
 * Gives the load generator (this process, all its threads) core 0 and every server started later core 1,
 * so that neither steals the other's core and the scheduler cannot shuffle them. Linux with taskset
 * and at least two cores only; returns a line saying what was done.
 */
export function pinCores(): string {
  if (process.platform !== "linux" || availableParallelism() < 2) return "not pinned (needs Linux and 2 cores)";
  try {
    execFileSync("taskset", ["-a", "-p", "-c", "0", String(process.pid)], { stdio: "ignore" });
  } catch {
    return "not pinned (taskset failed or missing)";
  }
  serverCpu = 1;
  return "load generator pinned to core 0, servers to core 1";
}

/** CPU seconds (user + system) a process has used so far; undefined where /proc is missing. */
export function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the ")" of the command name; utime and stime are the 12th and 13th, in USER_HZ (100/s).
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

export interface NodeChild {
  process: ChildProcess;
  logFile: string;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** The last lines of its log, for error messages. */
  logTail(lines?: number): string;
}

/** Starts `node [nodeArgs] --import tsx <script>` in `cwd` (this repository), stdout and stderr into `logFile`. */
export function spawnNode(script: string, options: { env: NodeJS.ProcessEnv; logFile: string; nodeArgs?: string[]; cwd?: string; cpu?: number }): NodeChild {
  installHandlers();
  const fd = openSync(options.logFile, "a");
  // A file, not a pipe: the server's logging then costs what it costs in production (a write per
  // line) and the bench process spends no CPU draining it — there are only two cores.
  const argv = [...(options.nodeArgs ?? []), "--import", "tsx", script];
  // taskset execs node in place, so the pid stays the server's own.
  const cpu = options.cpu ?? serverCpu;
  const [command, args] = cpu === undefined ? [process.execPath, argv] : ["taskset", ["-c", String(cpu), process.execPath, ...argv]];
  const child = spawn(command, args, {
    cwd: options.cwd ?? repoRoot,
    env: options.env,
    stdio: ["ignore", fd, fd],
  });
  closeSync(fd);
  children.add(child);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    child.once("exit", () => {
      children.delete(child);
      resolve();
    });
  });
  return {
    process: child,
    logFile: options.logFile,
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
    logTail(lines = 20) {
      try {
        return readFileSync(options.logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
      } catch {
        return "(no log)";
      }
    },
  };
}

/** Polls `url` until it answers 200; fails fast when the child exits, and after `timeoutMs` at most. */
export async function waitUntilUp(url: string, child: NodeChild, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null || child.process.signalCode !== null) {
      throw new Error(`server exited (${child.process.exitCode ?? child.process.signalCode}) before answering ${url}:\n${child.logTail()}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s:\n${child.logTail()}`);
}
