// The one error body every JSON API answers with: {"error": code, "message": text, "fields": {name: message}}.
import type { FastifyReply, FastifyRequest } from "fastify";

export interface ApiErrorBody {
  error: string;
  message: string;
  fields?: Record<string, string>;
}

export function sendApiError(reply: FastifyReply, status: number, body: ApiErrorBody): FastifyReply {
  return reply.code(status).type("application/json; charset=utf-8").send(body);
}

/** JSON callers get JSON errors: everything under /api/ and routes marked `config: { api: true }`. */
export function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith("/api/") || (request.routeOptions.config as { api?: boolean } | undefined)?.api === true;
}
