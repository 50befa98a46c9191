// /suche and the search API on the real app with the demo catalogue: results, "Meinten Sie …?", the empty
// result with next steps, suggestions while typing, and a fresh index after the catalogue changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { html, text } from "../../../test/support/html.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.close());

async function page(q: string) {
  const res = await t.app.inject({ url: `/suche?q=${encodeURIComponent(q)}` });
  expect(res.statusCode).toBe(200);
  return html(res);
}

const resultLinks = (doc: ReturnType<typeof html>) => doc.querySelectorAll(".st-service-list a").map((a) => a.getAttribute("href"));

describe("GET /suche", () => {
  it("lists the best match first for colloquial words", async () => {
    const doc = await page("neuer Perso");
    expect(resultLinks(doc)[0]).toBe("/leistungen/personalausweis-beantragen");
    expect(text(doc.querySelector("h2"))).toMatch(/Treffer für „neuer Perso“/);
    expect(doc.querySelector(".st-did-you-mean")).toBeNull();
  });

  it("answers a question and an English query", async () => {
    expect(resultLinks(await page("was kostet ein reisepass"))[0]).toBe("/leistungen/reisepass-beantragen");
    expect(resultLinks(await page("register a car"))[0]).toBe("/leistungen/kfz-zulassung");
  });

  it("offers „Meinten Sie …?“ for a typo, with a link that searches the corrected words", async () => {
    const doc = await page("Personalausweiss");
    const hint = doc.querySelector(".st-did-you-mean");
    expect(text(hint)).toBe("Meinten Sie personalausweis?");
    expect(hint?.querySelector("a")?.getAttribute("href")).toBe("/suche?q=personalausweis");
    expect(resultLinks(doc)[0]).toBe("/leistungen/personalausweis-beantragen");
  });

  it("explains what to do next when nothing matches: other words, the lists, phone 115", async () => {
    const doc = await page("Quantencomputer");
    expect(text(doc.querySelector("h2"))).toBe("Für „Quantencomputer“ haben wir leider nichts gefunden.");
    const section = text(doc.querySelector(".st-search-results"));
    expect(section).toContain("115");
    expect(doc.querySelector('.st-search-results a[href="/leistungen"]')).not.toBeNull();
    expect(doc.querySelector('.st-search-results a[href="/lebenslagen"]')).not.toBeNull();
    expect(resultLinks(doc)).toEqual([]);
  });

  it("asks for a search term when there is none, and escapes what was typed", async () => {
    expect(text((await page("")).querySelector(".st-search-results"))).toBe("Bitte geben Sie ein, wonach Sie suchen.");
    const res = await t.app.inject({ url: `/suche?q=${encodeURIComponent("<script>x</script>")}` });
    expect(res.body).not.toContain("<script>x</script>");
  });

  it("cuts an over-long query instead of dropping it, and takes the first of repeated q parameters", async () => {
    const long = "Personalausweis " + "x".repeat(300);
    const results = html(await t.app.inject({ url: `/suche?q=${encodeURIComponent(long)}` })).querySelector(".st-search-results");
    expect(text(results)).not.toContain("Bitte geben Sie ein");
    const twice = html(await t.app.inject({ url: "/suche?q=Reisepass&q=Hund" }));
    expect(twice.querySelector("input#q")?.getAttribute("value")).toBe("Reisepass");
  });

  it("works without JavaScript, and names the suggestions endpoint for the script that adds them", async () => {
    const doc = await page("Sperrmüll");
    const form = doc.querySelector('form[role="search"]');
    expect(form?.getAttribute("action")).toBe("/suche");
    expect(form?.getAttribute("method")).toBe("get");
    expect(form?.querySelector("input#q")?.getAttribute("data-suggest")).toBe("/api/v1/services/suggestions");
    expect(doc.querySelector('script[src^="/assets/search-suggest.js"]')).not.toBeNull();
    const script = await t.app.inject({ url: "/assets/search-suggest.js" });
    expect(script.statusCode).toBe(200);
    expect(script.headers["content-type"]).toContain("javascript");
  });
});

describe("GET /api/v1/services?q=", () => {
  it("ranks with the search engine and keeps the response shape", async () => {
    const res = await t.app.inject({ url: "/api/v1/services?q=personalausweiss" });
    const body = res.json();
    expect(body.items[0]).toMatchObject({ id: "personalausweis-beantragen", name: "Personalausweis beantragen" });
    expect(Object.keys(body.items[0]).sort()).toEqual(["id", "name", "score", "summary", "url"]);
    expect(body.total).toBeGreaterThanOrEqual(body.items.length);
  });
});

describe("GET /api/v1/services/suggestions", () => {
  it("completes the last word into services, best first", async () => {
    const res = await t.app.inject({ url: "/api/v1/services/suggestions?q=pers" });
    expect(res.statusCode).toBe(200);
    const { items } = res.json() as { items: Array<{ id: string; name: string; url: string }> };
    expect(items[0]).toEqual({ id: "personalausweis-beantragen", name: "Personalausweis beantragen", url: `${t.config.publicUrl}/leistungen/personalausweis-beantragen` });
    expect(items.length).toBeLessThanOrEqual(6);
  });

  it("suggests nothing for one letter and rejects a limit above 10", async () => {
    expect((await t.app.inject({ url: "/api/v1/services/suggestions?q=p" })).json()).toEqual({ items: [] });
    const res = await t.app.inject({ url: "/api/v1/services/suggestions?q=pa&limit=11" });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: "validation_failed", fields: { limit: expect.any(String) } });
  });

  it("answers in English with ?lang=en", async () => {
    const { items } = (await t.app.inject({ url: "/api/v1/services/suggestions?q=reisep&lang=en" })).json() as { items: Array<{ name: string }> };
    expect(items[0]?.name).toBe("Apply for a passport");
  });
});

describe("a changed catalogue", () => {
  it("is searched with a fresh index once the snapshot is reloaded", async () => {
    expect(resultLinks(await page("Zauberwortamt"))).toEqual([]);
    await t.database.db.updateTable("catalogue.service").set({ synonyms: ["Zauberwortamt"] }).where("id", "=", "hundesteuer-anmelden").execute();
    t.app.services.catalogue.invalidate();
    expect(resultLinks(await page("Zauberwortamt"))).toEqual(["/leistungen/hundesteuer-anmelden"]);
  });
});
