// The start page as visitors get it, including its in-memory cache (rendered once per language and
// catalogue version): the cache must never show stale catalogue data, mix languages or drop headers.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { html, text } from "../../../test/support/html.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.close());

describe("start page", () => {
  it("is the town hall's entrance in German with search, entry points, most used services and life situations", async () => {
    const res = await t.app.inject({ url: "/" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/html");
    const doc = html(res);
    expect(doc.querySelector("html")?.getAttribute("lang")).toBe("de");
    expect(text(doc.querySelector("h1"))).toBe("Das digitale Rathaus München");
    expect(doc.querySelector('form[action="/suche"] input[name="q"]')).not.toBeNull();
    const links = doc.querySelectorAll("main a").map((a) => a.getAttribute("href"));
    for (const entry of ["/anliegen/neu", "/termine", "/beschwerden/neu", "/ideen", "/beteiligung", "/formulare"]) expect(links).toContain(entry);
    // Most used: ranked by the catalogue's popularity until usage is measured.
    const mostUsed = doc.querySelectorAll('section[aria-labelledby="haeufig"] li a').map((a) => text(a));
    expect(mostUsed.slice(0, 2)).toEqual(["Wohnsitz anmelden", "Personalausweis beantragen"]);
    expect(doc.querySelectorAll('section[aria-labelledby="lebenslagen"] li').length).toBeGreaterThanOrEqual(5);
  });

  it("has a skip link to the main content, one banner and a footer with the legal pages", async () => {
    const doc = html(await t.app.inject({ url: "/" }));
    const skip = doc.querySelector("body > a");
    expect(skip?.getAttribute("href")).toBe("#inhalt");
    expect(doc.querySelector("main#inhalt")).not.toBeNull();
    expect(doc.querySelectorAll("header").length).toBe(1);
    const footer = doc.querySelectorAll("footer a").map((a) => a.getAttribute("href"));
    expect(footer).toEqual(expect.arrayContaining(["/impressum", "/datenschutz", "/barrierefreiheit", "/leichte-sprache", "/gebaerdensprache"]));
  });

  it("switches to English by link and remembers the choice in a cookie", async () => {
    const sw = await t.app.inject({ url: "/sprache/en?zurueck=/leistungen" });
    expect(sw.statusCode).toBe(303);
    expect(sw.headers.location).toBe("/leistungen");
    const cookie = sw.cookies.find((c) => c.name === "lang");
    expect(cookie?.value).toBe("en");
    const res = await t.app.inject({ url: "/", cookies: { lang: "en" } });
    const doc = html(res);
    expect(doc.querySelector("html")?.getAttribute("lang")).toBe("en");
    expect(text(doc.querySelector("h1"))).toBe("München's digital town hall");
  });

  it("never redirects off-site after a language switch", async () => {
    for (const target of ["https://evil.example/", "//evil.example", "/\\evil.example"]) {
      const res = await t.app.inject({ url: `/sprache/de?zurueck=${encodeURIComponent(target)}` });
      expect(res.headers.location).toBe("/");
    }
  });
});

describe("start page cache", () => {
  const mostUsed = (body: string) => html(body).querySelectorAll('section[aria-labelledby="haeufig"] li a').map((a) => text(a));

  it("shows catalogue changes after CatalogueCache.invalidate(), and each language its own page", async () => {
    const before = await t.app.inject({ url: "/" });
    expect(mostUsed(before.body)[0]).toBe("Wohnsitz anmelden");
    await sql`update catalogue.service set name = ${JSON.stringify({ de: "Wohnsitz ummelden", en: "Change of address" })}::jsonb where id = 'wohnsitz-anmelden'`.execute(t.database.db);
    t.app.services.catalogue.invalidate();
    const de = await t.app.inject({ url: "/" });
    const en = await t.app.inject({ url: "/", cookies: { lang: "en" } });
    expect(mostUsed(de.body)[0]).toBe("Wohnsitz ummelden");
    expect(mostUsed(en.body)[0]).toBe("Change of address");
    expect(html(en).querySelector("html")?.getAttribute("lang")).toBe("en");
    // Served again from the cache: still each in its own language.
    expect((await t.app.inject({ url: "/" })).body).toBe(de.body);
    expect((await t.app.inject({ url: "/", cookies: { lang: "en" } })).body).toBe(en.body);
    expect(de.body).not.toBe(en.body);
  });

  it("sends a cached page with the security headers, its own request id and no-store", async () => {
    await t.app.inject({ url: "/" });
    const [a, b] = [await t.app.inject({ url: "/" }), await t.app.inject({ url: "/" })];
    for (const res of [a, b]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["strict-transport-security"]).toContain("max-age=");
      expect(res.headers["cache-control"]).toBe("no-store");
      expect(res.headers["set-cookie"]).toBeUndefined();
    }
    expect(a.headers["x-request-id"]).toBeTruthy();
    expect(a.headers["x-request-id"]).not.toBe(b.headers["x-request-id"]);
  });

  it("keeps the language switch pointing back to the URL actually asked for", async () => {
    const withQuery = html(await t.app.inject({ url: "/?herkunft=plakat" }));
    expect(withQuery.querySelector('a[hreflang="en"]')?.getAttribute("href")).toBe(`/sprache/en?zurueck=${encodeURIComponent("/?herkunft=plakat")}`);
    const plain = html(await t.app.inject({ url: "/" }));
    expect(plain.querySelector('a[hreflang="en"]')?.getAttribute("href")).toBe("/sprache/en?zurueck=%2F");
  });
});

