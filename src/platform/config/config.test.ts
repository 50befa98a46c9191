import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./index.ts";

describe("loadConfig", () => {
  it("gives working defaults for a first look", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ env: "development", port: 3000, dataDir: "./data", demoSeed: true, databaseUrl: undefined });
    expect(c.publicUrl).toBe("http://localhost:3000");
  });

  it("stops with one line naming the wrong variable", () => {
    expect(() => loadConfig({ PORT: "achtzig" })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: "99999" });
    } catch (e) {
      expect((e as Error).message).toMatch(/^Konfigurationsfehler \/ configuration error: PORT /);
      expect((e as Error).message).not.toContain("\n");
    }
  });

  it("rejects a database URL that is not PostgreSQL", () => {
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
  });

  it("requires a secret key and an SMTP server in production, and loads no demo data there", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/SECRET_KEY/);
    expect(() => loadConfig({ NODE_ENV: "production", SECRET_KEY: "x".repeat(40) })).toThrow(/SMTP_URL/);
    const prod = { NODE_ENV: "production", SECRET_KEY: "x".repeat(40), SMTP_URL: "smtp://mail.example:587" };
    expect(() => loadConfig(prod)).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ ...prod, PUBLIC_URL: "http://stadttor.muenchen.example" })).toThrow(/PUBLIC_URL/);
    const c = loadConfig({ ...prod, PUBLIC_URL: "https://stadttor.muenchen.example" });
    expect(c.demoSeed).toBe(false);
  });
});
