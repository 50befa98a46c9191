// What the account routes share: their options, the mail context of a request and the login redirect.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { AccountMailContext, CitizenActor } from "../../kernel/identity/index.ts";
import type { Db } from "../../platform/db/index.ts";
import type { FieldErrors } from "../../platform/html/index.ts";
import type { JobQueue } from "../../platform/jobs/index.ts";

export interface AccountOptions {
  db: Db;
  jobs: JobQueue;
  /** Absolute base of the links in mails (config.publicUrl). */
  publicUrl: string;
  /** Posts per minute and IP to each anonymous account form before the HTTP layer answers 429 (ACCOUNT_RATE_LIMIT_PER_MINUTE). */
  accountRateLimitPerMinute?: number | undefined;
}

export function mailContext(options: AccountOptions, request: FastifyRequest): AccountMailContext {
  return { jobs: options.jobs, publicUrl: options.publicUrl, locale: request.locale };
}

/** The citizen behind the request, or undefined after answering: login for nobody, 403 for staff. */
export function citizenOrAnswer(request: FastifyRequest, reply: FastifyReply, back = "/konto"): CitizenActor | undefined {
  if (request.actor.kind === "citizen") return request.actor;
  if (request.actor.kind === "anonymous") {
    const path = request.method === "GET" ? request.url : back;
    void reply.redirect(`/konto/anmelden?zurueck=${encodeURIComponent(path)}`, 303);
  } else {
    void reply.sendError("forbidden", 403);
  }
  return undefined;
}

/** Keeps only fields worth showing again: never a password. */
export function keptValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !/password/i.test(k)));
}

export function only(field: string, message: string): FieldErrors {
  return { [field]: message };
}
