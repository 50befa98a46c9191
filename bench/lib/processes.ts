// Child processes of a bench run: spawned on loopback ports 3200–3299, output to a log file, and always
// stopped again — on success, on error, on Ctrl-C — so that a run never leaves a server behind.
import { spawn, type ChildProcess } from "node:child_process";
import { openSync, closeSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const loopback = "127.0.0.1";

const PORT_MIN = 3200;
const PORT_MAX = 3299;

const cleanups = new Set<() => Promise<void>>();
const children = new Set<ChildProcess>();
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
  });
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

export interface NodeChild {
  process: ChildProcess;
  logFile: string;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** The last lines of its log, for error messages. */
  logTail(lines?: number): string;
}

/** Starts `node [nodeArgs] --import tsx <script>` in the repository, stdout and stderr into `logFile`. */
export function spawnNode(script: string, options: { env: NodeJS.ProcessEnv; logFile: string; nodeArgs?: string[] }): NodeChild {
  installHandlers();
  const fd = openSync(options.logFile, "a");
  // A file, not a pipe: the server's logging then costs what it costs in production (a write per
  // line) and the bench process spends no CPU draining it — there are only two cores.
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), "--import", "tsx", script], {
    cwd: repoRoot,
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
