// The JSON API frame: the operation registry every defineApiRoute writes to, the language of API
// answers, GET /api/v<n>/openapi.json and the readable GET /api/docs. Register it before any module
// that defines API routes.
import { createRequire } from "node:module";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { h } from "preact";
import type { Locale } from "../i18n/index.ts";
import { ApiDocsPage } from "./api-docs-page.tsx";
import { apiLocale } from "./api-locale.ts";
import { ApiRegistry, type Text } from "./api-registry.ts";
import { buildOpenApiDocument, type OpenApiDocument } from "./openapi.ts";

export interface ApiOptions {
  /** Base URL clients reach us at (config.publicUrl); the OpenAPI servers entry is built from it. */
  publicUrl: string;
  cityName: string;
}

const require = createRequire(import.meta.url);
const { version: appVersion } = require("../../../package.json") as { version: string };

/** JSON API paths choose their language per request; /api/docs is a site page like any other. */
function isApiCall(request: FastifyRequest): boolean {
  return request.url.startsWith("/api/") && !/^\/api\/docs(?:[/?#]|$)/.test(request.url);
}

/** Describes a tag (a group of operations) for openapi.json and /api/docs. */
export function defineApiTag(app: FastifyInstance, name: string, title: Text, description?: Text): void {
  app.apiRegistry.addTag({ name, title, description });
}

async function api(app: FastifyInstance, options: ApiOptions): Promise<void> {
  const registry = new ApiRegistry();
  app.decorate("apiRegistry", registry);

  // Callback-style hooks where nothing waits: an async hook costs a promise per request on every page.
  app.addHook("onRequest", (request, reply, done) => {
    if (isApiCall(request)) {
      request.locale = apiLocale(request);
      reply.header("content-language", request.locale);
      reply.header("vary", "Accept-Language, Cookie");
    }
    done();
  });

  // Routes are fixed once the app is ready, so each document is built once per version and language.
  const documents = new Map<string, OpenApiDocument>();
  const documentFor = (version: number, locale: Locale): OpenApiDocument => {
    const key = `${version}:${locale}`;
    let document = documents.get(key);
    if (!document) {
      document = buildOpenApiDocument(registry, { version, locale, publicUrl: options.publicUrl, cityName: options.cityName, appVersion });
      documents.set(key, document);
    }
    return document;
  };

  app.get<{ Params: { version: string } }>("/api/:version/openapi.json", async (request, reply) => {
    const version = Number(/^v([1-9][0-9]*)$/.exec(request.params.version)?.[1]);
    if (!registry.versions().includes(version)) return reply.sendError("notFound", 404);
    return reply.type("application/json; charset=utf-8").send(JSON.stringify(documentFor(version, request.locale), null, 2));
  });

  app.get("/api/docs", async (request, reply) => {
    const versions = registry.versions();
    const version = versions[versions.length - 1] ?? 1;
    const locale = request.locale;
    const tags = registry.tags(version).map((t) => ({ name: t.name, title: t.title(locale), description: t.description?.(locale) }));
    return reply.render(h(ApiDocsPage, { document: documentFor(version, locale), version, versions, tags }));
  });
}

export const apiPlugin = fp(api, { name: "stadttor-api", dependencies: ["stadttor-http"] });
