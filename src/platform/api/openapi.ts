// Generates the OpenAPI 3.1 document of one API version from the registry, in one language. Nothing
// is written by hand: paths, parameters and schemas come from the routes' zod schemas.
import type { Locale } from "../i18n/index.ts";
import { isErrorStatus, type ApiOperation, type ApiRegistry } from "./api-registry.ts";
import { COMPONENT_PREFIX, SchemaCollector, type JsonSchema } from "./json-schema.ts";
import { apiMessages } from "./messages.ts";
import { ApiErrorSchema } from "./validation.ts";

export interface OpenApiParameter {
  name: string;
  in: "path" | "query";
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface OpenApiResponse {
  description: string;
  content?: { "application/json": { schema: JsonSchema } };
}

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  deprecated?: boolean;
  /** Switch-off date of a deprecated operation (ISO 8601), as also sent in the Sunset header. */
  "x-sunset"?: string;
  parameters: Array<OpenApiParameter | { $ref: string }>;
  requestBody?: { required: boolean; content: { "application/json": { schema: JsonSchema } } };
  responses: Record<string, OpenApiResponse>;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: Array<{ url: string }>;
  tags: Array<{ name: string; description: string }>;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, OpenApiParameter>;
  };
}

export interface DocumentOptions {
  version: number;
  locale: Locale;
  publicUrl: string;
  cityName: string;
  appVersion: string;
}

export const LANG_PARAMETER_REF = "#/components/parameters/lang";
const ERROR_REF = { $ref: `${COMPONENT_PREFIX}Error` };

/** One parameter per property of an object schema; path parameters are always required. */
function parametersOf(json: JsonSchema | undefined, where: "path" | "query"): OpenApiParameter[] {
  const properties = (json?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json?.required ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => {
    const { description, ...rest } = schema;
    const parameter: OpenApiParameter = { name, in: where, required: where === "path" || required.has(name), schema: rest };
    if (typeof description === "string") parameter.description = description;
    return parameter;
  });
}

function operationOf(op: ApiOperation, schemas: SchemaCollector, locale: Locale): OpenApiOperation {
  const m = apiMessages.in(locale);
  const pathParams = parametersOf(op.params ? schemas.convert(op.params, "input") : undefined, "path");
  // OpenAPI requires every {name} in the path to be declared, also when the route did not validate it.
  for (const [, name] of op.openApiPath.matchAll(/\{([^}]+)\}/g)) {
    if (name && !pathParams.some((p) => p.name === name)) pathParams.push({ name, in: "path", required: true, schema: { type: "string" } });
  }
  const queryParams = parametersOf(op.query ? schemas.convert(op.query, "input") : undefined, "query");
  const operation: OpenApiOperation = {
    operationId: op.operationId,
    summary: op.summary(locale),
    tags: [...op.tags],
    parameters: [...pathParams, ...queryParams, { $ref: LANG_PARAMETER_REF }],
    responses: {},
  };
  if (op.description) operation.description = op.description(locale);
  if (op.deprecated) {
    operation.deprecated = true;
    operation["x-sunset"] = op.deprecated.sunset.toISOString();
  }
  if (op.body) operation.requestBody = { required: true, content: { "application/json": { schema: schemas.convert(op.body, "input") } } };
  if (op.params || op.query || op.body) {
    operation.responses["400"] = { description: m.validationResponse, content: { "application/json": { schema: ERROR_REF } } };
  }
  for (const [key, value] of Object.entries(op.responses)) {
    const status = Number(key);
    if (isErrorStatus(status)) {
      const description = typeof value === "function" ? value(locale) : (m.status[key] ?? key);
      operation.responses[key] = { description, content: { "application/json": { schema: ERROR_REF } } };
    } else {
      const response: OpenApiResponse = { description: m.status[key] ?? key };
      if (value && typeof value === "object") response.content = { "application/json": { schema: schemas.convert(value, "output") } };
      operation.responses[key] = response;
    }
  }
  return operation;
}

export function buildOpenApiDocument(registry: ApiRegistry, options: DocumentOptions): OpenApiDocument {
  const { version, locale } = options;
  const m = apiMessages.in(locale);
  const schemas = new SchemaCollector(locale);
  const errorSchema = schemas.convert(ApiErrorSchema, "output");
  schemas.components.Error ??= errorSchema;
  schemas.components.Error.description = m.errorSchema;
  const paths: OpenApiDocument["paths"] = {};
  for (const op of registry.operations(version)) {
    (paths[op.openApiPath] ??= {})[op.method.toLowerCase()] = operationOf(op, schemas, locale);
  }
  return {
    openapi: "3.1.0",
    info: { title: "Stadttor API", version: options.appVersion, description: m.docsLead(options.cityName) },
    servers: [{ url: `${options.publicUrl}/api/v${version}` }],
    tags: registry.tags(version).map((t) => ({ name: t.name, description: t.description ? `${t.title(locale)} – ${t.description(locale)}` : t.title(locale) })),
    paths,
    components: {
      schemas: schemas.components,
      parameters: { lang: { name: "lang", in: "query", required: false, description: m.langParameter, schema: { type: "string", enum: ["de", "en"] } } },
    },
  };
}
