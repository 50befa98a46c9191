// Routes of the Postkorb under /konto/postkorb. Only a logged-in citizen has one; every lookup is by the
// citizen's own account, so someone else's message id answers 404 exactly like an id that never existed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { h } from "preact";
import { changeMessageState, countUnreadMessages, findMessage, isMessageId, listMessages, mailboxOwner, type MailboxBox } from "../../kernel/mailbox/index.ts";
import type { MessageEvent } from "../../kernel/mailbox/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import { PostkorbListPage } from "./postkorb-list-page.tsx";
import { PostkorbMessagePage, type PostkorbNotice } from "./postkorb-message-page.tsx";
import { viewerFor } from "./viewer-plugin.ts";

export interface PostkorbOptions {
  db: Db;
}

interface ListQuery {
  ansicht?: string;
  seite?: string;
}

const notices: Record<string, PostkorbNotice> = { archiviert: "archived", zurueckgeholt: "unarchived" };

/** The account id of a logged-in citizen, or undefined after answering: login for nobody, 403 for staff. */
function ownerOrAnswer(request: FastifyRequest, reply: FastifyReply): string | undefined {
  const owner = mailboxOwner(request.actor);
  if (owner !== undefined) return owner;
  if (request.actor.kind === "anonymous") {
    // After a POST the form is gone: come back to the page it was on.
    const back = request.method === "GET" ? request.url : request.url.replace(/\/(archivieren|zurueckholen)$/, "");
    void reply.redirect(`/konto/anmelden?zurueck=${encodeURIComponent(back)}`, 303);
  } else {
    void reply.sendError("forbidden", 403);
  }
  return undefined;
}

function pageNumber(value: string | undefined): number {
  return value && /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : 1;
}

export async function postkorbRoutes(app: FastifyInstance, options: PostkorbOptions): Promise<void> {
  const { db } = options;

  app.get<{ Querystring: ListQuery }>("/konto/postkorb", async (request, reply) => {
    const owner = ownerOrAnswer(request, reply);
    if (owner === undefined) return reply;
    const box: MailboxBox = request.query.ansicht === "archiv" ? "archive" : "inbox";
    const list = await listMessages(db, owner, box, pageNumber(request.query.seite));
    return reply.render(h(PostkorbListPage, { box, list }));
  });

  app.get<{ Params: { id: string }; Querystring: { hinweis?: string } }>("/konto/postkorb/:id", async (request, reply) => {
    const owner = ownerOrAnswer(request, reply);
    if (owner === undefined) return reply;
    const { id } = request.params;
    if (!isMessageId(id)) return reply.sendError("notFound", 404);
    // Opening marks it read (the state machine ignores it for read and archived ones); then read it back.
    const opened = await inTransaction(db, (tx) => changeMessageState(request.actor, { messageId: id, event: "open" }, tx));
    if (!opened.ok) return reply.sendError("notFound", 404);
    // The header counted before this message was opened; the page that opens it shows the new count.
    if (opened.changed) request.viewer = viewerFor(request.actor, await countUnreadMessages(db, owner));
    const message = await findMessage(db, owner, id);
    if (!message) return reply.sendError("notFound", 404);
    return reply.render(h(PostkorbMessagePage, { message, notice: notices[request.query.hinweis ?? ""] }));
  });

  const move = (path: string, event: MessageEvent, notice: string) =>
    app.post<{ Params: { id: string } }>(`/konto/postkorb/:id/${path}`, async (request, reply) => {
      const owner = ownerOrAnswer(request, reply);
      if (owner === undefined) return reply;
      const { id } = request.params;
      if (!isMessageId(id)) return reply.sendError("notFound", 404);
      const result = await inTransaction(db, (tx) => changeMessageState(request.actor, { messageId: id, event }, tx));
      if (!result.ok) return reply.sendError("notFound", 404);
      return reply.redirect(`/konto/postkorb/${id}?hinweis=${notice}`, 303);
    });
  move("archivieren", "archive", "archiviert");
  move("zurueckholen", "unarchive", "zurueckgeholt");
}
