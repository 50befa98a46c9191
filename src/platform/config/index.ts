// Public surface of platform/config.
export { loadConfig, ConfigError, type Config } from "./config.ts";
