// The app's configuration: read once from environment variables, validated with zod, immutable after start.
import { z } from "zod";
import { readSiteOperatorFile, type SiteOperator } from "./site-operator.ts";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "must be true or false / muss true oder false sein" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

// One OpenID Connect provider: set ISSUER to switch it on (citizens: BundID; staff: the city's SSO).
function oidcVariables<P extends string>(prefix: P, defaultLabel: string) {
  return {
    [`${prefix}ISSUER`]: z.url({ message: "must be an absolute URL / muss eine absolute URL sein" }).optional(),
    [`${prefix}CLIENT_ID`]: z.string().min(1).optional(),
    [`${prefix}CLIENT_SECRET`]: z.string().min(1).optional(),
    [`${prefix}LABEL`]: z.string().min(1).default(defaultLabel),
    [`${prefix}SCOPES`]: z.string().min(1).default("openid email profile"),
    [`${prefix}ACR_VALUES`]: z.string().optional(),
  } as {
    [K in `${P}ISSUER` | `${P}CLIENT_ID` | `${P}CLIENT_SECRET` | `${P}ACR_VALUES`]: z.ZodOptional<z.ZodString>;
  } & { [K in `${P}LABEL` | `${P}SCOPES`]: z.ZodDefault<z.ZodString> };
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  /** Text of the login button. */
  label: string;
  scopes: string;
  /** Sent as acr_values: the levels we ask for (and which make the provider name the level in the ID token). */
  acrValues: string | undefined;
}

function oidcConfig(env: Readonly<Record<string, unknown>>, prefix: string): OidcConfig | undefined {
  const get = (name: string) => env[prefix + name] as string | undefined;
  const issuer = get("ISSUER");
  const clientId = get("CLIENT_ID");
  if (!issuer || !clientId) return undefined;
  return Object.freeze({ issuer, clientId, clientSecret: get("CLIENT_SECRET"), label: get("LABEL")!, scopes: get("SCOPES")!, acrValues: get("ACR_VALUES") });
}

const configSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    HOST: z.string().min(1).default("localhost"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: z.url({ message: "must be an absolute URL / muss eine absolute URL sein" }).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: "must start with postgres:// / muss mit postgres:// beginnen" })
      .optional(),
    DATA_DIR: z.string().min(1).default("./data"),
    SECRET_KEY: z.string().min(32, { message: "needs at least 32 characters / braucht mindestens 32 Zeichen" }).optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, { message: "must start with smtp:// or smtps:// / muss mit smtp:// oder smtps:// beginnen" })
      .optional(),
    MAIL_FROM: z.string().min(3).default("Stadttor München <noreply@stadttor.example>"),
    CITY_NAME: z.string().min(1).default("München"),
    ROLE: z.enum(["all", "web", "worker"]).default("all"),
    // pg-boss polls no faster than every 0.5 s.
    JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(600).default(2),
    DEMO_SEED: bool.optional(),
    TRUST_PROXY: bool.default(false),
    // Posts per minute and IP to each route that changes state, from visitors who are not logged in, where
    // the route sets no stricter limit of its own (platform/http/default-rate-limit.ts).
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
    // Posts per minute and IP to each anonymous account form (login, register, forgot password); the
    // per-account login lockout works on top of it (kernel/identity/citizen/login-throttle.ts).
    ACCOUNT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
    ...oidcVariables("OIDC_", "Mit BundID anmelden"),
    ...oidcVariables("STAFF_OIDC_", "Mit dem Stadt-Login anmelden"),
    // acr values of the city SSO that mean "logged in with more than one factor" (comma-separated).
    STAFF_OIDC_MFA_ACR: z.string().optional(),
    // JSON file with the site operator for Impressum, privacy notice and accessibility contact (site-operator.ts).
    SITE_OPERATOR_FILE: z.string().min(1).optional(),
    // Department id (catalogue) that gets enquiries whose sender doesn't know who is responsible.
    ENQUIRY_DEFAULT_DEPARTMENT: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { message: "must be a department id (lowercase letters, digits, hyphens) / muss eine Referats-Kennung sein" })
      .optional(),
  })
  .superRefine((env, ctx) => {
    for (const prefix of ["OIDC_", "STAFF_OIDC_"] as const) {
      if (env[`${prefix}ISSUER`] && !env[`${prefix}CLIENT_ID`]) {
        ctx.addIssue({ code: "custom", path: [`${prefix}CLIENT_ID`], message: "is required with an issuer / ist mit einem Issuer Pflicht" });
      }
    }
    if (env.NODE_ENV === "production" && !env.SECRET_KEY) {
      ctx.addIssue({ code: "custom", path: ["SECRET_KEY"], message: "is required in production / ist in Produktion Pflicht" });
    }
    // Without SMTP, mails stay in the outbox for the dev viewer; in production citizens would wait for mails that never come.
    if (env.NODE_ENV === "production" && !env.SMTP_URL) {
      ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "is required in production / ist in Produktion Pflicht" });
    }
    // Passkeys, OIDC callbacks and links in e-mails are built from it; localhost would break them all.
    if (env.NODE_ENV === "production" && !env.PUBLIC_URL?.startsWith("https://")) {
      ctx.addIssue({ code: "custom", path: ["PUBLIC_URL"], message: "must be the https:// address of the site in production / muss in Produktion die https://-Adresse der Website sein" });
    }
    // The Impressum and privacy notice must name the real operator; the demo's placeholders are no legal notice.
    if (env.NODE_ENV === "production" && !env.SITE_OPERATOR_FILE) {
      ctx.addIssue({ code: "custom", path: ["SITE_OPERATOR_FILE"], message: "is required in production / ist in Produktion Pflicht" });
    }
  });

