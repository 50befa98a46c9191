// Unit and integration tests (beside the code) on PGlite, or on PostgreSQL when DATABASE_URL is set.
// One database per worker process, shared by its test files (isolate: false), reset between files:
// creating a PGlite instance takes seconds and hundreds of MiB, so never one per test.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.ts", "bench/**/*.test.ts"],
    exclude: ["**/*.browser.test.ts", "node_modules/**"],
    pool: "forks",
    isolate: false,
    maxWorkers: 2,
    fileParallelism: true,
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    reporters: ["default"],
  },
});
