// Scenario "home": the start page under load, against Fastify hello-world measured in the same run.
// Goal: the start page serves at least 40 % of hello-world's requests per second.
import { createReadStream } from "node:fs";
import { combine, commonUsage, loadHeaders, loadRow, machineLine, measureRounds, median, parseCommonOptions, percent, pinCores, printTable, startApp, startBaseline, type RunningServer } from "../lib/index.ts";

export const description = "start page (GET /) vs. Fastify hello-world; goal ≥ 40 % of its requests/s";
export const usage = `npm run bench -- home [flags]\n${commonUsage}`;

const GOAL_PERCENT = 40;
const MARKER = "Das digitale Rathaus";

/**
 * Measuring the wrong page would give pleasing, meaningless figures: check it is the real start page,
 * with the security headers and request id that every production response carries.
 */
async function verifyStartPage(app: RunningServer, path: string): Promise<string[]> {
  const problems: string[] = [];
  const res = await fetch(app.url + path, { signal: AbortSignal.timeout(10_000) });
  const body = await res.text();
  if (res.status !== 200) problems.push(`GET ${path} answered ${res.status}, not 200`);
  if (!body.includes(MARKER)) problems.push(`GET ${path} does not contain "${MARKER}"`);
  if (!res.headers.get("content-security-policy")) problems.push("no content-security-policy header");
  if (!res.headers.get("x-request-id")) problems.push("no x-request-id header");
  if (res.headers.get("cache-control") !== "no-store") problems.push(`cache-control is "${res.headers.get("cache-control")}", not no-store`);
  return problems;
}

/** Occurrences of `needle` in a file read in chunks: a long run's log can exceed V8's string limit. */
async function countInFile(file: string, needle: string): Promise<number> {
  const pattern = Buffer.from(needle);
  let count = 0;
  let carry = Buffer.alloc(0);
  try {
    for await (const chunk of createReadStream(file)) {
      const data = Buffer.concat([carry, chunk as Buffer]);
      for (let at = data.indexOf(pattern); at !== -1; at = data.indexOf(pattern, at + pattern.length)) count++;
      // Keep a tail shorter than the needle so a match split across chunks is found, never counted twice.
      carry = data.subarray(Math.max(0, data.length - pattern.length + 1));
    }
  } catch {
    return 0;
  }
  return count;
}

export async function run(argv: string[]): Promise<number> {
  const o = parseCommonOptions(argv);
  if (!o) {
    console.log(usage);
    return 0;
  }
  console.log(`bench home — ${machineLine()}`);
  console.log(
    `app${o.appDir ? ` from ${o.appDir}` : ""} GET ${o.path} on ${o.db}, LOG_LEVEL=${o.logLevel}; ${o.rounds} × ${o.duration} s per server, ${o.connections} connections, pipelining ${o.pipelining}, warm-up ${o.warmup} s; one server under load at a time`,
  );
  console.log(`cores: ${o.pin ? pinCores() : "not pinned"}\n`);

  process.stderr.write(`  app: starting (${o.db}, demo data) …\n`);
  const nodeArgs = o.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${o.cpuProf}`] : undefined;
  const app = await startApp({ db: o.db, logLevel: o.logLevel, postgresUrl: o.postgresUrl, nodeArgs, appDir: o.appDir });
  const problems = await verifyStartPage(app, o.path);
  if (problems.length > 0) {
    console.error(`not the start page, nothing measured:\n  ${problems.join("\n  ")}`);
    return 1;
  }
  process.stderr.write("  baseline: starting …\n");
  const baseline = await startBaseline();

  // Both stay up, but only one is ever under load: on two cores they would fight over the CPU.
  const [baseRuns, appRuns] = await measureRounds(
    [
      { name: "baseline", url: baseline.url + "/", pid: baseline.pid },
      { name: "app", url: app.url + o.path, pid: app.pid },
    ],
    o,
  );
  const logLines = await countInFile(app.logFile, '"msg":"request completed"');
  await baseline.stop();
  await app.stop();
  if (o.cpuProf) console.log(`CPU profile of the app written to ${o.cpuProf}`);

  const base = combine(baseRuns!);
  const page = combine(appRuns!);
  const ratios = appRuns!.map((r, i) => percent(r.rps, baseRuns![i]!.rps));
  const ratio = median(ratios);
  printTable(loadHeaders, [loadRow("hello-world (baseline)", base), loadRow(`start page (${o.db})`, page)]);
  if (o.rounds > 1) console.log(`\n${o.rounds} rounds: requests/s and latencies are medians; ratio per round: ${ratios.map((r) => r.toFixed(1) + " %").join(", ")}`);
  console.log(`\nstart page / hello-world: ${ratio.toFixed(1)} %   goal ≥ ${GOAL_PERCENT} %   ${ratio >= GOAL_PERCENT ? "PASS" : "BELOW"}`);
  if (base.cpuUsPerRequest !== undefined && page.cpuUsPerRequest !== undefined) {
    // Steadier than requests/s when other work shares the machine: what one request costs the server.
    console.log(`server CPU per request: hello-world ${Math.round(base.cpuUsPerRequest)} µs, start page ${Math.round(page.cpuUsPerRequest)} µs (hello-world / start page: ${percent(base.cpuUsPerRequest, page.cpuUsPerRequest).toFixed(1)} %)`);
  }
  console.log(`request logs written by the app: ${logLines.toLocaleString("en-US")} "request completed" lines (LOG_LEVEL=${o.logLevel})`);

  const failed = [page, base].some((r) => r.errors > 0 || r.non2xx > 0);
  if (failed) console.error("errors or non-2xx answers during the run: the figures above are not trustworthy");
  // BELOW is a finding to read, not a failure: the exit code only says whether the measurement worked.
  return failed ? 1 : 0;
}
