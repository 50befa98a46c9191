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
