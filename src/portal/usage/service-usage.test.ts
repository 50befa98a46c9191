// Measured use: page views and online starts are counted without cookies, written on flush, and once
// enough is counted the ranking moves the start page's "Häufig genutzte Leistungen" (dropping its cached HTML).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { html, text } from "../../../test/support/html.ts";
import { berlinDay, berlinDayBefore } from "./berlin-day.ts";
import { MIN_EVENTS, MIN_PAIR_COUNT } from "./usage-ranking.ts";
import { previousServiceId } from "./referer.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.close());

async function counts(serviceId: string) {
  return t.database.db.selectFrom("portal.service_usage").select(["views", "starts"]).where("service_id", "=", serviceId).executeTakeFirst();
}

const mostUsed = (body: string) => html(body).querySelectorAll('section[aria-labelledby="haeufig"] li a').map((a) => text(a));

describe("service usage", () => {
  it("counts views and online starts in memory, writes them on flush, and sets no cookie", async () => {
    const view = await t.app.inject({ url: "/leistungen/meldebescheinigung" });
    const start = await t.app.inject({ url: "/leistungen/meldebescheinigung/online" });
    expect(view.headers["set-cookie"]).toBeUndefined();
    expect(start.headers["set-cookie"]).toBeUndefined();
    await t.app.inject({ method: "HEAD", url: "/leistungen/meldebescheinigung" });
    expect(await counts("meldebescheinigung")).toBeUndefined();
    await t.app.services.usage.flush();
    expect(await counts("meldebescheinigung")).toEqual({ views: 1, starts: 1 });
    await t.app.inject({ url: "/leistungen/meldebescheinigung", remoteAddress: "10.9.0.2" });
    await t.app.services.usage.flush();
    expect(await counts("meldebescheinigung")).toEqual({ views: 2, starts: 1 });
  });

  it("counts each visitor once per service and day, so reloading or scripting can't push a service up", async () => {
    for (let i = 0; i < 5; i++) {
      await t.app.inject({ url: "/leistungen/gewerbe-anmelden", remoteAddress: "10.9.9.9" });
      await t.app.inject({ url: "/leistungen/gewerbe-anmelden/online", remoteAddress: "10.9.9.9" });
    }
    await t.app.services.usage.flush();
    expect(await counts("gewerbe-anmelden")).toEqual({ views: 1, starts: 1 });
  });

  it("ranks measured services first once they have enough events, and the start page shows it at once", async () => {
    const before = await t.app.inject({ url: "/" });
    expect(mostUsed(before.body)[0]).toBe("Wohnsitz anmelden");
    expect((await t.app.inject({ url: "/" })).body).toBe(before.body);
    for (let i = 0; i < MIN_EVENTS; i++) await t.app.inject({ url: "/leistungen/baumfaellung", remoteAddress: `10.1.0.${i}` });
    await t.app.services.usage.flush();
    expect(await t.app.services.usage.recompute()).toBe(true);
    const after = await t.app.inject({ url: "/" });
    expect(mostUsed(after.body)[0]).toBe("Baumfällung genehmigen lassen");
    expect(mostUsed(after.body)[1]).toBe("Wohnsitz anmelden");
    const az = html(await t.app.inject({ url: "/leistungen" }));
    expect(text(az.querySelector('section[aria-labelledby="haeufig"] li a'))).toBe("Baumfällung genehmigen lassen");
    // Nothing new: same ranking, same version, the cached page stays.
    expect(await t.app.services.usage.recompute()).toBe(false);
    expect((await t.app.inject({ url: "/" })).body).toBe(after.body);
  });

  it("counts services opened one after the other from the Referer alone and shows them as belonging together", async () => {
    const referer = `http://localhost:80/leistungen/hundesteuer-anmelden`;
    for (let i = 0; i < MIN_PAIR_COUNT; i++) await t.app.inject({ url: "/leistungen/gewerbe-anmelden", remoteAddress: `10.2.0.${i}`, headers: { referer, host: "localhost:80" } });
    // Another site's page of the same path is not ours.
    await t.app.inject({ url: "/leistungen/gewerbe-anmelden", remoteAddress: "10.2.1.1", headers: { referer: "https://elsewhere.example/leistungen/baumfaellung", host: "localhost:80" } });
    await t.app.services.usage.flush();
    const pairs = await t.database.db.selectFrom("portal.service_pair").select(["from_service_id", "to_service_id", "count"]).execute();
    expect(pairs).toEqual([{ from_service_id: "hundesteuer-anmelden", to_service_id: "gewerbe-anmelden", count: MIN_PAIR_COUNT }]);
    await t.app.services.usage.recompute();
    for (const [page, partner] of [["gewerbe-anmelden", "hundesteuer-anmelden"], ["hundesteuer-anmelden", "gewerbe-anmelden"]]) {
      const doc = html(await t.app.inject({ url: `/leistungen/${page}` }));
      expect(doc.querySelectorAll('section[aria-labelledby="dazu"] a').map((a) => a.getAttribute("href"))).toContain(`/leistungen/${partner}`);
    }
  });
});

describe("usage helpers", () => {
  it("counts per day in München", () => {
    expect(berlinDay(new Date("2026-11-26T23:30:00Z"))).toBe("2026-11-27");
    expect(berlinDayBefore(new Date("2026-03-01T10:00:00Z"), 1)).toBe("2026-02-28");
  });

  it("reads only our own service pages from the Referer", () => {
    expect(previousServiceId("https://stadt.example/leistungen/reisepass-beantragen", "stadt.example")).toBe("reisepass-beantragen");
    expect(previousServiceId("https://stadt.example/leistungen/reisepass-beantragen/online", "stadt.example")).toBeUndefined();
    expect(previousServiceId("https://other.example/leistungen/reisepass-beantragen", "stadt.example")).toBeUndefined();
    expect(previousServiceId("not a url", "stadt.example")).toBeUndefined();
    expect(previousServiceId(undefined, "stadt.example")).toBeUndefined();
  });
});
