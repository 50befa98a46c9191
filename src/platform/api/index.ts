// Public surface of platform/api: the JSON API conventions (route helper, tags, documented fields, plugin).
export { apiPlugin, defineApiTag, type ApiOptions } from "./api-plugin.ts";
export { defineApiRoute, type ApiContext, type ApiRouteDefinition } from "./define-api-route.ts";
export { documented } from "./json-schema.ts";
export { ApiErrorSchema } from "./validation.ts";
export { buildOpenApiDocument, type OpenApiDocument } from "./openapi.ts";
export type { ApiResponses, Deprecation, Text } from "./api-registry.ts";
