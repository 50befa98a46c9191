// Scenario "login": password logins per second against the running app (POST /konto/anmelden with the right
// password: argon2id verify, attempt bookkeeping, new session, audit record), with the argon2 cost printed.
import { performance } from "node:perf_hooks";
import { hash, verify } from "@node-rs/argon2";
import { argon2Options } from "../../src/kernel/identity/citizen/password-policy.ts";
import { commonUsage, load, loadHeaders, loadRow, machineLine, parseCommonOptions, pinCores, printTable, startApp, type RunningServer } from "../lib/index.ts";

export const description = "citizen password login (POST /konto/anmelden), logins/s with the argon2id cost";
export const usage = `npm run bench -- login [flags]\n${commonUsage}`;

const EMAIL = "bench-login@beispiel.de";
const PASSWORD = "Bench Passwort für den Login";

interface FormSession {
  cookie: string;
  token: string;
}

async function formSession(app: RunningServer, path: string): Promise<FormSession> {
  const res = await fetch(app.url + path, { signal: AbortSignal.timeout(10_000) });
  const token = /name="_csrf" value="([^"]+)"/.exec(await res.text())?.[1];
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  if (!token) throw new Error(`GET ${path} has no CSRF token (status ${res.status})`);
  return { cookie, token };
}

function post(app: RunningServer, path: string, s: FormSession, fields: Record<string, string>): Promise<Response> {
  return fetch(app.url + path, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: s.cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: s.token, ...fields }).toString(),
    signal: AbortSignal.timeout(10_000),
  });
}

/** Milliseconds one argon2id verify takes in this process, median of a few. */
async function verifyMillis(): Promise<number> {
  const stored = await hash(PASSWORD, argon2Options);
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const start = performance.now();
    await verify(stored, PASSWORD);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[4]!;
}

export async function run(argv: string[]): Promise<number> {
  const o = parseCommonOptions(argv, { path: "/konto/anmelden" });
  if (!o) {
    console.log(usage);
    return 0;
  }
  const { memoryCost, timeCost, parallelism } = argon2Options;
  console.log(`bench login — ${machineLine()}`);
  console.log(`argon2id m=${memoryCost} KiB (${(memoryCost / 1024).toFixed(0)} MiB), t=${timeCost}, p=${parallelism}; one verify here: ${(await verifyMillis()).toFixed(1)} ms`);
  console.log(`app on ${o.db}, LOG_LEVEL=${o.logLevel}; ${o.duration} s, ${o.connections} connections, warm-up ${o.warmup} s; cores: ${o.pin ? pinCores() : "not pinned"}\n`);

  // The bench logs in far more often than a person may; the per-IP form limit would stop it after 20.
  process.env.ACCOUNT_RATE_LIMIT_PER_MINUTE = "100000000";
  process.stderr.write(`  app: starting (${o.db}, demo data) …\n`);
  const app = await startApp({ db: o.db, logLevel: o.logLevel, postgresUrl: o.postgresUrl, appDir: o.appDir });
  try {
    const reg = await formSession(app, "/konto/registrieren");
    const registered = await post(app, "/konto/registrieren", reg, { email: EMAIL, password: PASSWORD, displayName: "Bench" });
    if (registered.status !== 303) throw new Error(`registration answered ${registered.status}, not 303`);
    const s = await formSession(app, o.path);
    const check = await post(app, o.path, s, { email: EMAIL, password: PASSWORD });
    if (check.status !== 303 || !check.headers.getSetCookie().some((c) => c.startsWith("sid="))) throw new Error(`a login answered ${check.status} without a session: nothing measured`);

    const options = {
      duration: o.duration,
      connections: o.connections,
      pipelining: 1,
      method: "POST" as const,
      headers: { cookie: s.cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: s.token, email: EMAIL, password: PASSWORD }).toString(),
    };
    if (o.warmup > 0) await load(app.url + o.path, { ...options, duration: o.warmup });
    const result = await load(app.url + o.path, options);
    // Every answer should be the 303 of a successful login; anything else would make the figure meaningless.
    const after = await post(app, o.path, s, { email: EMAIL, password: PASSWORD });
    printTable(loadHeaders, [loadRow("login", result)]);
    console.log(`\nlogins/s: ${result.rps.toFixed(1)} (all answers are redirects: non-2xx = ${result.non2xx} of ${result.requests}); login after the run: ${after.status}`);
    return after.status === 303 && result.errors === 0 ? 0 : 1;
  } finally {
    await app.stop();
  }
}
