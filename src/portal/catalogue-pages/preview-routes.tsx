// Previews of the catalogue editor's working copies at /vorschau/…: the portal's own page components render
// the saved, unpublished version, so editors see exactly what citizens will see. Only for staff who may edit
// the catalogue; never indexed, never cached, never counted as use; a banner says it is not published.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { h, type ComponentChildren } from "preact";
import { renderToString } from "preact-render-to-string";
import { previewCatalogueEntry, type CataloguePreview, type EditableKind } from "../../kernel/catalogue/index.ts";
import { can } from "../../kernel/identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import { NotificationBanner, renderPage } from "../../platform/html/index.ts";
import { defineMessages, type Locale } from "../../platform/i18n/index.ts";
import type { CataloguePageOptions } from "./catalogue-page-routes.ts";
import { LifeSituationPage } from "./life-situation-pages.tsx";
import { LocationPage } from "./place-pages.tsx";
import { ServicePage } from "./service-page.tsx";

export interface PreviewOptions extends CataloguePageOptions {
  db: Db;
}

const previewMessages = defineMessages({
  de: {
    title: "Vorschau – nicht veröffentlicht",
    body: "So sieht die Seite nach dem Veröffentlichen aus. Bürgerinnen und Bürger sehen diese Fassung noch nicht.",
    back: "Zurück zum Bearbeiten",
  },
  en: {
    title: "Preview – not published",
    body: "This is how the page will look once published. Citizens do not see this version yet.",
    back: "Back to editing",
  },
});

const segments: Record<EditableKind, string> = { service: "leistungen", location: "standorte", "life-situation": "lebenslagen" };

function Banner({ locale, kind, id }: { locale: Locale; kind: EditableKind; id: string }) {
  const m = previewMessages.in(locale);
  return (
    <div data-preview-banner>
      <NotificationBanner title={m.title} tone="warning">
        <p class="kern-body">{m.body}</p>
        <p class="kern-body">
          <a class="kern-link" href={`/verwaltung/katalog/${segments[kind]}/${id}`}>
            {m.back}
          </a>
        </p>
      </NotificationBanner>
    </div>
  );
}

export async function previewRoutes(app: FastifyInstance, options: PreviewOptions): Promise<void> {
  const { catalogue, db } = options;
  const now = options.now ?? (() => new Date());
  const base = options.publicUrl.replace(/\/+$/, "");

  function pageFor(preview: CataloguePreview, snapshot: Awaited<ReturnType<typeof catalogue.get>>): ComponentChildren {
    if (preview.kind === "service") {
      const { service } = preview;
      return h(ServicePage, { service, catalogue: snapshot, now: now(), usedTogether: [], url: `${base}/leistungen/${service.id}` });
    }
    if (preview.kind === "location") return h(LocationPage, { location: preview.location, catalogue: snapshot, now: now() });
    return h(LifeSituationPage, { situation: preview.situation, catalogue: snapshot });
  }

  async function preview(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, kind: EditableKind) {
    if (!can(request.actor, "catalogue.edit")) return reply.sendError("forbidden", 403);
    const snapshot = await catalogue.get();
    const found = await inTransaction(db, (tx) => previewCatalogueEntry(tx, request.actor, kind, request.params.id, snapshot));
    if (!found) return reply.sendError("notFound", 404);
    // The page components draw their own frame; the banner goes first into <main>, a robots meta into <head>.
    const html = renderPage(request.pageContext(reply), pageFor(found, snapshot))
      .replace("</head>", '<meta name="robots" content="noindex, nofollow"></head>')
      .replace(/<main\b[^>]*>/, (main) => main + renderToString(h(Banner, { locale: request.locale, kind, id: request.params.id })));
    return reply.header("x-robots-tag", "noindex, nofollow").sendHtml(html);
  }

  for (const kind of ["service", "location", "life-situation"] as const) {
    app.get<{ Params: { id: string } }>(`/vorschau/${segments[kind]}/:id`, (request, reply) => preview(request, reply, kind));
  }
}
