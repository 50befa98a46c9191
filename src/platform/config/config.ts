// The app's configuration: read once from environment variables, validated with zod, immutable after start.
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "must be true or false / muss true oder false sein" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

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
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.SECRET_KEY) {
      ctx.addIssue({ code: "custom", path: ["SECRET_KEY"], message: "is required in production / ist in Produktion Pflicht" });
    }
    // Without SMTP, mails stay in the outbox for the dev viewer; in production citizens would wait for mails that never come.
    if (env.NODE_ENV === "production" && !env.SMTP_URL) {
      ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "is required in production / ist in Produktion Pflicht" });
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
  rateLimitPerMinute: number;
}>;

export class ConfigError extends Error {}

/** Reads the configuration; throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? "?");
    throw new ConfigError(`Konfigurationsfehler / configuration error: ${name} ${issue.message}`);
  }
  const e = parsed.data;
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    secretKey: e.SECRET_KEY,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    cityName: e.CITY_NAME,
    role: e.ROLE,
    jobsPollSeconds: e.JOBS_POLL_SECONDS,
    demoSeed: e.DEMO_SEED ?? e.NODE_ENV !== "production",
    trustProxy: e.TRUST_PROXY,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
  });
}
