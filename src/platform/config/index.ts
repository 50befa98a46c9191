// Public surface of platform/config.
export { loadConfig, ConfigError, type Config, type OidcConfig } from "./config.ts";
