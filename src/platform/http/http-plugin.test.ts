import Fastify, { type FastifyInstance } from "fastify";
import { h } from "preact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookiesFrom, formSecrets, html, text } from "../../../test/support/html.ts";
import { CsrfField, Layout } from "../html/index.ts";
import { httpPlugin, loggerOptions } from "./index.ts";

// The HTTP frame on its own: a tiny app with one form, so the rules are tested without any module.
let app: FastifyInstance;
let ready = true;

function FormPage() {
  return h(Layout, { title: "Formular", children: null }, h("form", { method: "post", action: "/formular" }, h(CsrfField, {}), h("button", {}, "Senden")));
}

beforeAll(async () => {
  app = Fastify(loggerOptions("silent"));
  await app.register(httpPlugin, {
    secret: "s".repeat(40),
    site: { cityName: "München", officialLabel: { de: "Offiziell", en: "Official" }, mainNav: [], footerNav: [] },
    rateLimitPerMinute: 3,
    secureCookies: false,
    checkReady: async () => {
      if (!ready) throw new Error("database down");
    },
  });
  app.get("/formular", async (_req, reply) => reply.render(h(FormPage, {})));
  app.post("/formular", async () => ({ saved: true }));
  app.post("/api/v1/things", async () => ({ saved: true }));
  app.get("/kaputt", async () => {
    throw new Error("secret internal detail at /srv/app.ts:12");
  });
  app.get("/begrenzt", { config: { rateLimit: { max: 2, timeWindow: "1 minute" } } }, async () => ({ ok: true }));
  await app.ready();
});
afterAll(() => app.close());

describe("CSRF protection", () => {
  it("refuses a POST without a token with 403 and a German error page", async () => {
    const res = await app.inject({ method: "POST", url: "/formular", payload: "name=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(res.statusCode).toBe(403);
    expect(res.headers["content-type"]).toContain("text/html");
    const doc = html(res);
    expect(doc.querySelector("html")?.getAttribute("lang")).toBe("de");
    expect(text(doc.querySelector("h1"))).toBe("Ihre Eingabe konnte nicht sicher übermittelt werden");
    expect(res.body).toContain("Ihre Angaben wurden nicht gespeichert");
  });

  it("accepts the token of the form together with its cookie", async () => {
    const page = await app.inject({ url: "/formular" });
    const { token, cookie } = formSecrets(page);
    const res = await app.inject({
      method: "POST",
      url: "/formular",
      payload: `_csrf=${encodeURIComponent(token)}&name=x`,
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    });
    expect(res.statusCode).toBe(200);
  });

  it("refuses a stale token: the form of another browser, or after the cookie changed", async () => {
    const a = formSecrets(await app.inject({ url: "/formular" }));
    const b = formSecrets(await app.inject({ url: "/formular" }));
    const res = await app.inject({
      method: "POST",
      url: "/formular",
      payload: `_csrf=${encodeURIComponent(a.token)}`,
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: b.cookie },
    });
    expect(res.statusCode).toBe(403);
  });

  it("keeps the cookie once set, so several open forms stay valid", async () => {
    const first = await app.inject({ url: "/formular" });
    const cookie = cookiesFrom(first);
    const second = await app.inject({ url: "/formular", headers: { cookie } });
    expect(second.cookies.find((c) => c.name === "csrf")).toBeUndefined();
    expect(formSecrets(second).token).toBe(formSecrets(first).token);
  });

  it("lets JSON requests to the API through (a browser can't send them cross-site) but not form posts", async () => {
    const json = await app.inject({ method: "POST", url: "/api/v1/things", payload: { a: 1 } });
    expect(json.statusCode).toBe(200);
    const form = await app.inject({ method: "POST", url: "/api/v1/things", payload: "a=1", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(form.statusCode).toBe(403);
    expect(form.json()).toMatchObject({ error: "csrf_failed" });
  });
});

describe("NUL bytes", () => {
  it("answers a form field, a JSON value or a query parameter with U+0000 with 400 before any handler runs", async () => {
    const page = await app.inject({ url: "/formular" });
    const { token, cookie } = formSecrets(page);
    const form = await app.inject({ method: "POST", url: "/formular", payload: `_csrf=${encodeURIComponent(token)}&name=a%00b`, headers: { "content-type": "application/x-www-form-urlencoded", cookie }, remoteAddress: "198.51.100.9" });
    expect(form.statusCode).toBe(400);
    expect(text(html(form).querySelector("h1"))).not.toBe("");
    const json = await app.inject({ method: "POST", url: "/api/v1/things", payload: { nested: { list: ["ok", "a\u0000b"] } }, remoteAddress: "198.51.100.9" });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ error: expect.any(String) });
    expect((await app.inject({ url: "/formular?suche=a%00" })).statusCode).toBe(400);
    expect((await app.inject({ url: "/formular?suche=a%2500" })).statusCode).toBe(200);
  });
});

describe("error pages", () => {
  it("answers an unknown page with a German 404 page in the site frame", async () => {
    const res = await app.inject({ url: "/gibt-es-nicht" });
    expect(res.statusCode).toBe(404);
    const doc = html(res);
    expect(text(doc.querySelector("h1"))).toBe("Seite nicht gefunden");
    expect(doc.querySelector("main#inhalt")).not.toBeNull();
  });

  it("shows a 500 page with a reference number and never the error or a stack trace", async () => {
    const res = await app.inject({ url: "/kaputt" });
    expect(res.statusCode).toBe(500);
    expect(text(html(res).querySelector("h1"))).toBe("Es ist ein Fehler aufgetreten");
    expect(res.body).toContain(res.headers["x-request-id"] as string);
    expect(res.body).not.toContain("secret internal detail");
    expect(res.body).not.toContain("app.ts");
  });

  it("answers in English when English was chosen", async () => {
    const res = await app.inject({ url: "/gibt-es-nicht", cookies: { lang: "en" } });
    expect(text(html(res).querySelector("h1"))).toBe("Page not found");
  });

  it("gives API callers the JSON error body", async () => {
    const res = await app.inject({ url: "/api/v1/nichts" });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: "not_found", message: "Seite nicht gefunden" });
  });

  it("limits the rate of a route and explains it in German", async () => {
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await app.inject({ url: "/begrenzt" })).statusCode);
    expect(codes).toEqual([200, 200, 429]);
    const res = await app.inject({ url: "/begrenzt" });
    expect(text(html(res).querySelector("h1"))).toBe("Zu viele Anfragen");
  });
});

describe("security headers and operations", () => {
  it("sends a strict Content-Security-Policy without inline script or style, and a request id", async () => {
    const res = await app.inject({ url: "/formular" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(res.body).not.toMatch(/\sstyle="/);
  });

  it("keeps a well-formed request id from a proxy, and replaces a malformed one", async () => {
    expect((await app.inject({ url: "/healthz", headers: { "x-request-id": "lb-1234abcd" } })).headers["x-request-id"]).toBe("lb-1234abcd");
    expect((await app.inject({ url: "/healthz", headers: { "x-request-id": "<script>" } })).headers["x-request-id"]).not.toBe("<script>");
  });

  it("reports health and readiness", async () => {
    expect((await app.inject({ url: "/healthz" })).json()).toEqual({ status: "ok" });
    expect((await app.inject({ url: "/readyz" })).statusCode).toBe(200);
    ready = false;
    const down = await app.inject({ url: "/readyz" });
    ready = true;
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ status: "unavailable" });
  });
});
