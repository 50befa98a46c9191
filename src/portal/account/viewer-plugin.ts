// Tells the site frame who is logged in (name, personal links, logout), from the session's actor.
// Runs after the session plugin; anonymous requests cost nothing, a citizen's one indexed unread count.
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Viewer } from "../../platform/html/index.ts";
import type { Actor } from "../../kernel/identity/index.ts";
import { countUnreadMessages } from "../../kernel/mailbox/index.ts";
import type { Db } from "../../platform/db/index.ts";
import { postkorbLink } from "./postkorb-messages.ts";

/** `unread`: the citizen's unread Postkorb messages, shown in the link's text. */
export function viewerFor(actor: Actor, unread = 0): Viewer | undefined {
  if (actor.kind === "citizen") {
    return {
      displayName: actor.displayName,
      links: [
        { href: "/konto", label: { de: "Mein Konto", en: "My account" } },
        postkorbLink(unread),
      ],
      logoutAction: "/konto/abmelden",
    };
  }
  if (actor.kind === "staff") {
    return {
      displayName: actor.displayName,
      links: [{ href: "/verwaltung", label: { de: "Verwaltung", en: "Back office" } }],
      logoutAction: "/verwaltung/abmelden",
    };
  }
  return undefined;
}

// Assets and the JSON API draw no header, so they skip the unread count.
const withoutHeader = /^\/(assets|api)\//;

async function viewer(app: FastifyInstance, options: { db?: Db }): Promise<void> {
  // Anonymous visits (most of them) stay synchronous: no promise, no query.
  app.addHook("onRequest", (request, _reply, done) => {
    const { actor } = request;
    const { db } = options;
    if (actor.kind !== "citizen" || !db || withoutHeader.test(request.url)) {
      request.viewer = viewerFor(actor, 0);
      done();
      return;
    }
    countUnreadMessages(db, actor.id).then((unread) => {
      request.viewer = viewerFor(actor, unread);
      done();
    }, done);
  });
}

export const viewerPlugin = fp(viewer, { name: "stadttor-viewer", dependencies: ["stadttor-sessions"] });
