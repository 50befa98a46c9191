// RATE_LIMIT_PER_MINUTE made real: every route that changes state (POST, PUT, PATCH, DELETE) and sets no limit
// of its own gets this one, per route and IP, for visitors who are not logged in. Logged-in people are left
// out on purpose: a city's staff share one address behind the city's proxy, and their requests carry a login
// that the audit log names. Routes with their own `config.rateLimit` (login, registration, feedback) keep it.
import type { FastifyInstance, FastifyRequest, RouteOptions } from "fastify";

const changesState = (method: RouteOptions["method"]) =>
  (Array.isArray(method) ? method : [method]).some((m) => ["POST", "PUT", "PATCH", "DELETE"].includes(String(m).toUpperCase()));

/** Logged in: the module that knows about accounts set `request.viewer` in an onRequest hook before this runs. */
const loggedIn = (request: FastifyRequest) => request.viewer !== undefined;

/**
 * Must be called before @fastify/rate-limit is registered: onRoute hooks run in order, and the rate-limit
 * plugin reads `config.rateLimit` in its own. Its hook then runs as a route-level onRequest hook, after the
 * application-level ones that resolve the session and the viewer.
 */
export function defaultRateLimit(app: FastifyInstance, perMinute: number): void {
  app.addHook("onRoute", (route) => {
    const config = (route.config ?? {}) as { rateLimit?: unknown };
    if (config.rateLimit !== undefined || !changesState(route.method)) return;
    route.config = { ...config, rateLimit: { max: perMinute, timeWindow: "1 minute", allowList: loggedIn } } as typeof route.config;
  });
}
