// defineApiRoute on the real app, with two extra operations added before it starts: body validation,
// the response allow-list, CSRF for JSON vs. form posts, JSON 404s, deprecation headers and language.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestApp } from "../../../test/support/app.ts";
import { defineApiRoute, documented } from "./index.ts";

let app: FastifyInstance;

const Greeting = z.object({ name: z.string().min(2).max(20), age: z.number().int().min(0).optional(), address: z.object({ city: z.string().min(1) }).optional() });
const Echo = z.object({ greeting: z.string() });

function testRoutes(app: FastifyInstance): void {
  defineApiRoute(app, {
    method: "POST",
    url: "/test/greetings",
    operationId: "testCreateGreeting",
    tags: ["test"],
    summary: () => "test",
    body: Greeting,
    responses: { 201: Echo },
    // Returns one field too many on purpose: the response schema must drop it.
    handler: async ({ body }) => ({ greeting: `Hallo ${body.name}`, secret: "internal" }) as z.input<typeof Echo>,
  });
  defineApiRoute(app, {
    method: "GET",
    url: "/test/old",
    operationId: "testOld",
    tags: ["test"],
    summary: () => "old",
    query: z.object({ n: documented(z.coerce.number().int().max(5), () => "n") }),
    responses: { 200: Echo },
    deprecated: { since: new Date("2026-01-01T00:00:00Z"), sunset: new Date("2026-07-01T00:00:00Z"), successor: "/api/v2/test/new" },
    handler: async ({ query }) => ({ greeting: String(query.n) }),
  });
}

beforeAll(async () => {
  ({ app } = await createTestApp({ beforeReady: testRoutes }));
});
afterAll(() => app.close());

const json = { "content-type": "application/json" };

describe("defineApiRoute", () => {
  it("registers under /api/v1/, accepts a JSON POST without CSRF token and answers with the success status", async () => {
    const res = await app.inject({ method: "POST", url: "/api/v1/test/greetings", headers: json, payload: { name: "Anna" } });
    expect(res.statusCode).toBe(201);
    expect(res.headers["content-type"]).toContain("application/json");
    expect(res.json()).toEqual({ greeting: "Hallo Anna" });
  });

  it("sends only the fields the response schema declares", async () => {
    const res = await app.inject({ method: "POST", url: "/api/v1/test/greetings", headers: json, payload: { name: "Anna" } });
    expect(res.body).not.toContain("internal");
  });

  it("refuses a form-encoded POST to /api/ without CSRF token with 403 and the error body", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/test/greetings",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "name=Anna",
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: "csrf_failed" });
  });

  it("answers invalid input with 400 validation_failed, a message and one entry per field (nested with dots)", async () => {
    const res = await app.inject({ method: "POST", url: "/api/v1/test/greetings", headers: json, payload: { name: "A", age: "x", address: { city: "" } } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body).toEqual({
      error: "validation_failed",
      message: "Die Anfrage enthält ungültige Angaben. Details stehen in „fields“.",
      fields: { name: "Bitte geben Sie mindestens 2 Zeichen ein.", age: "Bitte geben Sie eine Zahl ein.", "address.city": "Bitte füllen Sie dieses Feld aus." },
    });
  });

  it("names the body itself when it is missing, and answers in English when asked", async () => {
    const res = await app.inject({ method: "POST", url: "/api/v1/test/greetings?lang=en", headers: json, payload: "null" });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-language"]).toBe("en");
    expect(res.json()).toMatchObject({ error: "validation_failed", message: "The request contains invalid values. See “fields” for details.", fields: { body: "Please fill in this field." } });
  });

  it("answers malformed JSON with 400 and the error body", async () => {
    const res = await app.inject({ method: "POST", url: "/api/v1/test/greetings", headers: json, payload: "{nope" });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: "bad_request" });
  });

  it("marks deprecated operations with Deprecation, Sunset and Link headers and in openapi.json", async () => {
    const res = await app.inject({ url: "/api/v1/test/old?n=3" });
    expect(res.statusCode).toBe(200);
    expect(res.headers.deprecation).toBe(`@${Date.parse("2026-01-01T00:00:00Z") / 1000}`);
    expect(res.headers.sunset).toBe("Wed, 01 Jul 2026 00:00:00 GMT");
    expect(res.headers.link).toBe('</api/v2/test/new>; rel="successor-version"');
    const doc = (await app.inject({ url: "/api/v1/openapi.json" })).json();
    expect(doc.paths["/test/old"].get).toMatchObject({ deprecated: true, "x-sunset": "2026-07-01T00:00:00.000Z" });
    expect(doc.paths["/test/greetings"].post.requestBody.content["application/json"].schema).toMatchObject({ required: ["name"] });
  });

  it("picks the language from Accept-Language when neither lang nor the site cookie says otherwise", async () => {
    const en = await app.inject({ url: "/api/v1/test/old?n=9", headers: { "accept-language": "en-GB,en;q=0.9,de;q=0.5" } });
    expect(en.statusCode).toBe(400);
    expect(en.json().fields).toEqual({ n: "The value must be at most 5." });
    const cookie = await app.inject({ url: "/api/v1/test/old?n=9", headers: { "accept-language": "en" }, cookies: { lang: "de" } });
    expect(cookie.json().fields).toEqual({ n: "Der Wert darf höchstens 5 sein." });
  });

  it("answers an unknown path under /api/ with a JSON 404", async () => {
    const res = await app.inject({ url: "/api/v1/nothing-here" });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/json");
    expect(res.json()).toMatchObject({ error: "not_found", message: expect.any(String) });
  });

  it("refuses a second operation with the same operationId", () => {
    expect(() =>
      defineApiRoute(app, { method: "GET", url: "/x", operationId: "testOld", tags: ["test"], summary: () => "x", responses: { 200: Echo }, handler: async () => ({ greeting: "" }) }),
    ).toThrow(/registered twice/);
  });
});
