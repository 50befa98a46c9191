// Public surface of platform/config.
export { loadConfig, ConfigError, type Config, type OidcConfig } from "./config.ts";
export { SiteOperatorInput, type SiteOperator, type Body, type PostalAddress } from "./site-operator.ts";
