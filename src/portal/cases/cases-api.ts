// GET /api/v1/cases/{reference}: a public case for programs (city apps, open-data portals) — the same facts
// as its public page. The response schema is the allow-list: description, names, contact and internal
// entries are not in it, and findPublicCase never reads them for this audience anyway.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { CatalogueCache } from "../../kernel/catalogue/index.ts";
import { findPublicCase, referencePattern } from "../../kernel/cases/index.ts";
import type { Db } from "../../platform/db/index.ts";
import { defineApiRoute, defineApiTag, documented } from "../../platform/api/index.ts";
import { sendApiError } from "../../platform/http/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";
import { citizenState, departmentName, kindLabel } from "./case-texts.ts";
import { casesApiMessages as msg } from "./cases-api-messages.ts";

type Key = keyof ReturnType<typeof msg.in>;
const text = (key: Key) => (locale: Locale) => msg.in(locale)[key] as string;
const doc = <T extends z.ZodType>(schema: T, key: Key): T => documented(schema, text(key));

const CaseParams = z.object({ reference: doc(z.string().regex(referencePattern), "reference") });

const Labelled = (idKey: Key, labelKey: Key) => z.object({ id: doc(z.string(), idKey), label: doc(z.string(), labelKey) });

const PublicTimelineEntry = z
  .object({
    type: doc(z.enum(["created", "state-changed", "public-update", "attachment"]), "entryType"),
    createdAt: doc(z.iso.datetime(), "createdAt"),
    state: doc(Labelled("stateId", "stateLabel").nullable(), "entryState"),
    text: doc(z.string().nullable(), "entryText"),
  })
  .meta({ id: "PublicCaseTimelineEntry" });

const PublicCase = z
  .object({
    reference: doc(z.string(), "reference"),
    url: doc(z.url(), "url"),
    kind: doc(Labelled("kindId", "kindLabel"), "kind"),
    title: doc(z.string(), "title"),
    state: doc(Labelled("stateId", "stateLabel"), "state"),
    isOpen: doc(z.boolean(), "isOpen"),
    department: doc(z.object({ id: doc(z.string(), "departmentId"), name: doc(z.string(), "departmentName") }), "department"),
    openedAt: doc(z.iso.datetime(), "openedAt"),
    closedAt: doc(z.iso.datetime().nullable(), "closedAt"),
    timeline: doc(z.array(PublicTimelineEntry), "timeline"),
  })
  .meta({ id: "PublicCase" });

const publicTypes = new Set(["created", "state-changed", "public-update", "attachment"]);

export async function casesApi(app: FastifyInstance, options: { db: Db; catalogue: CatalogueCache; publicUrl: string }): Promise<void> {
  const { db, catalogue, publicUrl } = options;
  defineApiTag(app, "cases", text("tagTitle"), text("tagDescription"));

  defineApiRoute(app, {
    method: "GET",
    url: "/cases/:reference",
    operationId: "getPublicCase",
    tags: ["cases"],
    summary: text("getSummary"),
    description: text("getDescription"),
    params: CaseParams,
    responses: { 200: PublicCase, 404: text("notFound") },
    handler: async ({ params, locale, reply }) => {
      const found = await findPublicCase(db, params.reference);
      if (!found) return sendApiError(reply, 404, { error: "not_found", message: msg.in(locale).notFound });
      const snapshot = await catalogue.get();
      const stateOf = (state: string) => ({ id: state, label: citizenState(found.kind, state, locale).label });
      return {
        reference: found.reference,
        url: `${publicUrl}/vorgaenge/${found.reference}`,
        kind: { id: found.kind, label: kindLabel(found.kind, locale) },
        title: found.title,
        state: stateOf(found.state),
        isOpen: found.isOpen,
        department: { id: found.departmentId, name: departmentName(snapshot, found.departmentId, locale) },
        openedAt: found.openedAt.toISOString(),
        closedAt: found.closedAt?.toISOString() ?? null,
        timeline: found.timeline
          .filter((e) => publicTypes.has(e.type))
          .map((e) => ({
            type: e.type as "created" | "state-changed" | "public-update" | "attachment",
            createdAt: e.createdAt.toISOString(),
            state: e.type === "state-changed" && e.toState ? stateOf(e.toState) : null,
            text: e.author.kind === "staff" || e.author.kind === "system" ? e.body : null,
          })),
      };
    },
  });
}
