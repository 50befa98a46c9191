// defineApiRoute: the one way to add a JSON API operation. It registers the Fastify route under
// /api/v<version>/, validates params, query and body with zod, sends only what the response schema
// declares, and records the operation so that openapi.json and /api/docs describe what really runs.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Locale } from "../i18n/index.ts";
import { toOpenApiPath, type ApiRegistry, type ApiResponses, type Deprecation, type HttpMethod, type Text } from "./api-registry.ts";
import { validateRequest } from "./validation.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** Every API operation and tag of this app; filled by defineApiRoute, read by openapi.json and /api/docs. */
    apiRegistry: ApiRegistry;
  }
}

type Parsed<T> = T extends z.ZodType ? z.output<T> : undefined;
type SuccessStatus = 200 | 201 | 202 | 204;

/** What the handler returns: the input of the 2xx schema (it is parsed on the way out), nothing for 204. */
export type SuccessBody<R extends ApiResponses> = {
  [K in keyof R]: K extends SuccessStatus ? (R[K] extends z.ZodType ? z.input<R[K]> : undefined) : never;
}[keyof R];

export interface ApiContext<P, Q, B> {
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
  locale: Locale;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface ApiRouteDefinition<P extends z.ZodType | undefined, Q extends z.ZodType | undefined, B extends z.ZodType | undefined, R extends ApiResponses> {
  method: HttpMethod;
  /** Below /api/v<version>, in Fastify syntax: "/services/:id". */
  url: string;
  /** Major version of the API this operation belongs to; 1 unless it is a breaking successor. */
  version?: number;
  /** Unique, stable, camelCase verb + noun: "listServices". Client generators name methods after it. */
  operationId: string;
  tags: readonly string[];
  summary: Text;
  description?: Text;
  params?: P;
  query?: Q;
  body?: B;
  /** `{ 200: ServiceSchema, 404: (l) => m.in(l).notFound }`: bodies for 2xx, when-it-happens texts for errors. */
  responses: R;
  /** Marks the operation as on its way out: Deprecation, Sunset and Link headers on every answer. */
  deprecated?: Deprecation;
  /** Returns the success body, or the reply after sending something else itself (e.g. reply.sendError). */
  handler(context: ApiContext<P, Q, B>): Promise<SuccessBody<R> | FastifyReply>;
}

function successStatusOf(responses: ApiResponses): number {
  const status = Object.keys(responses).map(Number).filter((s) => s >= 200 && s < 300).sort((a, b) => a - b)[0];
  if (status === undefined) throw new Error("an API operation needs one 2xx response");
  return status;
}

function deprecationHeaders(reply: FastifyReply, deprecated: Deprecation): void {
  // RFC 9745: "@" + Unix seconds; RFC 8594: an HTTP-date.
  reply.header("deprecation", `@${Math.floor(deprecated.since.getTime() / 1000)}`);
  reply.header("sunset", deprecated.sunset.toUTCString());
  if (deprecated.successor) reply.header("link", `<${deprecated.successor}>; rel="successor-version"`);
}

export function defineApiRoute<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends ApiResponses = ApiResponses,
>(app: FastifyInstance, definition: ApiRouteDefinition<P, Q, B, R>): void {
  if (!app.hasDecorator("apiRegistry")) throw new Error("register apiPlugin before defining API routes");
  if (definition.tags.length === 0) throw new Error(`API operation "${definition.operationId}" needs a tag`);
  const version = definition.version ?? 1;
  const url = `/api/v${version}${definition.url}`;
  const status = successStatusOf(definition.responses);
  const schema = definition.responses[status];
  const body = schema && typeof schema === "object" ? (schema as z.ZodType) : undefined;
  app.apiRegistry.add({
    method: definition.method,
    version,
    url,
    openApiPath: toOpenApiPath(definition.url),
    operationId: definition.operationId,
    tags: definition.tags,
    summary: definition.summary,
    description: definition.description,
    params: definition.params,
    query: definition.query,
    body: definition.body,
    responses: definition.responses,
    deprecated: definition.deprecated,
  });

  app.route({
    method: definition.method,
    url,
    handler: async (request, reply) => {
      if (definition.deprecated) deprecationHeaders(reply, definition.deprecated);
      const input = validateRequest(request, reply, { params: definition.params, query: definition.query, body: definition.body });
      if (!input) return reply;
      reply.code(status);
      const context = { ...input, locale: request.locale, request, reply } as ApiContext<P, Q, B>;
      const result: unknown = await definition.handler(context);
      if (result === reply || reply.sent) return reply;
      if (status === 204) return reply.send();
      // The schema is an allow-list: fields a handler returns by mistake (an e-mail, an internal note)
      // never leave the server. A result that does not fit is a bug and ends as a 500.
      const out = body ? body.parse(result) : result;
      return reply.type("application/json; charset=utf-8").send(JSON.stringify(out));
    },
  });
}
