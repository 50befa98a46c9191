// The dev mail viewer at /dev/mail: read what the installation would have mailed, without an SMTP
// server. app.ts registers it only outside production; the outbox holds personal data.
import type { FastifyInstance } from "fastify";
import { h } from "preact";
import type { Db } from "../db/index.ts";
import { OutboxMailPage, OutboxPage } from "./dev-mail-pages.tsx";
import { findOutboxMail, listOutbox } from "./outbox-queries.ts";

const LIST_LIMIT = 100;

export interface DevMailOptions {
  db: Db;
}

export async function devMailPlugin(app: FastifyInstance, { db }: DevMailOptions): Promise<void> {
  app.get("/dev/mail", async (_request, reply) => reply.render(h(OutboxPage, { mails: await listOutbox(db, LIST_LIMIT), limit: LIST_LIMIT })));

  app.get<{ Params: { id: string } }>("/dev/mail/:id", async (request, reply) => {
    const mail = await findOutboxMail(db, request.params.id);
    if (!mail) return reply.sendError("notFound", 404);
    return reply.render(h(OutboxMailPage, { mail }));
  });
}
