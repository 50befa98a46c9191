// Checks params, query and body of an API request with their zod schemas and answers problems with the
// one error body, {"error": "validation_failed", "message": …, "fields": {name: message}}, in the
// request's language, using the same plain-language messages as the HTML forms.
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { errorMapFor } from "../html/index.ts";
import { sendApiError, type ApiErrorBody } from "../http/index.ts";
import type { Locale } from "../i18n/index.ts";
import { documented } from "./json-schema.ts";
import { apiMessages } from "./messages.ts";

/** The error body as a schema, so openapi.json and /api/docs describe exactly what api-error.ts sends. */
export const ApiErrorSchema = z
  .object({
    error: documented(z.string(), (l) => apiMessages.in(l).errorCode),
    message: documented(z.string(), (l) => apiMessages.in(l).errorMessage),
    fields: documented(z.record(z.string(), z.string()).optional(), (l) => apiMessages.in(l).errorFields),
  })
  .meta({ id: "Error" }) satisfies z.ZodType<ApiErrorBody>;

export type RequestPart = "params" | "query" | "body";

export interface ValidInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

/** Query values arrive as strings; an empty one ("?q=") means the client gave nothing, as in HTML forms. */
function withoutEmptyValues(query: unknown): Record<string, unknown> {
  if (!query || typeof query !== "object") return {};
  // `lang` belongs to every operation (see api-locale.ts), so no route's schema has to allow it.
  return Object.fromEntries(Object.entries(query).filter(([k, v]) => v !== "" && k !== "lang"));
}

function addIssues(fields: Record<string, string>, part: RequestPart, issues: readonly z.core.$ZodIssue[]): void {
  for (const issue of issues) {
    const name = issue.path.length > 0 ? issue.path.join(".") : part;
    fields[name] ??= issue.message;
  }
}

/** Parses all parts; on the first request with problems it has sent the 400 and returns undefined. */
export function validateRequest(
  request: FastifyRequest,
  reply: FastifyReply,
  schemas: Partial<Record<RequestPart, z.ZodType | undefined>>,
): ValidInput | undefined {
  const locale: Locale = request.locale;
  const raw: ValidInput = { params: request.params ?? {}, query: withoutEmptyValues(request.query), body: request.body };
  const valid: ValidInput = { params: raw.params, query: raw.query, body: raw.body };
  const fields: Record<string, string> = {};
  for (const part of ["params", "query", "body"] as const) {
    const schema = schemas[part];
    if (!schema) continue;
    const result = schema.safeParse(raw[part], { error: errorMapFor(locale) });
    if (result.success) valid[part] = result.data;
    else addIssues(fields, part, result.error.issues);
  }
  if (Object.keys(fields).length === 0) return valid;
  sendApiError(reply, 400, { error: "validation_failed", message: apiMessages.in(locale).validationFailed, fields });
  return undefined;
}
