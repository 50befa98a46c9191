// GET /api/docs on the real app: every operation, readable in German and English, and accessible
// (one h1, no skipped heading levels, tables with header cells and scopes, no empty links, no script).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { html, text } from "../../../test/support/html.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.close());

describe("GET /api/docs", () => {
  it("renders in the site frame with a section per tag and one per operation", async () => {
    const res = await t.app.inject({ url: "/api/docs" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/html");
    const doc = html(res);
    expect(doc.querySelector("html")?.getAttribute("lang")).toBe("de");
    expect(text(doc.querySelector("main h1"))).toBe("Schnittstellen (API)");
    const h2 = doc.querySelectorAll("main h2").map((h) => text(h));
    expect(h2).toEqual(expect.arrayContaining(["Grundlagen", "Fehler", "Versionen und Änderungen", "Leistungen"]));
    const h3 = doc.querySelectorAll("main h3").map((h) => text(h));
    expect(h3).toEqual(expect.arrayContaining(["GET /api/v1/services", "GET /api/v1/services/{id}"]));
    expect(doc.querySelector('a[href="/api/v1/openapi.json"]')).not.toBeNull();
  });

  it("shows parameters, response fields and the error body as tables", async () => {
    const doc = html(await t.app.inject({ url: "/api/docs" }));
    const list = doc.querySelector("section[aria-labelledby=op-listServices]");
    const rowNames = list?.querySelectorAll("tbody th[scope=row]").map((th) => text(th)) ?? [];
    expect(rowNames).toEqual(expect.arrayContaining(["q", "limit", "offset", "lang", "200", "400", "items", "total", "items[].name", "items[].score"]));
    const errors = doc.querySelector("section[aria-labelledby=api-fehler]");
    expect(errors?.querySelectorAll("tbody th").map((th) => text(th))).toEqual(["error", "message", "fields"]);
    expect(text(errors?.querySelector("pre"))).toContain('"error": "validation_failed"');
  });

  it("is accessible: headings never skip a level, tables have scoped headers and captions, links have text", async () => {
    const doc = html(await t.app.inject({ url: "/api/docs" }));
    const main = doc.querySelector("main")!;
    expect(main.querySelectorAll("h1").length).toBe(1);
    const levels = main.querySelectorAll("h1, h2, h3, h4, h5, h6").map((h) => Number(h.tagName.slice(1)));
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1);
    });
    const tables = main.querySelectorAll("table");
    expect(tables.length).toBeGreaterThan(4);
    for (const table of tables) {
      expect(text(table.querySelector("caption"))).not.toBe("");
      for (const th of table.querySelectorAll("th")) expect(["col", "row"]).toContain(th.getAttribute("scope"));
    }
    for (const a of doc.querySelectorAll("a")) expect(text(a) || a.getAttribute("aria-label")).toBeTruthy();
    const ids = doc.querySelectorAll("[id]").map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of main.querySelectorAll('a[href^="#"]')) expect(ids).toContain(a.getAttribute("href")!.slice(1));
    expect(doc.querySelectorAll("script:not([src])").length).toBe(0);
    expect(doc.querySelectorAll("[style]").length).toBe(0);
  });

  it("is in English when the site language is English", async () => {
    const doc = html(await t.app.inject({ url: "/api/docs", cookies: { lang: "en" } }));
    expect(doc.querySelector("html")?.getAttribute("lang")).toBe("en");
    expect(text(doc.querySelector("main h1"))).toBe("API");
    expect(doc.querySelectorAll("main h2").map((h) => text(h))).toEqual(expect.arrayContaining(["Basics", "Errors", "Versions and changes", "Services"]));
    expect(text(doc.querySelector("main"))).toContain("Search or list services");
  });
});
