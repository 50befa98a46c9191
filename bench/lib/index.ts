// The bench toolkit scenarios build on: start the app and the baseline, load them, print the figures.
export { startApp, startBaseline, createBenchDatabase, defaultPostgresUrl, type AppOptions, type BenchDb, type RunningServer } from "./servers.ts";
export { load, warmUp, type LoadOptions, type LoadResult } from "./load.ts";
export { measureRounds, combine, median, type Target, type RoundOptions } from "./rounds.ts";
export { printTable, formatTable, loadHeaders, loadRow, percent, type Cell } from "./table.ts";
export { parseCommonOptions, commonUsage, type CommonOptions } from "./args.ts";
export { cleanupAll, cleanUpOnSignals, onCleanup, pinCores, loopback, repoRoot, makeTempDir, removeTempDir } from "./processes.ts";
export { machineLine } from "./machine.ts";

/** What bench/run.ts expects from bench/scenarios/<name>.ts. */
export interface Scenario {
  description: string;
  usage: string;
  /** Runs with the flags after the scenario name; resolves to the process exit code. */
  run(argv: string[]): Promise<number>;
}
