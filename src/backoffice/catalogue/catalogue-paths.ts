// Where each kind of entry lives: in the editor, in the portal, and in the portal's preview.
import type { EditableKind } from "../../kernel/catalogue/index.ts";

export const editableKinds: readonly EditableKind[] = ["service", "location", "life-situation"];

const segments: Record<EditableKind, string> = { service: "leistungen", location: "standorte", "life-situation": "lebenslagen" };

export const listPath = (kind: EditableKind) => `/verwaltung/katalog/${segments[kind]}`;
/** New entries have an address of their own, so no entry id (not even "neu") can clash with it. */
export const newPath = (kind: EditableKind) => `/verwaltung/katalog/neu/${segments[kind]}`;
export const editPath = (kind: EditableKind, id: string) => `${listPath(kind)}/${id}`;
/** The citizens' page (exists only while the entry is published). */
export const livePath = (kind: EditableKind, id: string) => `/${segments[kind]}/${id}`;
/** The portal's preview of the working copy (portal/catalogue-pages/preview-routes.ts). */
export const previewPath = (kind: EditableKind, id: string) => `/vorschau/${segments[kind]}/${id}`;
