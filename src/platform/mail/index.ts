// platform/mail: the outbox every module writes its e-mails to, their delivery over SMTP as a job,
// and the dev mail viewer.
import { fileURLToPath } from "node:url";
import type { MigrationSource } from "../db/index.ts";
import "./tables.ts";

export { enqueueMail, InvalidMailError, DELIVER_MAIL_JOB, type MailMessage, type DeliverMailJob } from "./enqueue-mail.ts";
export { deliverMail, MailDeliveryError, type MailTransport } from "./deliver-mail.ts";
export { mailWorker, createMailTransport, type MailWorkerOptions } from "./mail-worker.ts";
export { devMailPlugin, type DevMailOptions } from "./dev-mail-routes.ts";
export { deleteOldMails, mailRetention, UNSENT_MAIL_RETENTION_DAYS } from "./delete-old-mails.ts";
export type { OutboxState } from "./tables.ts";

export const mailMigrations: MigrationSource = { module: "mail", dir: fileURLToPath(new URL("./migrations", import.meta.url)) };
