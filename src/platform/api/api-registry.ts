// What the API knows about itself: every operation registered through defineApiRoute and every tag,
// kept per app instance so that openapi.json and the docs page are generated from the routes that run.
import type { z } from "zod";
import type { Locale } from "../i18n/index.ts";

/** A documentation text in the request's language; take it from a defineMessages catalogue. */
export type Text = (locale: Locale) => string;

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Responses by status: a 2xx maps to the zod schema of its body (null for 204), a 4xx/5xx maps to
 * the text that says when it happens; its body is always the one error body.
 */
export type ApiResponses = { [status: number]: z.ZodType | Text | null };

export interface Deprecation {
  /** When the operation was marked deprecated (Deprecation header). */
  since: Date;
  /** When it will be switched off (Sunset header). */
  sunset: Date;
  /** Path of the successor, e.g. "/api/v2/services" (Link header, rel="successor-version"). */
  successor?: string;
}

export interface ApiOperation {
  method: HttpMethod;
  version: number;
  /** Path as Fastify sees it, e.g. /api/v1/services/:id. */
  url: string;
  /** Path below the version's base, OpenAPI style, e.g. /services/{id}. */
  openApiPath: string;
  operationId: string;
  tags: readonly string[];
  summary: Text;
  description?: Text | undefined;
  params?: z.ZodType | undefined;
  query?: z.ZodType | undefined;
  body?: z.ZodType | undefined;
  responses: ApiResponses;
  deprecated?: Deprecation | undefined;
}

export interface ApiTag {
  name: string;
  title: Text;
  description?: Text | undefined;
}

export class ApiRegistry {
  readonly #operations: ApiOperation[] = [];
  readonly #tags = new Map<string, ApiTag>();

  add(operation: ApiOperation): void {
    if (this.#operations.some((o) => o.operationId === operation.operationId)) {
      throw new Error(`API operationId "${operation.operationId}" is registered twice`);
    }
    this.#operations.push(operation);
  }

  addTag(tag: ApiTag): void {
    this.#tags.set(tag.name, tag);
  }

  operations(version?: number): readonly ApiOperation[] {
    return version === undefined ? this.#operations : this.#operations.filter((o) => o.version === version);
  }

  /** Tags in use, in the order first used, with a stand-in for tags nobody described. */
  tags(version?: number): ApiTag[] {
    const names = [...new Set(this.operations(version).flatMap((o) => o.tags))];
    return names.map((name) => this.#tags.get(name) ?? { name, title: () => name });
  }

  versions(): number[] {
    return [...new Set(this.#operations.map((o) => o.version))].sort((a, b) => a - b);
  }
}

/** Fastify's ":id" becomes OpenAPI's "{id}". */
export function toOpenApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
}

export function isErrorStatus(status: number): boolean {
  return status >= 400;
}
