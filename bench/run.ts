// Entry point of `npm run bench -- <scenario> [flags]`: finds bench/scenarios/<scenario>.ts and runs it.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cleanupAll, cleanUpOnSignals, type Scenario } from "./lib/index.ts";

const scenariosDir = fileURLToPath(new URL("./scenarios/", import.meta.url));
const available = readdirSync(scenariosDir)
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .map((f) => f.slice(0, -3))
  .sort();

async function loadScenario(name: string): Promise<Scenario> {
  return (await import(`./scenarios/${name}.ts`)) as Scenario;
}

async function usage(): Promise<string> {
  const lines = ["usage: npm run bench -- <scenario> [flags]", "", "scenarios:"];
  for (const name of available) lines.push(`  ${name.padEnd(12)} ${(await loadScenario(name)).description}`);
  lines.push("", "flags: npm run bench -- <scenario> --help");
  return lines.join("\n");
}

const [name, ...rest] = process.argv.slice(2);
if (!name || name === "--help" || !available.includes(name)) {
  if (name && name !== "--help") console.error(`unknown scenario "${name}"\n`);
  console.error(await usage());
  process.exit(name === "--help" ? 0 : 2);
}

cleanUpOnSignals();
let code = 1;
try {
  code = await (await loadScenario(name)).run(rest);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await cleanupAll();
}
process.exit(code);
