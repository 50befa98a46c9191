// Connects mail to the running installation: the SMTP transport from the configuration, and the
// `mail.deliver` job handler for processes that run the worker.
import nodemailer from "nodemailer";
import type { Config } from "../config/index.ts";
import type { Db } from "../db/index.ts";
import type { JobQueue } from "../jobs/job-queue.ts";
import { deliverMail, type MailTransport } from "./deliver-mail.ts";
import { DELIVER_MAIL_JOB, type DeliverMailJob } from "./enqueue-mail.ts";

export class MailConfigError extends Error {}

/**
 * The SMTP transport for SMTP_URL, sending as MAIL_FROM. Without SMTP_URL it returns null (mails are
 * captured in the outbox) — except in production, where silently not sending would leave citizens
 * waiting for mails that never come, so it throws.
 */
export function createMailTransport(config: Pick<Config, "env" | "smtpUrl" | "mailFrom">): MailTransport | null {
  if (config.smtpUrl) return nodemailer.createTransport(config.smtpUrl, { from: config.mailFrom });
  if (config.env === "production") {
    throw new MailConfigError("Konfigurationsfehler / configuration error: SMTP_URL is required in production / ist in Produktion Pflicht");
  }
  return null;
}

export interface MailWorkerOptions {
  db: Db;
  jobs: JobQueue;
  /** From createMailTransport(config); null captures mails instead of sending them. */
  transport: MailTransport | null;
}

/** Registers the `mail.deliver` handler on the queue. Call it where the worker role runs. */
export async function mailWorker({ db, jobs, transport }: MailWorkerOptions): Promise<void> {
  await jobs.work<DeliverMailJob>(DELIVER_MAIL_JOB, (job) => deliverMail(db, transport, job.outboxId));
}
