// Where platform's own migrations live.
import { fileURLToPath } from "node:url";
import type { MigrationSource } from "./migrate.ts";

export const platformMigrations: MigrationSource = {
  module: "platform",
  dir: fileURLToPath(new URL("./migrations", import.meta.url)),
};
