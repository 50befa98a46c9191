// Starts Stadttor: reads the configuration, opens the database, migrates, loads the demo data on a
// first start, and serves (ROLE all/web) and runs jobs (ROLE all/worker). SIGTERM/SIGINT stop it
// gracefully: finish requests and running jobs, then close the database.
import { buildApp } from "./app.ts";
import { DEMO_STAFF_PASSWORD, demoStaff, seedDemo } from "./demo/seed-demo.ts";
import { DEMO_CITIZEN_PASSWORD, demoCitizen, seedDemoCases } from "./demo/demo-cases.ts";
import { resolveSecret } from "./platform/http/index.ts";
import { migrationSources } from "./modules.ts";
import { ConfigError, loadConfig, type Config } from "./platform/config/index.ts";
import { migrate, openDatabase } from "./platform/db/index.ts";
import { createJobQueue } from "./platform/jobs/index.ts";

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const started = Date.now();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await migrate(database.db, migrationSources);
const seeded = config.demoSeed ? await seedDemo(database.db, config.cityName) : false;
// Every role declares and sends jobs; a "web" process leaves running them to the workers.
const jobs = createJobQueue(database, { work: config.role !== "web", pollSeconds: config.jobsPollSeconds });
const app = await buildApp(config, database, { jobs });
await jobs.start({ log: app.log });
// Demo cases go through the real use cases, which send their notifications as jobs: after the queue is up.
if (config.demoSeed) await seedDemoCases(database.db, { jobs, publicUrl: config.publicUrl, secret: await resolveSecret(database.db, config.secretKey) });

/** The address to open in a browser: the real port (PORT=0 picks one), a wildcard host shown as localhost. */
function listeningUrl(): string {
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = ["0.0.0.0", "::", "localhost"].includes(config.host) ? "localhost" : config.host;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, "shutting down");
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  let failed = false;
  try {
    for (const step of await Promise.allSettled([app.close(), jobs.stop()])) {
      if (step.status === "rejected") {
        failed = true;
        app.log.error({ err: step.reason }, "shutdown step failed");
      }
    }
  } finally {
    // Always close the database: PGlite must shut down cleanly or its folder needs recovery.
    await database.close();
  }
  clearTimeout(force);
  process.exit(failed ? 1 : 0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));

const where = config.databaseUrl ? "PostgreSQL" : `PGlite in ${config.dataDir}`;
if (config.role === "worker") {
  // A worker serves no HTTP; it builds the app only so that every module declares its jobs.
  await app.ready();
  console.log(`\nStadttor ${config.cityName}: nur Hintergrundaufgaben / jobs only (${where}, ${Date.now() - started} ms)`);
} else {
  await app.listen({ host: config.host, port: config.port });
  // The address comes last, so it is what people see on the screen.
  if (config.demoSeed && config.env !== "production") {
    console.log(seeded ? "\nDemo-Daten geladen / demo data loaded." : "\nDemo-Daten vorhanden / demo data present.");
    console.log(`Demo-Zugänge für die Verwaltung / demo staff accounts (Passwort / password: ${DEMO_STAFF_PASSWORD}):`);
    for (const s of demoStaff) console.log(`  ${s.email.padEnd(40)} ${s.roles.map((r) => r.role + (r.departmentId ? `@${r.departmentId}` : "")).join(", ")}`);
    console.log("  Anmeldung unter /verwaltung/anmelden; beim ersten Mal richten Sie eine Authenticator-App ein (TOTP).");
    console.log("  Log in at /verwaltung/anmelden; the first login sets up an authenticator app (TOTP).");
    console.log(`Demo-Bürgerin / demo citizen: ${demoCitizen.email} (Passwort / password: ${DEMO_CITIZEN_PASSWORD}) – /konto/anmelden, „Meine Vorgänge“`);
  }
  console.log(`\nStadttor ${config.cityName} läuft / is running: ${listeningUrl()}  (${where}, ${Date.now() - started} ms)`);
}
