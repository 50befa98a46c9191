// Entry point of `npm run catalogue:import -- <file>` (see run-catalogue-import.ts for what it does).
import { runCatalogueImport } from "./run-catalogue-import.ts";

const code = await runCatalogueImport(process.argv.slice(2), process.env, { log: (line) => console.log(line), error: (line) => console.error(line) });
process.exit(code);
