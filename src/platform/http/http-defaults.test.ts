// The HTTP frame's defaults on their own: `Secure` on cookies follows the configured public address (not the
// request's protocol), and RATE_LIMIT_PER_MINUTE limits state-changing routes for visitors not logged in.
import Fastify, { type FastifyInstance } from "fastify";
import { h } from "preact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formSecrets } from "../../../test/support/html.ts";
import { CsrfField, Layout } from "../html/index.ts";
import { httpPlugin, loggerOptions } from "./index.ts";

const site = { cityName: "München", officialLabel: { de: "Offiziell", en: "Official" }, mainNav: [], footerNav: [] };

async function tinyApp(secureCookies: boolean): Promise<FastifyInstance> {
  const app = Fastify(loggerOptions("silent"));
  await app.register(httpPlugin, { secret: "s".repeat(40), site, rateLimitPerMinute: 2, secureCookies, checkReady: async () => {} });
  // Stands in for the module that knows about accounts: a header makes the visitor "logged in".
  app.addHook("onRequest", (request, _reply, done) => {
    if (request.headers["x-test-login"]) request.viewer = { displayName: "Eva", links: [], logoutAction: "/abmelden" };
    done();
  });
  app.get("/formular", async (_req, reply) => reply.render(h(Layout, { title: "Formular", children: null }, h("form", { method: "post" }, h(CsrfField, {})))));
  app.post("/formular", async () => ({ saved: true }));
  app.post("/anderes-formular", async () => ({ saved: true }));
  app.post("/eigene-grenze", { config: { rateLimit: { max: 4, timeWindow: "1 minute" } } }, async () => ({ saved: true }));
  app.get("/seite", async () => ({ ok: true }));
  await app.ready();
  return app;
}

describe("cookies", () => {
  it("carry Secure when the public address is https, also when the request came over plain http (TLS proxy)", async () => {
    const secure = await tinyApp(true);
    const page = await secure.inject({ url: "/formular" });
    expect(page.cookies.find((c) => c.name === "csrf")).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });
    const language = await secure.inject({ url: "/sprache/en?zurueck=/seite" });
    expect(language.cookies.find((c) => c.name === "lang")).toMatchObject({ value: "en", secure: true });
    await secure.close();
  });

  it("stay without Secure for a plain http public address (development, tests)", async () => {
    const plain = await tinyApp(false);
    const page = await plain.inject({ url: "/formular" });
    expect(page.cookies.find((c) => c.name === "csrf")?.secure).toBeFalsy();
    await plain.close();
  });
});

describe("the default rate limit (RATE_LIMIT_PER_MINUTE)", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await tinyApp(false);
  });
  afterAll(() => app.close());

  async function post(url: string, remoteAddress: string, loggedIn = false): Promise<number> {
    const { token, cookie } = formSecrets(await app.inject({ url: "/formular", remoteAddress }));
    const headers: Record<string, string> = { cookie, "x-csrf-token": token, ...(loggedIn ? { "x-test-login": "1" } : {}) };
    return (await app.inject({ method: "POST", url, headers, remoteAddress, payload: {} })).statusCode;
  }

  it("bites on the third anonymous post to a route within the minute, per route and address", async () => {
    expect([await post("/formular", "10.1.0.1"), await post("/formular", "10.1.0.1"), await post("/formular", "10.1.0.1")]).toEqual([200, 200, 429]);
    expect(await post("/anderes-formular", "10.1.0.1")).toBe(200);
    expect(await post("/formular", "10.1.0.2")).toBe(200);
  });

  it("leaves logged-in people, pages and routes with their own limit alone", async () => {
    const loggedIn = [];
    for (let i = 0; i < 4; i++) loggedIn.push(await post("/formular", "10.2.0.1", true));
    expect(loggedIn).toEqual([200, 200, 200, 200]);
    const own = [];
    for (let i = 0; i < 5; i++) own.push(await post("/eigene-grenze", "10.2.0.2"));
    expect(own).toEqual([200, 200, 200, 200, 429]);
    const pages = [];
    for (let i = 0; i < 4; i++) pages.push((await app.inject({ url: "/seite", remoteAddress: "10.2.0.3" })).statusCode);
    expect(pages).toEqual([200, 200, 200, 200]);
  });
});
