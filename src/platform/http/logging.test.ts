import { Writable } from "node:stream";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { accessLog, loggerOptions } from "./index.ts";

describe("request logs", () => {
  it("carry method, path, status and request id, but no query string, cookie, auth header or IP address", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const options = loggerOptions("info");
    const app = Fastify({ ...options, logger: { ...(options.logger as object), stream } });
    accessLog(app);
    app.get("/suche", async () => ({ ok: true }));
    await app.inject({
      url: "/suche?q=Erika+Mustermann&token=abc123",
      headers: { cookie: "session=geheim", authorization: "Bearer geheim", "x-forwarded-for": "203.0.113.7" },
      remoteAddress: "198.51.100.23",
    });
    await app.close();
    const log = lines.join("");
    expect(log).toContain('"path":"/suche"');
    expect(log).toContain('"status":200');
    expect(log).toContain('"reqId"');
    expect(log.match(/request completed/g)).toHaveLength(1);
    for (const secret of ["Mustermann", "abc123", "geheim", "203.0.113.7", "198.51.100.23", "remoteAddress"]) expect(log).not.toContain(secret);
  });

  it("keep secrets in paths out: the route pattern for matched routes, long segments replaced otherwise", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const options = loggerOptions("info");
    const app = Fastify({ ...options, logger: { ...(options.logger as object), stream } });
    accessLog(app);
    app.get("/vorgaenge/:reference/zugang/:token", async () => ({ ok: true }));
    const token = "Qm9vbXNob3QtdGhpcy1pcy1hLXNlY3JldC10b2tlbg";
    await app.inject({ url: `/vorgaenge/A-2026-000042/zugang/${token}` });
    await app.inject({ url: `/konto/passwort-neu/${token}` });
    await app.close();
    const log = lines.join("");
    expect(log).toContain('"path":"/vorgaenge/:reference/zugang/:token"');
    expect(log).toContain('"path":"/konto/passwort-neu/…"');
    expect(log).not.toContain(token);
    expect(log).not.toContain("A-2026-000042");
  });

  it("log database errors without the values PostgreSQL puts into detail", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const options = loggerOptions("info");
    const app = Fastify({ ...options, logger: { ...(options.logger as object), stream } });
    app.get("/kaputt", async (request) => {
      const error = Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505", detail: "Key (email)=(erika@beispiel.de) already exists." });
      request.log.error({ err: error }, "request failed");
      return { ok: false };
    });
    await app.inject({ url: "/kaputt" });
    await app.close();
    const log = lines.join("");
    expect(log).toContain("23505");
    expect(log).not.toContain("erika@beispiel.de");
  });
});
