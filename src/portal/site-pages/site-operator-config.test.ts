// SITE_OPERATOR_FILE end to end: the configured operator replaces the demo one on the legal pages, and
// accessibility feedback is mailed to its contact point. The example file in this folder is a valid file.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { formSecrets, html, text } from "../../../test/support/html.ts";
import { loadConfig } from "../../platform/config/index.ts";

const exampleFile = new URL("./site-operator.example.json", import.meta.url).pathname;
const address = { street: "Rathausplatz 1", postalCode: "86150", city: "Augsburg" };
const augsburg = {
  operator: { name: "Stadt Augsburg", address, email: "info@augsburg.de", phone: "0821 3240" },
  representativeName: "Eva Weber",
  supervisoryAuthority: { name: "Regierung von Schwaben", address: { street: "Fronhof 10", postalCode: "86152", city: "Augsburg" } },
  editorialContact: { name: "Stadt Augsburg, Redaktion", address, email: "redaktion@augsburg.de" },
  dataProtectionOfficer: { name: "Stadt Augsburg, Datenschutz", address, email: "datenschutz@augsburg.de" },
  accessibilityContact: { name: "Stadt Augsburg, Barrierefreiheit", address, email: "barrierefreiheit@augsburg.de" },
  retention: { serverLogDays: 7, accessibilityFeedbackYears: 3 },
};

let t: TestApp;
beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), "stadttor-operator-")), "augsburg.json");
  writeFileSync(file, JSON.stringify(augsburg));
  t = await createTestApp({ env: { SITE_OPERATOR_FILE: file } });
});
afterAll(() => t?.close());

describe("the configured site operator", () => {
  it("is named on Impressum and privacy notice, without the demo's placeholders or demo notice", async () => {
    for (const [path, contact] of [["/impressum", "info@augsburg.de"], ["/datenschutz", "datenschutz@augsburg.de"]] as const) {
      const main = text(html(await t.app.inject({ url: path })).querySelector("main"));
      expect(main, path).toContain("Stadt Augsburg");
      expect(main, path).toContain(contact);
      expect(main, path).not.toContain("muenchen.example");
      expect(main, path).not.toMatch(/Demo/);
    }
  });

  it("receives the accessibility feedback mail at its contact point", async () => {
    const page = await t.app.inject({ url: "/barrierefreiheit", remoteAddress: "198.51.100.77" });
    expect(text(html(page).querySelector("main"))).toContain("barrierefreiheit@augsburg.de");
    const { token, cookie } = formSecrets(page);
    const body = { message: "Der Kontrast der Fußzeile ist zu schwach.", answer: "no", _csrf: token };
    const sent = await t.app.inject({
      method: "POST",
      url: "/barrierefreiheit/rueckmeldung",
      remoteAddress: "198.51.100.77",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      payload: new URLSearchParams(body).toString(),
    });
    expect(sent.statusCode).toBe(303);
    const mails = await t.database.db.selectFrom("mail.outbox").select("recipient").execute();
    expect(mails.map((m) => m.recipient)).toEqual(["barrierefreiheit@augsburg.de"]);
  });

  it("the example file in the repository is valid (and, with its .example addresses, refused in production)", () => {
    expect(loadConfig({ SITE_OPERATOR_FILE: exampleFile }).siteOperator?.operator.name).toBe("Landeshauptstadt München");
    const prod = { NODE_ENV: "production", SECRET_KEY: "x".repeat(40), SMTP_URL: "smtp://mail.example:587", PUBLIC_URL: "https://stadttor.muenchen.de" };
    expect(() => loadConfig({ ...prod, SITE_OPERATOR_FILE: exampleFile })).toThrow(/SITE_OPERATOR_FILE describes a demo operator/);
  });
});
