// The other catalogue pages: A–Z with letter navigation, a life situation's steps, department and location
// pages, and the sitemap and robots.txt search engines read.
import { h } from "preact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { html, text } from "../../../test/support/html.ts";
import { renderPage, type PageContext } from "../../platform/html/index.ts";
import { LocationPage } from "./place-pages.tsx";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.close());

const context: PageContext = { locale: "de", path: "/", site: { cityName: "München", officialLabel: { de: "", en: "" }, mainNav: [], footerNav: [] }, assetVersion: "1", csrfToken: () => "t", viewer: undefined };

describe("services A–Z", () => {
  it("links only the letters that have services, each to its group", async () => {
    const doc = html(await t.app.inject({ url: "/leistungen" }));
    const letters = doc.querySelectorAll("nav.st-letters a").map((a) => text(a));
    expect(letters).toContain("P");
    expect(letters).not.toContain("Q");
    for (const a of doc.querySelectorAll("nav.st-letters a")) expect(doc.querySelector(a.getAttribute("href")!)).not.toBeNull();
    expect(text(doc.querySelector("#buchstabe-P")?.parentNode)).toContain("Personalausweis beantragen");
  });
});

describe("life situation page", () => {
  it("guides through ordered steps with their services, then primary and secondary services", async () => {
    const doc = html(await t.app.inject({ url: "/lebenslagen/umzug" }));
    expect(text(doc.querySelector("h1"))).toBe("Umzug");
    const steps = doc.querySelectorAll("ol.st-steps > li");
    expect(steps.map((s) => text(s.querySelector("h3")))).toEqual(["Vor dem Umzug", "In den ersten zwei Wochen", "Danach"]);
    expect(steps[1]?.querySelector("a")?.getAttribute("href")).toBe("/leistungen/wohnsitz-anmelden");
    expect(doc.querySelectorAll('section[aria-labelledby="auch-wichtig"] a').map((a) => a.getAttribute("href"))).toEqual(["/leistungen/sperrmuell-abholung"]);
    expect((await t.app.inject({ url: "/lebenslagen/gibt-es-nicht" })).statusCode).toBe(404);
  });
});

describe("department and location pages", () => {
  it("shows a department's contact, locations and services", async () => {
    const doc = html(await t.app.inject({ url: "/referate/kvr" }));
    expect(text(doc.querySelector("h1"))).toBe("Kreisverwaltungsreferat");
    expect(text(doc.querySelector('section[aria-labelledby="kontakt"]'))).toContain("kvr@stadttor.example");
    expect(doc.querySelectorAll('section[aria-labelledby="standorte"] a').map((a) => a.getAttribute("href"))).toContain("/standorte/bb-pasing");
    expect(doc.querySelectorAll('section[aria-labelledby="leistungen"] a').map((a) => a.getAttribute("href"))).toContain("/leistungen/personalausweis-beantragen");
    expect(doc.querySelectorAll(".st-breadcrumbs a").map((a) => a.getAttribute("href"))).toEqual(["/", "/referate"]);
    expect(html(await t.app.inject({ url: "/referate" })).querySelectorAll("main li a").map((a) => a.getAttribute("href"))).toContain("/referate/kvr");
    expect((await t.app.inject({ url: "/referate/gibt-es-nicht" })).statusCode).toBe(404);
  });

  it("shows a location's address, a plain map link, accessibility, opening hours and services", async () => {
    const doc = html(await t.app.inject({ url: "/standorte/bb-pasing" }));
    expect(text(doc.querySelector("h1"))).toBe("Bürgerbüro Pasing");
    expect(text(doc.querySelector('section[aria-labelledby="adresse"]'))).toContain("81241 München");
    expect(doc.querySelector('a[href^="https://www.openstreetmap.org/"]')).not.toBeNull();
    expect(doc.querySelector("iframe")).toBeNull();
    expect(text(doc.querySelector('section[aria-labelledby="barrierefreiheit"]'))).toContain("Stufenloser Eingang");
    expect(doc.querySelectorAll("table.st-hours tbody tr").length).toBe(7);
    expect(doc.querySelectorAll('section[aria-labelledby="leistungen"] a').map((a) => a.getAttribute("href"))).toContain("/leistungen/wohnsitz-anmelden");
    expect((await t.app.inject({ url: "/standorte/gibt-es-nicht" })).statusCode).toBe(404);
  });

  it("shows today's hours of a location for a given moment", async () => {
    const snapshot = await t.app.services.catalogue.get();
    const location = snapshot.locations.get("kfz-eichstaetter-strasse")!;
    // A Thursday in München: morning and afternoon hours.
    const doc = html(renderPage(context, h(LocationPage, { location, catalogue: snapshot, now: new Date("2026-11-26T09:00:00Z") })));
    expect(text(doc.querySelector(".st-hours-today"))).toBe("Heute geöffnet: 07:30 – 12:00 Uhr, 14:00 – 17:30 Uhr");
  });
});

describe("sitemap.xml and robots.txt", () => {
  it("lists every published page with its absolute address", async () => {
    const res = await t.app.inject({ url: "/sitemap.xml" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("application/xml");
    const base = t.config.publicUrl.replace(/\/$/, "");
    const locs = [...res.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    for (const path of ["/", "/leistungen", "/leistungen/personalausweis-beantragen", "/lebenslagen/umzug", "/referate/kvr", "/standorte/bb-pasing", "/impressum", "/datenschutz"]) {
      expect(locs).toContain(base + path);
    }
    expect(locs.every((l) => l?.startsWith(`${base}/`))).toBe(true);
    const snapshot = await t.app.services.catalogue.get();
    expect(locs.filter((l) => l?.startsWith(`${base}/leistungen/`)).length).toBe(snapshot.services.size);
  });

  it("points robots to the sitemap", async () => {
    const res = await t.app.inject({ url: "/robots.txt" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`Sitemap: ${t.config.publicUrl.replace(/\/$/, "")}/sitemap.xml`);
  });
});
