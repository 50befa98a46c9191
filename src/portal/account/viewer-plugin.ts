// Tells the site frame who is logged in (name, personal links, logout), from the session's actor.
// Runs after the session plugin; anonymous requests cost nothing.
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Viewer } from "../../platform/html/index.ts";
import type { Actor } from "../../kernel/identity/index.ts";

export function viewerFor(actor: Actor): Viewer | undefined {
  if (actor.kind === "citizen") {
    return {
      displayName: actor.displayName,
      links: [
        { href: "/konto", label: { de: "Mein Konto", en: "My account" } },
        { href: "/konto/postkorb", label: { de: "Postkorb", en: "Mailbox" } },
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

async function viewer(app: FastifyInstance): Promise<void> {
  app.addHook("onRequest", async (request) => {
    request.viewer = viewerFor(request.actor);
  });
}

export const viewerPlugin = fp(viewer, { name: "stadttor-viewer", dependencies: ["stadttor-sessions"] });