export type Config = Readonly<{
  env: "development" | "production" | "test";
  host: string;
  port: number;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  secretKey: string | undefined;
  logLevel: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  cityName: string;
  role: "all" | "web" | "worker";
  jobsPollSeconds: number;
  demoSeed: boolean;
  trustProxy: boolean;
  /** Cookies carry `Secure`: in production and whenever the public address is https, whatever the proxy says. */
  secureCookies: boolean;
  /** Default limit per minute and IP for state-changing requests of visitors who are not logged in. */
  rateLimitPerMinute: number;
  accountRateLimitPerMinute: number;
  /** Citizens' login through an external provider (BundID); undefined when not configured. */
  oidc: OidcConfig | undefined;
  /** Staff login through the city's SSO; undefined when not configured. */
  staffOidc: (OidcConfig & { mfaAcrValues: readonly string[] }) | undefined;
  /** Who runs the installation (SITE_OPERATOR_FILE); undefined outside production when not set: the demo operator. */
  siteOperator: SiteOperator | undefined;
  /**
   * Where enquiries go when the sender doesn't know (ENQUIRY_DEFAULT_DEPARTMENT; required in production, "kvr" with
   * the demo data); undefined: the catalogue's first department by name.
   */
  enquiryDefaultDepartment: string | undefined;
}>;

export class ConfigError extends Error {}

/** ENQUIRY_DEFAULT_DEPARTMENT when the demo data is loaded and the variable is unset. */
export const DEMO_DEFAULT_DEPARTMENT = "kvr";

/** Reads the configuration; throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw configError(String(issue.path[0] ?? "?"), issue.message);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  const siteOperator = e.SITE_OPERATOR_FILE ? readSiteOperatorFile(e.SITE_OPERATOR_FILE, production) : undefined;
  if (typeof siteOperator === "string") throw configError("SITE_OPERATOR_FILE", siteOperator);
  // Otherwise "Ich weiß es nicht" lands in the catalogue's first department by name, which may have no staff.
  if (production && !e.ENQUIRY_DEFAULT_DEPARTMENT) throw configError("ENQUIRY_DEFAULT_DEPARTMENT", "is required in production / ist in Produktion Pflicht");
  const demoSeed = e.DEMO_SEED ?? !production;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    secretKey: e.SECRET_KEY,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    cityName: e.CITY_NAME,
    role: e.ROLE,
    jobsPollSeconds: e.JOBS_POLL_SECONDS,
    demoSeed,
    trustProxy: e.TRUST_PROXY,
    secureCookies: production || publicUrl.startsWith("https://"),
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    accountRateLimitPerMinute: e.ACCOUNT_RATE_LIMIT_PER_MINUTE,
    oidc: oidcConfig(e, "OIDC_"),
    staffOidc: withMfaAcr(oidcConfig(e, "STAFF_OIDC_"), e.STAFF_OIDC_MFA_ACR),
    siteOperator: siteOperator ? Object.freeze(siteOperator) : undefined,
    // The demo catalogue's Kreisverwaltungsreferat has demo staff who will see such enquiries.
    enquiryDefaultDepartment: e.ENQUIRY_DEFAULT_DEPARTMENT ?? (demoSeed ? DEMO_DEFAULT_DEPARTMENT : undefined),
  });
}

function configError(variable: string, message: string): ConfigError {
  return new ConfigError(`Konfigurationsfehler / configuration error: ${variable} ${message}`);
}

function withMfaAcr(config: OidcConfig | undefined, mfaAcr: string | undefined): Config["staffOidc"] {
  if (!config) return undefined;
  const mfaAcrValues = (mfaAcr ?? "").split(",").map((v) => v.trim()).filter(Boolean);
  return Object.freeze({ ...config, mfaAcrValues });
}
