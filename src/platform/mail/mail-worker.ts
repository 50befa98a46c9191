// Connects mail to the running installation: the SMTP transport from the configuration, and the
// `mail.deliver` job with its handler and retry policy.
import nodemailer from "nodemailer";
import type { Config } from "../config/index.ts";
import type { Db } from "../db/index.ts";
import type { JobQueue, QueueOptions } from "../jobs/index.ts";
import { deliverMail, type MailTransport } from "./deliver-mail.ts";
import { DELIVER_MAIL_JOB, type DeliverMailJob } from "./enqueue-mail.ts";

// SMTP servers refuse for minutes or hours (greylisting, maintenance): 10 retries from 1 minute, roughly
// doubling, keep trying for about a day. Retries are cheap; a lost mail is not.
const deliveryQueue: QueueOptions = { retryLimit: 10, retryDelaySeconds: 60, retryBackoff: true };

/**
 * The SMTP transport for SMTP_URL, sending as MAIL_FROM. Without SMTP_URL it returns null: mails are
 * captured in the outbox for the dev viewer (the configuration refuses production without SMTP_URL).
 */
export function createMailTransport(config: Pick<Config, "smtpUrl" | "mailFrom">): MailTransport | null {
  return config.smtpUrl ? nodemailer.createTransport(config.smtpUrl, { from: config.mailFrom }) : null;
}

export interface MailWorkerOptions {
  db: Db;
  jobs: JobQueue;
  /** From createMailTransport(config); null captures mails instead of sending them. */
  transport: MailTransport | null;
}

/**
 * Declares the `mail.deliver` job and its handler. Call it once in every process before jobs.start():
 * web processes need the declaration to send, and only worker queues run the handler.
 */
export async function mailWorker({ db, jobs, transport }: MailWorkerOptions): Promise<void> {
  await jobs.work<DeliverMailJob>(DELIVER_MAIL_JOB, (job) => deliverMail(db, transport, job.outboxId), deliveryQueue);
}
