// One catalogue entry as the editor sees it: what is live, the working copy (if any), the publication state
// and a version token for "someone else saved meanwhile". Also the two shared steps of every editing use
// case: checking an entry with the import's validator, and writing it with the import's writer.
import { sql } from "kysely";
import type { Tx } from "../../../platform/db/index.ts";
import { readCurrentCatalogue, type CurrentCatalogue } from "../current-rows.ts";
import type { LifeSituationInput, LocationInput, ServiceInput } from "../import-schema.ts";
import { desiredRows } from "../import-rows.ts";
import type { ImportProblem } from "../import-problems.ts";
import type { PublicationState } from "../tables.ts";
import { validateCatalogueFile, type KnownIds } from "../validate-catalogue-file.ts";
import { writeChanges } from "../write-changes.ts";
import type { EditableKind } from "./draft-table.ts";
import { lifeSituationFileEntry, locationFileEntry, serviceFileEntry } from "./file-entries.ts";

export type { EditableKind } from "./draft-table.ts";

/** The catalogue file's entry for each kind (import-schema.ts). */
export interface EntryContent {
  service: ServiceInput;
  location: LocationInput;
  "life-situation": LifeSituationInput;
}

export interface EditableEntry<K extends EditableKind = EditableKind> {
  kind: K;
  id: string;
  /** What citizens see now (for drafts: what was last written); null for a location not yet published. */
  live: EntryContent[K] | null;
  /** The working copy when there is one, else the live content: what the editor edits and the preview shows. */
  content: EntryContent[K];
  /** null for locations, which have no publication state. */
  state: PublicationState | null;
  draft: { version: number; updatedBy: string | null; updatedAt: Date } | null;
  /** Top-level fields in which the working copy differs from the live content (empty without one). */
  pendingFields: string[];
  /** Compared on every save and publication: it changes with any save, publication or import of this entry. */
  version: string;
}

const collections = { service: "services", location: "locations", "life-situation": "lifeSituations" } as const;

// The import's lock key (import-catalogue.ts): editors and imports write the catalogue in turns, so two
// saves of one entry, or a save during an import, never interleave.
const CATALOGUE_WRITE_LOCK = 7_374_616_476;

export async function lockCatalogue(tx: Tx): Promise<void> {
  await sql`select pg_advisory_xact_lock(${CATALOGUE_WRITE_LOCK})`.execute(tx);
}

function liveContent<K extends EditableKind>(current: CurrentCatalogue, kind: K, id: string): { content: EntryContent[K]; state: PublicationState | null } | null {
  if (kind === "service") {
    const c = current.services.get(id);
    return c ? { content: serviceFileEntry(c) as EntryContent[K], state: c.state ?? null } : null;
  }
  if (kind === "location") {
    const c = current.locations.get(id);
    return c ? { content: locationFileEntry(c) as EntryContent[K], state: null } : null;
  }
  const c = current.lifeSituations.get(id);
  return c ? { content: lifeSituationFileEntry(c) as EntryContent[K], state: c.state ?? null } : null;
}

/** Stable text of an entry without its state: object keys sorted, undefined left out. */
export function contentKey(entry: unknown): string {
  return JSON.stringify(entry, (key, v: unknown) =>
    key === "state" ? undefined : v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** Top-level fields that differ between two versions of an entry, for the audit record (never the texts themselves). */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== "state" && contentKey(a[k] ?? null) !== contentKey(b[k] ?? null)).sort();
}

async function updatedAt(tx: Tx, kind: EditableKind, id: string): Promise<{ updated_at: Date } | undefined> {
  if (kind === "service") return tx.selectFrom("catalogue.service").select("updated_at").where("id", "=", id).executeTakeFirst();
  if (kind === "location") return tx.selectFrom("catalogue.location").select("updated_at").where("id", "=", id).executeTakeFirst();
  return tx.selectFrom("catalogue.life_situation").select("updated_at").where("id", "=", id).executeTakeFirst();
}

/** The entry, or undefined when neither a live entry nor a working copy exists. `current` saves a re-read. */
export async function readEditableEntry<K extends EditableKind>(tx: Tx, kind: K, id: string, current?: CurrentCatalogue): Promise<EditableEntry<K> | undefined> {
  const catalogue = current ?? (await readCurrentCatalogue(tx));
  const live = liveContent(catalogue, kind, id);
  const stamp = await updatedAt(tx, kind, id);
  const draft = await tx.selectFrom("catalogue.draft").select(["content", "version", "updated_by", "updated_at"]).where("entry_kind", "=", kind).where("entry_id", "=", id).executeTakeFirst();
  if (!live && !draft) return undefined;
  return {
    kind, id,
    live: live?.content ?? null,
    content: (draft?.content as EntryContent[K] | undefined) ?? live!.content,
    state: live?.state ?? null,
    draft: draft ? { version: draft.version, updatedBy: draft.updated_by, updatedAt: draft.updated_at } : null,
    pendingFields: draft ? changedFields(live?.content ?? null, draft.content) : [],
    version: `${stamp ? new Date(stamp.updated_at).getTime() : 0}-${draft?.version ?? 0}`,
  };
}

export function knownIdsOf(current: CurrentCatalogue): KnownIds {
  return {
    departments: new Set(current.departments.keys()),
    locations: new Set(current.locations.keys()),
    services: new Set(current.services.keys()),
    lifeSituations: new Set(current.lifeSituations.keys()),
  };
}

/**
 * Checks one entry with the import's validator against what the database holds. Problems carry paths
 * inside the entry (`costs[1].amountCents`, `online.kind`), without the file's `services[0].` prefix.
 */
export function checkEntry<K extends EditableKind>(kind: K, entry: unknown, current: CurrentCatalogue): { ok: true; entry: EntryContent[K] } | { ok: false; problems: ImportProblem[] } {
  const collection = collections[kind];
  const result = validateCatalogueFile({ version: 1, [collection]: [entry] }, knownIdsOf(current));
  if (!result.ok) {
    const prefix = `${collection}[0]`;
    return { ok: false, problems: result.problems.map((p) => ({ ...p, path: p.path.startsWith(prefix) ? p.path.slice(prefix.length).replace(/^\./, "") : p.path })) };
  }
  return { ok: true, entry: result.catalogue[collection][0] as EntryContent[K] };
}

/**
 * Writes a checked entry to the live tables through the import's writer (only what differs). The state is
 * left alone unless given; a life situation keeps its place in the list (a new one goes last).
 */
export async function writeEntry(tx: Tx, kind: EditableKind, entry: EntryContent[EditableKind], current: CurrentCatalogue, state?: PublicationState): Promise<boolean> {
  const collection = collections[kind];
  // The state is written only when given: the import then leaves it alone (and locations have none).
  const { state: _stored, ...content } = entry as EntryContent["service"];
  const withState = state === undefined ? content : { ...content, state };
  const checked = validateCatalogueFile({ version: 1, [collection]: [withState] }, knownIdsOf(current));
  if (!checked.ok) throw new Error(`entry was checked before writing: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  const desired = desiredRows(checked.catalogue);
  for (const ls of desired.lifeSituations) {
    const positions = [...current.lifeSituations.values()].map((c) => c.row.position);
    ls.row.position = current.lifeSituations.get(ls.row.id)?.row.position ?? (positions.length > 0 ? Math.max(...positions) + 1 : 0);
  }
  const changes = await writeChanges(tx, desired, current);
  return changes.changedIds[collection].length > 0;
}
