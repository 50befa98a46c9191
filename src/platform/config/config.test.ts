import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./index.ts";

const folder = mkdtempSync(join(tmpdir(), "stadttor-config-"));
/** Writes a JSON file for SITE_OPERATOR_FILE and returns its path. */
function operatorFile(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

const body = (name: string, email?: string) => ({ name, address: { street: "Rathausplatz 1", postalCode: "86150", city: "Augsburg" }, ...(email ? { email } : {}) });
const realOperator = {
  operator: body("Stadt Augsburg", "info@augsburg.de"),
  representativeName: "Eva Weber",
  supervisoryAuthority: body("Regierung von Schwaben"),
  editorialContact: body("Stadt Augsburg, Redaktion", "redaktion@augsburg.de"),
  dataProtectionOfficer: body("Stadt Augsburg, Datenschutz", "datenschutz@augsburg.de"),
  accessibilityContact: body("Stadt Augsburg, Barrierefreiheit", "barrierefreiheit@augsburg.de"),
  retention: { serverLogDays: 7, accessibilityFeedbackYears: 3 },
};

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
    const withUrl = { ...prod, PUBLIC_URL: "https://stadttor.muenchen.example" };
    expect(() => loadConfig(withUrl)).toThrow(/SITE_OPERATOR_FILE is required in production/);
    const withOperator = { ...withUrl, SITE_OPERATOR_FILE: operatorFile("prod.json", realOperator) };
    expect(() => loadConfig(withOperator)).toThrow(/ENQUIRY_DEFAULT_DEPARTMENT is required in production/);
    const c = loadConfig({ ...withOperator, ENQUIRY_DEFAULT_DEPARTMENT: "direktorium" });
    expect(c.demoSeed).toBe(false);
    expect(c.enquiryDefaultDepartment).toBe("direktorium");
  });

  it("reads the site operator from SITE_OPERATOR_FILE; without it (outside production) the demo operator stays", () => {
    expect(loadConfig({}).siteOperator).toBeUndefined();
    const c = loadConfig({ SITE_OPERATOR_FILE: operatorFile("augsburg.json", realOperator) });
    expect(c.siteOperator).toMatchObject({ operator: { name: "Stadt Augsburg" }, accessibilityContact: { email: "barrierefreiheit@augsburg.de" }, demo: false });
  });

  it("stops with one line naming SITE_OPERATOR_FILE and what is wrong in it", () => {
    const problems: Array<[string, RegExp]> = [
      [join(folder, "fehlt.json"), /SITE_OPERATOR_FILE cannot be read/],
      [operatorFile("kaputt.json", "{ operator: "), /SITE_OPERATOR_FILE is not valid JSON/],
      [operatorFile("ohne-kontakt.json", { ...realOperator, accessibilityContact: body("Barrierefreiheit") }), /SITE_OPERATOR_FILE accessibilityContact\.email: /],
      [operatorFile("plz.json", { ...realOperator, operator: { ...realOperator.operator, address: { ...realOperator.operator.address, postalCode: "861" } } }), /operator\.address\.postalCode: must be five digits/],
      [operatorFile("tippfehler.json", { ...realOperator, vatID: "DE1" }), /SITE_OPERATOR_FILE \(file\): Unrecognized key/],
    ];
    for (const [path, message] of problems) {
      let error: unknown;
      try {
        loadConfig({ SITE_OPERATOR_FILE: path });
      } catch (e) {
        error = e;
      }
      expect(error, path).toBeInstanceOf(ConfigError);
      expect((error as Error).message, path).toMatch(message);
      expect((error as Error).message).toMatch(/^Konfigurationsfehler \/ configuration error: SITE_OPERATOR_FILE /);
      expect((error as Error).message).not.toContain("\n");
    }
  });

  it("refuses a demo operator in production: flagged demo, or any .example address", () => {
    const prod = { NODE_ENV: "production", SECRET_KEY: "x".repeat(40), SMTP_URL: "smtp://mail.example:587", PUBLIC_URL: "https://stadttor.augsburg.de" };
    const demo = operatorFile("demo.json", { ...realOperator, demo: true });
    const example = operatorFile("example.json", { ...realOperator, dataProtectionOfficer: body("Datenschutz", "datenschutz@augsburg.example") });
    const exampleWeb = operatorFile("example-web.json", { ...realOperator, operator: { ...realOperator.operator, web: "https://www.augsburg.example/impressum" } });
    for (const path of [demo, example, exampleWeb]) {
      expect(() => loadConfig({ ...prod, SITE_OPERATOR_FILE: path })).toThrow(/SITE_OPERATOR_FILE describes a demo operator/);
      expect(loadConfig({ SITE_OPERATOR_FILE: path }).siteOperator).toBeDefined();
    }
  });

  it("marks cookies Secure for an https public address and always in production, whatever the proxy says", () => {
    expect(loadConfig({}).secureCookies).toBe(false);
    expect(loadConfig({ PUBLIC_URL: "https://stadttor.augsburg.de" }).secureCookies).toBe(true);
    const prod = { NODE_ENV: "production", SECRET_KEY: "x".repeat(40), SMTP_URL: "smtp://mail.example:587", PUBLIC_URL: "https://stadttor.augsburg.de" };
    expect(loadConfig({ ...prod, SITE_OPERATOR_FILE: operatorFile("secure.json", realOperator), ENQUIRY_DEFAULT_DEPARTMENT: "kvr", TRUST_PROXY: "false" }).secureCookies).toBe(true);
  });
});
