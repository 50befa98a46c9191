// GET /api/v1/services and /api/v1/services/{id} on the real app with the München demo catalogue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.close());

interface Item {
  id: string;
  name: string;
  summary: string;
  url: string;
  score: number | null;
}

async function list(query: string): Promise<{ items: Item[]; total: number }> {
  const res = await t.app.inject({ url: `/api/v1/services${query}` });
  expect(res.statusCode).toBe(200);
  expect(res.headers["content-type"]).toContain("application/json");
  return res.json();
}

describe("GET /api/v1/services", () => {
  it("without q lists every service alphabetically by name, 20 at most, with score null", async () => {
    const body = await list("");
    expect(body.total).toBeGreaterThanOrEqual(10);
    expect(body.items.length).toBe(Math.min(20, body.total));
    const names = body.items.map((i) => i.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "de")));
    for (const item of body.items) {
      expect(item.score).toBeNull();
      expect(item.url).toBe(`${t.config.publicUrl}/leistungen/${item.id}`);
      expect(Object.keys(item).sort()).toEqual(["id", "name", "score", "summary", "url"]);
    }
  });

  it("pages with limit and offset; total counts all matches", async () => {
    const all = await list("?limit=100");
    const page = await list("?limit=3&offset=2");
    expect(page.total).toBe(all.total);
    expect(page.items.map((i) => i.id)).toEqual(all.items.slice(2, 5).map((i) => i.id));
  });

  it("with q ranks the best match first and gives scores, best first", async () => {
    const body = await list("?q=ausweis");
    expect(body.items[0]?.id).toBe("personalausweis-beantragen");
    const scores = body.items.map((i) => i.score!);
    expect(scores.every((s) => typeof s === "number")).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.total).toBe(body.items.length);
  });

  it("treats an empty q (?q=&limit=) as no search", async () => {
    const body = await list("?q=&limit=");
    expect(body.items.length).toBe(Math.min(20, body.total));
    expect(body.items[0]?.score).toBeNull();
  });

  it("finds nothing for an unknown word, as an empty list", async () => {
    expect(await list("?q=quantencomputer")).toEqual({ items: [], total: 0 });
  });

  it("answers in English with ?lang=en or Accept-Language", async () => {
    const byQuery = await list("?q=ausweis&lang=en");
    expect(byQuery.items[0]?.name).toBe("Apply for an identity card");
    const res = await t.app.inject({ url: "/api/v1/services?q=ausweis", headers: { "accept-language": "en-US,en;q=0.8" } });
    expect(res.json().items[0].name).toBe("Apply for an identity card");
    expect(res.headers["content-language"]).toBe("en");
  });

  it("answers a bad limit with 400 validation_failed naming the field", async () => {
    for (const [query, message] of [
      ["?limit=0", "Der Wert muss mindestens 1 sein."],
      ["?limit=101", "Der Wert darf höchstens 100 sein."],
      ["?limit=viele", "Bitte geben Sie eine Zahl ein."],
    ] as const) {
      const res = await t.app.inject({ url: `/api/v1/services${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json()).toEqual({ error: "validation_failed", message: expect.any(String), fields: { limit: message } });
    }
  });
});

describe("GET /api/v1/services/{id}", () => {
  it("returns one service with department and online offer", async () => {
    const res = await t.app.inject({ url: "/api/v1/services/wohnsitz-anmelden" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: "wohnsitz-anmelden",
      name: "Wohnsitz anmelden",
      url: `${t.config.publicUrl}/leistungen/wohnsitz-anmelden`,
      department: { id: "kvr", name: "Kreisverwaltungsreferat" },
      onlineKind: "form",
      synonyms: expect.arrayContaining(["Ummeldung"]),
    });
  });

  it("answers an unknown id with 404 and the error body", async () => {
    const res = await t.app.inject({ url: "/api/v1/services/gibt-es-nicht" });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/json");
    expect(res.json()).toEqual({ error: "not_found", message: "Diese Leistung gibt es nicht oder sie ist nicht veröffentlicht." });
  });

  it("answers a malformed id with 400 and the field", async () => {
    const res = await t.app.inject({ url: "/api/v1/services/NICHT_GUELTIG" });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: "validation_failed", fields: { id: expect.any(String) } });
  });
});
