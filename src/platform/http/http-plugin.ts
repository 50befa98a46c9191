// The HTTP frame every route runs in: cookies, form bodies, security headers with a strict CSP, request
// ids, CSRF checks, rate limiting, HTML rendering, error pages and the health endpoints.
import fastifyCookie from "@fastify/cookie";
import fastifyFormbody from "@fastify/formbody";
import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import helmet from "helmet";
import type { ComponentChildren } from "preact";
import { h } from "preact";
import { assetVersion, renderPage, type PageContext, type SiteChrome, type Viewer } from "../html/index.ts";
import { localePlugin } from "../i18n/index.ts";
import { sendApiError, wantsJson } from "./api-error.ts";
import { containsNul, urlHasNul } from "./nul-bytes.ts";
import { accessLog } from "./logging.ts";
import { csrfTokenFor, csrfTokenIsValid, needsCsrfCheck } from "./csrf.ts";
import { defaultRateLimit } from "./default-rate-limit.ts";
import { ErrorPage, type ErrorKind } from "./error-page.tsx";
import { httpMessages } from "./messages.ts";

declare module "fastify" {
  interface FastifyReply {
    /** Sends a server-rendered page with the given status (200 by default). */
    render(page: ComponentChildren, status?: number): FastifyReply;
    /** Sends an already rendered HTML document with the same headers as render(); cached pages pass UTF-8 bytes. */
    sendHtml(html: string | Buffer, status?: number): FastifyReply;
    /** Sends the error page (HTML) or the error body (JSON API) for this kind of error. */
    sendError(kind: ErrorKind, status: number): FastifyReply;
  }
  interface FastifyRequest {
    pageContext(reply: FastifyReply): PageContext;
    /** Who is logged in, for the header; set by the module that knows about accounts. */
    viewer: Viewer | undefined;
  }
}

export interface HttpOptions {
  secret: string;
  site: SiteChrome;
  /** Per minute, route and IP for state-changing requests of visitors not logged in (default-rate-limit.ts). */
  rateLimitPerMinute: number;
  /** Every cookie gets `Secure` (config.secureCookies): decided by the public address, not by the request's protocol. */
  secureCookies: boolean;
  /** Resolves when the database answers; /readyz reports 503 otherwise. */
  checkReady: () => Promise<void>;
}

const apiCodes: Record<ErrorKind, string> = {
  badRequest: "bad_request",
  forbidden: "forbidden",
  csrf: "csrf_failed",
  notFound: "not_found",
  tooMany: "rate_limited",
  serverError: "internal_error",
  unavailable: "unavailable",
};

function sameOriginReferer(request: FastifyRequest): string | undefined {
  const ref = request.headers.referer;
  if (!ref) return undefined;
  try {
    const url = new URL(ref);
    return url.host === request.host ? url.pathname + url.search : undefined;
  } catch {
    return undefined;
  }
}

async function httpPlugin(app: FastifyInstance, options: HttpOptions): Promise<void> {
  // Defaults of every setCookie/clearCookie. Behind a TLS proxy the request itself arrives over http, so
  // request.protocol would drop `Secure` unless TRUST_PROXY is set; the configured public address does not.
  await app.register(fastifyCookie, { parseOptions: { secure: options.secureCookies } });
  await app.register(fastifyFormbody, { bodyLimit: 256 * 1024 });
  // helmet itself, built once: @fastify/helmet calls helmet(options) anew for every request, parsing the
  // CSP each time — about a tenth of the start page's CPU (docs/performance.md). Same options, same headers.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // KERN draws its icons as data: SVG masks.
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
  });
  app.addHook("onRequest", (request, reply, done) => securityHeaders(request.raw, reply.raw, (error) => (error ? done(error as Error) : done())));
  defaultRateLimit(app, options.rateLimitPerMinute);
  await app.register(fastifyRateLimit, {
    global: false,
    max: options.rateLimitPerMinute,
    timeWindow: "1 minute",
    errorResponseBuilder: (_req, context) => Object.assign(new Error("rate limited"), { statusCode: context.statusCode }),
  });
  await app.register(localePlugin);

  accessLog(app);
  // Callback-style hooks where nothing waits: an async hook costs a promise per request on every page.
  app.addHook("onRequest", (request, reply, done) => {
    reply.header("x-request-id", request.id);
    done();
  });

  app.decorateRequest("viewer", undefined);
  app.decorateRequest("pageContext", function (this: FastifyRequest, reply: FastifyReply): PageContext {
    const request = this;
    return {
      locale: request.locale,
      path: request.url,
      site: options.site,
      assetVersion,
      viewer: request.viewer,
      csrfToken: () => csrfTokenFor(request, reply, options.secret),
    };
  });

  app.decorateReply("sendHtml", function (this: FastifyReply, html: string | Buffer, status = 200) {
    return this.code(status).type("text/html; charset=utf-8").header("cache-control", "no-store").send(html);
  });

  app.decorateReply("render", function (this: FastifyReply, page: ComponentChildren, status = 200) {
    return this.sendHtml(renderPage(this.request.pageContext(this), page), status);
  });

  app.decorateReply("sendError", function (this: FastifyReply, kind: ErrorKind, status: number) {
    const request = this.request;
    if (wantsJson(request)) {
      const m = httpMessages.in(request.locale);
      const title = { badRequest: m.badRequestTitle, forbidden: m.forbiddenTitle, csrf: m.csrfTitle, notFound: m.notFoundTitle, tooMany: m.tooManyTitle, serverError: m.serverErrorTitle, unavailable: m.unavailableTitle }[kind];
      return sendApiError(this, status, { error: apiCodes[kind], message: title });
    }
    const back = kind === "csrf" || kind === "forbidden" ? sameOriginReferer(request) : undefined;
    return this.render(h(ErrorPage, { kind, requestId: request.id, backHref: back }), status);
  });

  // One hook for both checks: every hook costs on every page (docs/performance.md).
  app.addHook("preHandler", (request, reply, done) => {
    if (urlHasNul(request.url) || (request.body !== undefined && containsNul(request.body))) {
      reply.sendError("badRequest", 400);
      return;
    }
    if (needsCsrfCheck(request) && !csrfTokenIsValid(request, options.secret)) {
      request.log.warn({ event: "csrf.rejected" }, "CSRF token missing or invalid");
      // Replying ends the request here; a callback hook that replied must not call done().
      reply.sendError("csrf", 403);
      return;
    }
    done();
  });

  app.setNotFoundHandler((request, reply) => reply.sendError("notFound", 404));

  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, "request failed");
    else request.log.info({ status, code: (error as { code?: string }).code }, "request refused");
    if (status === 429) return reply.sendError("tooMany", 429);
    if (status === 404) return reply.sendError("notFound", 404);
    if (status === 403) return reply.sendError("forbidden", 403);
    if (status === 503) return reply.sendError("unavailable", 503);
    if (status >= 400 && status < 500) return reply.sendError("badRequest", status);
    return reply.sendError("serverError", 500);
  });

  app.get("/healthz", { logLevel: "warn" }, async () => ({ status: "ok" }));
  app.get("/readyz", { logLevel: "warn" }, async (request, reply) => {
    try {
      await options.checkReady();
      return { status: "ok" };
    } catch (error) {
      request.log.error({ err: error }, "readiness check failed");
      return reply.code(503).send({ status: "unavailable" });
    }
  });
}

export default fp(httpPlugin, { name: "stadttor-http" });
