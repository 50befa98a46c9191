// The legal and accessibility pages: reachable from the footer, one h1 in German and English, honest about
// the demo and about what is missing (no sign language videos yet, and no <video> pretending otherwise).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { html, text } from "../../../test/support/html.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const pages = [
  { path: "/impressum", de: "Impressum", en: "Legal notice" },
  { path: "/datenschutz", de: "Datenschutzerklärung", en: "Privacy notice" },
  { path: "/barrierefreiheit", de: "Erklärung zur Barrierefreiheit", en: "Accessibility statement" },
  { path: "/leichte-sprache", de: "Stadttor in Leichter Sprache", en: "Stadttor in Easy English" },
  { path: "/gebaerdensprache", de: "Informationen in Deutscher Gebärdensprache", en: "Information in German Sign Language" },
];

async function get(path: string, locale: "de" | "en" = "de") {
  return t.app.inject({ url: path, cookies: locale === "en" ? { lang: "en" } : {} });
}

describe("site pages", () => {
  for (const page of pages) {
    it(`${page.path} has one h1, breadcrumbs and the right language in German and English`, async () => {
      for (const locale of ["de", "en"] as const) {
        const res = await get(page.path, locale);
        expect(res.statusCode).toBe(200);
        const doc = html(res);
        expect(doc.querySelector("html")?.getAttribute("lang")).toBe(locale);
        const h1s = doc.querySelectorAll("h1");
        expect(h1s.length).toBe(1);
        expect(text(h1s[0])).toBe(page[locale]);
        const crumbs = doc.querySelectorAll("nav.st-breadcrumbs li");
        expect(crumbs[0]?.querySelector("a")?.getAttribute("href")).toBe("/");
        expect(crumbs.at(-1)?.getAttribute("aria-current")).toBe("page");
        expect(doc.querySelector("main.st-main--narrow")).not.toBeNull();
        // Headings descend one level at a time: no h3 before the first h2, no h4 at all.
        const levels = doc.querySelectorAll("main h1, main h2, main h3, main h4").map((el) => Number(el.tagName[1]));
        levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
      }
    });
  }

  it("is linked from every page's footer", async () => {
    const footer = html(await get("/impressum")).querySelectorAll("footer a").map((a) => a.getAttribute("href"));
    for (const page of pages) expect(footer).toContain(page.path);
  });

  it("Impressum names the city as operator, how it is represented and that this is a demo installation", async () => {
    const main = text(html(await get("/impressum")).querySelector("main"));
    expect(main).toContain("Landeshauptstadt München");
    expect(main).toContain("Marienplatz 8");
    expect(main).toContain("80331 München");
    expect(main).toContain("vertreten durch den Oberbürgermeister");
    expect(main).toContain("stadttor@muenchen.example");
    expect(main).toContain("Demonstrations-Installation der Open-Source-Software Stadttor");
  });

  it("the English Impressum marks German names as German for screen readers", async () => {
    const doc = html(await get("/impressum", "en"));
    const german = doc.querySelectorAll('main [lang="de"]').map((el) => text(el));
    expect(german.some((s) => s.startsWith("Landeshauptstadt München"))).toBe(true);
  });

  it("the privacy notice lists exactly the two cookies, logs without IP addresses and the authority for complaints", async () => {
    const doc = html(await get("/datenschutz"));
    const cookies = doc.querySelectorAll(`section[aria-labelledby="cookies"] tbody th`).map((th) => text(th));
    expect(cookies).toEqual(["lang", "csrf"]);
    const main = text(doc.querySelector("main"));
    expect(main).toContain("keine IP-Adressen");
    expect(main).toContain("Artikel 6 Absatz 1 Buchstabe e DSGVO in Verbindung mit Artikel 4 Absatz 1 Bayerisches Datenschutzgesetz");
    expect(main).toContain("Der Bayerische Landesbeauftragte für den Datenschutz");
    expect(main).toContain("Bayerisches Landesamt für Datenschutzaufsicht");
    for (const article of ["15", "16", "17", "18", "20", "21", "77"]) expect(main).toContain(`Artikel ${article}`);
    const cases = text(doc.querySelector(`section[aria-labelledby="vorgaenge"]`));
    expect(cases).toContain("persönlichen Link");
    expect(cases).toContain("Aufbewahrungsfristen der zuständigen Dienststelle");
  });

  it("the accessibility statement says it is partly compliant, lists the known gaps and names the enforcement body", async () => {
    const doc = html(await get("/barrierefreiheit"));
    const main = text(doc.querySelector("main"));
    expect(main).toContain("teilweise mit den Anforderungen vereinbar");
    const gaps = doc.querySelectorAll(`section[aria-labelledby="nicht-barrierefrei"] li`).map((li) => text(li));
    expect(gaps.some((g) => g.startsWith("Gebärdensprache:"))).toBe(true);
    expect(gaps.some((g) => g.startsWith("PDF-Dokumente:"))).toBe(true);
    expect(main).toContain("axe-core");
    expect(main).toContain("27. November 2026");
    expect(main).toContain("Durchsetzungs- und Überwachungsstelle Barrierefreie Informationstechnik am Landesamt für Digitalisierung, Breitband und Vermessung");
    expect(main).toContain("barrierefreiheit@muenchen.example");
    const form = doc.querySelector('form[method="post"][action="/barrierefreiheit/rueckmeldung"]');
    expect(form?.querySelector('input[name="_csrf"]')).not.toBeNull();
    for (const field of ["message", "name", "email", "answer", "answer-no"]) expect(form?.querySelector(`#${field}`)).not.toBeNull();
  });

  it("Leichte Sprache in German, Easy English in English, each linking to the other in its own language", async () => {
    const de = html(await get("/leichte-sprache"));
    expect(text(de.querySelector("main"))).toContain("Die Nummer 115 ist die Behörden-Nummer.");
    const toEnglish = de.querySelector('main a[lang="en"]');
    expect(toEnglish?.getAttribute("href")).toBe("/sprache/en?zurueck=%2Fleichte-sprache");
    const en = html(await get("/leichte-sprache", "en"));
    expect(text(en.querySelector("main"))).toContain("115 is the number for public offices.");
    const toGerman = en.querySelector('main a[lang="de"]');
    expect(text(toGerman)).toBe("Diese Seite in Leichter Sprache lesen");
    expect(toGerman?.getAttribute("hreflang")).toBe("de");
  });

  it("the sign language page says the videos are in production and gives each planned video as text, without <video>", async () => {
    for (const locale of ["de", "en"] as const) {
      const doc = html(await get("/gebaerdensprache", locale));
      expect(doc.querySelector("video")).toBeNull();
      expect(doc.querySelectorAll(".st-video-placeholder").length).toBe(5);
      expect(doc.querySelectorAll("main h3").length).toBe(5);
    }
    const de = text(html(await get("/gebaerdensprache")).querySelector("main"));
    expect(de).toContain("Die Videos werden gerade produziert");
    expect(de).toContain("Video in Vorbereitung");
  });
});
