// Browser journeys (test/browser/** and beside the code in src/**: *.browser.test.ts): Debian's chromium against the app listening in-process.
// One worker and one file at a time: each file starts the app and a browser, and 2 cores are enough for one.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/browser/**/*.browser.test.ts", "src/**/*.browser.test.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    // The worker's test database (PGlite takes seconds to create) is shared by the files, reset by each.
    isolate: false,
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    reporters: ["default"],
  },
});
