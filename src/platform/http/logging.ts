// Structured logs (pino) without personal data: no IP addresses, no cookies or auth headers, no query
// strings (they carry search terms and tokens), no request bodies.
import { randomUUID } from "node:crypto";
import { LogController, type FastifyInstance, type FastifyServerOptions } from "fastify";

const requestIdPattern = /^[A-Za-z0-9._-]{8,64}$/;

export function loggerOptions(level: string): Pick<FastifyServerOptions, "logger" | "genReqId" | "requestIdHeader" | "logController"> {
  return {
    // One access line per request (see accessLog) instead of Fastify's two: logging was the largest
    // remaining cost of the start page (docs/performance.md). Errors are still logged where they happen.
    logController: new LogController({ disableRequestLogging: true }),
    logger: {
      level,
      redact: { paths: ["req.headers.cookie", "req.headers.authorization", "res.headers['set-cookie']"], remove: true },
      serializers: {
        req(req: { id: string; method: string; url: string; routeOptions?: { url?: string | undefined } }) {
          return { id: req.id, method: req.method, path: loggablePath(req) };
        },
        res(res: { statusCode: number }) {
          return { status: res.statusCode };
        },
        // PostgreSQL errors carry the offending values in detail/where ("Key (email)=(…) already exists").
        err(error: Error & { code?: string; detail?: unknown; where?: unknown; parameters?: unknown }) {
          return { type: error.name, message: error.message, code: error.code, stack: error.stack ?? "" };
        },
      },
    },
    // Keep the id a proxy gave the request so one id follows it through every system; else make one.
    // genReqId reads the header itself so that a malformed id is never trusted.
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && requestIdPattern.test(given) ? given : randomUUID();
    },
  };
}

/**
 * The path as logs may keep it: the route's pattern ("/vorgaenge/:reference/zugang/:token"), because paths
 * carry secrets (a case's secret link, password-reset tokens) and references; for a request no route
 * matched, the path with every long segment (tokens, ids) replaced.
 */
export function loggablePath(req: { url: string; routeOptions?: { url?: string | undefined } }): string {
  const pattern = req.routeOptions?.url;
  if (pattern) return pattern;
  const path = req.url.split("?")[0] ?? "";
  return path
    .split("/")
    .map((segment) => (segment.length > 16 ? "…" : segment))
    .join("/");
}

/** Logs one line per answered request: id, method, path without query, status and time taken. */
export function accessLog(app: FastifyInstance): void {
  app.addHook("onResponse", (request, reply, done) => {
    request.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, "request completed");
    done();
  });
}
