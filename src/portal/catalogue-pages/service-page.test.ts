// The service page as a citizen reads it: what it costs, what to bring, where to go today, the online
// button and where it leads; in English with German passages marked; and nothing for unknown or draft ids.
import { sql } from "kysely";
import { h } from "preact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { html, text } from "../../../test/support/html.ts";
import { renderPage, type PageContext } from "../../platform/html/index.ts";
import { ServicePage } from "./service-page.tsx";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.close());

function context(locale: "de" | "en" = "de"): PageContext {
  return { locale, path: "/", site: { cityName: "München", officialLabel: { de: "", en: "" }, mainNav: [], footerNav: [] }, assetVersion: "1", csrfToken: () => "t", viewer: undefined };
}

describe("service page", () => {
  it("shows costs, documents, steps, locations, processing time, legal basis and the responsible department", async () => {
    const res = await t.app.inject({ url: "/leistungen/personalausweis-beantragen" });
    expect(res.statusCode).toBe(200);
    const doc = html(res);
    expect(text(doc.querySelector("h1"))).toBe("Personalausweis beantragen");
    const costs = text(doc.querySelector('section[aria-labelledby="kosten"]'));
    expect(costs).toContain("ab 24 Jahren");
    expect(costs).toContain("46,00 €");
    expect(costs).toContain("27,60 €");
    expect(doc.querySelectorAll('section[aria-labelledby="unterlagen"] li').map(text)).toContain("ein aktuelles biometrisches Passfoto");
    expect(doc.querySelectorAll('section[aria-labelledby="ablauf"] ol li').length).toBe(3);
    const where = doc.querySelector('section[aria-labelledby="wo"]');
    expect(where?.querySelectorAll("a").map((a) => a.getAttribute("href"))).toContain("/standorte/bb-pasing");
    expect(text(where)).toContain("Landsberger Straße 486, 81241 München");
    expect(where?.querySelectorAll("details table tbody tr").length).toBe(21);
    expect(text(doc.querySelector('section[aria-labelledby="dauer"]'))).toContain("drei bis vier Wochen");
    expect(text(doc.querySelector('section[aria-labelledby="recht"]'))).toContain("Personalausweisgesetz");
    expect(doc.querySelector('section[aria-labelledby="zustaendig"] a')?.getAttribute("href")).toBe("/referate/kvr");
    expect(doc.querySelectorAll('section[aria-labelledby="dazu"] a').map((a) => a.getAttribute("href"))).toContain("/leistungen/reisepass-beantragen");
  });

  it("says a free service is gebührenfrei and names the trust level the online offer needs", async () => {
    const free = html(await t.app.inject({ url: "/leistungen/wohnsitz-anmelden" }));
    expect(text(free.querySelector('section[aria-labelledby="kosten"]'))).toContain("gebührenfrei");
    const car = html(await t.app.inject({ url: "/leistungen/kfz-zulassung" }));
    expect(text(car.querySelector(".st-online"))).toContain("Sie brauchen ein Konto mit Online-Ausweis (Vertrauensniveau substantiell)");
    expect(text(car.querySelector(".st-online a"))).toBe("Jetzt online erledigen");
  });

  it("leads the online button through a counting redirect to the component", async () => {
    const doc = html(await t.app.inject({ url: "/leistungen/personalausweis-beantragen" }));
    const button = doc.querySelector(".st-online a");
    expect(text(button)).toBe("Termin buchen");
    expect(button?.getAttribute("href")).toBe("/leistungen/personalausweis-beantragen/online");
    const start = await t.app.inject({ url: "/leistungen/personalausweis-beantragen/online" });
    expect(start.statusCode).toBe(303);
    expect(start.headers.location).toBe("/termine");
    expect((await t.app.inject({ url: "/leistungen/kfz-zulassung/online" })).headers.location).toBe("/formulare");
  });

  it("sends an external offer to its address, marked as leaving the site", async () => {
    await sql`update catalogue.service set online_kind = 'external', online_url = 'https://partner.example/antrag' where id = 'sperrmuell-abholung'`.execute(t.database.db);
    t.app.services.catalogue.invalidate();
    const doc = html(await t.app.inject({ url: "/leistungen/sperrmuell-abholung" }));
    const button = doc.querySelector(".st-online a");
    expect(button?.getAttribute("rel")).toBe("noopener");
    expect(text(doc.querySelector(".st-online"))).toContain("Sie verlassen dafür Stadttor");
    const start = await t.app.inject({ url: button!.getAttribute("href")! });
    expect(start.statusCode).toBe(303);
    expect(start.headers.location).toBe("https://partner.example/antrag");
  });

  it("shows today's opening hours in München's time, whatever the server's time zone", async () => {
    const snapshot = await t.app.services.catalogue.get();
    const service = snapshot.services.get("personalausweis-beantragen")!;
    const render = (now: Date) => html(renderPage(context(), h(ServicePage, { service, catalogue: snapshot, now, usedTogether: [], url: "https://example/" })));
    // Thursday 23:30 UTC is already Friday in München: Friday's hours, not Thursday's 08:30 – 15:00.
    const friday = render(new Date("2026-11-26T23:30:00Z"));
    expect(text(friday.querySelector(".st-hours-today"))).toBe("Heute geöffnet: 07:30 – 12:00 Uhr");
    expect(text(friday.querySelector(".st-hours__today th"))).toContain("Freitag");
    const sunday = render(new Date("2026-11-29T10:00:00Z"));
    expect(text(sunday.querySelector(".st-hours-today"))).toBe("Heute geschlossen");
  });

  it("carries schema.org GovernmentService data with absolute URLs", async () => {
    const doc = html(await t.app.inject({ url: "/leistungen/personalausweis-beantragen" }));
    const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}");
    expect(data["@type"]).toBe("GovernmentService");
    expect(data.url).toBe(`${t.config.publicUrl.replace(/\/$/, "")}/leistungen/personalausweis-beantragen`);
    expect(data.identifier).toBe("99009001001000");
  });

  it("is in English where the catalogue has English, with German passages marked lang=de", async () => {
    const doc = html(await t.app.inject({ url: "/leistungen/personalausweis-beantragen", cookies: { lang: "en" } }));
    expect(doc.querySelector("html")?.getAttribute("lang")).toBe("en");
    expect(text(doc.querySelector("h1"))).toBe("Apply for an identity card");
    expect(text(doc.querySelector('section[aria-labelledby="kosten"]'))).toContain("€46.00");
    expect(text(doc.querySelector(".st-online a"))).toBe("Book an appointment");
    // The description has no English text yet.
    expect(doc.querySelector('section[aria-labelledby="was"] p')?.getAttribute("lang")).toBe("de");
    expect(doc.querySelector("h1")?.getAttribute("lang")).toBeUndefined();
  });

  it("answers 404 for unknown ids and for drafts", async () => {
    expect((await t.app.inject({ url: "/leistungen/gibt-es-nicht" })).statusCode).toBe(404);
    expect((await t.app.inject({ url: "/leistungen/gibt-es-nicht/online" })).statusCode).toBe(404);
    await sql`update catalogue.service set state = 'draft' where id = 'baumfaellung'`.execute(t.database.db);
    t.app.services.catalogue.invalidate();
    expect((await t.app.inject({ url: "/leistungen/baumfaellung" })).statusCode).toBe(404);
    await sql`update catalogue.service set state = 'published' where id = 'baumfaellung'`.execute(t.database.db);
    t.app.services.catalogue.invalidate();
    expect((await t.app.inject({ url: "/leistungen/baumfaellung" })).statusCode).toBe(200);
  });
});
