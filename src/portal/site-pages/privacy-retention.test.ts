// The privacy notice's retention table prints the periods the retention jobs delete by, in both languages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { html, text } from "../../../test/support/html.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function rows(locale: "de" | "en"): Promise<Map<string, string>> {
  const res = await t.app.inject({ url: "/datenschutz", cookies: locale === "en" ? { lang: "en" } : {} });
  expect(res.statusCode).toBe(200);
  const section = html(res).querySelector('section[aria-labelledby="speicherdauer"]');
  return new Map(section?.querySelectorAll("tbody tr").map((tr) => [text(tr.querySelector("th")), text(tr.querySelector("td"))]) ?? []);
}

describe("privacy notice retention periods", () => {
  it("names every period the retention jobs keep, in German", async () => {
    const de = await rows("de");
    expect(de.size).toBe(8);
    const find = (start: string) => [...de].find(([what]) => what.startsWith(start))?.[1];
    expect(find("Protokolleinträge")).toBe("6 Monate");
    expect(find("Anmeldeversuche")).toBe("24 Stunden");
    expect(find("E-Mails")).toContain("höchstens 30 Tage");
    expect(find("Rückmeldungen")).toBe("2 Jahre nach ihrem Eingang");
    expect(find("Zählungen")).toBe("30 Tage");
    expect(find("Links")).toContain("7 Tage nach Ablauf");
  });

  it("describes the session cookie with identity's session policies", async () => {
    const res = await t.app.inject({ url: "/datenschutz" });
    expect(text(html(res).querySelector('section[aria-labelledby="cookies"]'))).toContain("nach 30 Minuten ohne Aktivität und spätestens nach 12 Stunden (Verwaltung: 10 Stunden)");
  });

  it("and in English", async () => {
    const en = await rows("en");
    expect(en.size).toBe(8);
    expect([...en.values()]).toContain("6 months");
    expect([...en.values()]).toContain("2 years after it was received");
  });
});
