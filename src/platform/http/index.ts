// Public surface of platform/http.
export { default as httpPlugin, type HttpOptions } from "./http-plugin.ts";
export { sendApiError, wantsJson, type ApiErrorBody } from "./api-error.ts";
export { resolveSecret } from "./secret.ts";
export { markSecretPage } from "./secret-page.ts";
export { CSRF_FIELD, CSRF_HEADER } from "./csrf.ts";
export { loggerOptions, accessLog } from "./logging.ts";
export type { ErrorKind } from "./error-page.tsx";
