// The editor's lists: every service, location or life situation with its state and whether a working copy
// waits for publication, filtered by text (name or id) and state. Read from the tables, not the snapshot:
// the snapshot holds published entries only.
import { sql } from "kysely";
import { can, type Actor } from "../../identity/index.ts";
import type { Executor } from "../../../platform/db/index.ts";
import type { LocalizedText, PublicationState } from "../tables.ts";
import { ListEntriesInput } from "./editing-inputs.ts";

export interface CatalogueListItem {
  id: string;
  /** German name; of the working copy when there is one. */
  name: string;
  /** null for locations (no publication state). */
  state: PublicationState | null;
  /** A working copy waits for publication. */
  pending: boolean;
  /** A location that exists only as a working copy so far. */
  unpublished: boolean;
  departmentId: string | null;
  updatedAt: Date;
}

interface Row { id: string; name: LocalizedText; state: PublicationState | null; department_id: string | null; updated_at: Date }

async function liveRows(db: Executor, kind: ListEntriesInput["kind"]): Promise<Row[]> {
  if (kind === "service") return db.selectFrom("catalogue.service").select(["id", "name", "state", "department_id", "updated_at"]).execute();
  if (kind === "location") {
    return db.selectFrom("catalogue.location").select(["id", "name", sql<null>`null`.as("state"), "department_id", "updated_at"]).execute();
  }
  return db.selectFrom("catalogue.life_situation").select(["id", "name", "state", sql<null>`null`.as("department_id"), "updated_at"]).execute();
}

const fold = (s: string) => s.toLocaleLowerCase("de").normalize("NFD").replace(/\p{M}/gu, "");

/** Empty when the actor may not edit the catalogue. */
export async function listCatalogueEntries(db: Executor, actor: Actor, input: ListEntriesInput): Promise<CatalogueListItem[]> {
  if (!can(actor, "catalogue.edit")) return [];
  const { kind, text, state } = ListEntriesInput.parse(input);
  const rows = await liveRows(db, kind);
  const drafts = await db.selectFrom("catalogue.draft").select(["entry_id", "content", "updated_at"]).where("entry_kind", "=", kind).execute();
  const draftOf = new Map(drafts.map((d) => [d.entry_id, d]));
  const items: CatalogueListItem[] = rows.map((r) => {
    const draft = draftOf.get(r.id);
    draftOf.delete(r.id);
    const draftName = (draft?.content as { name?: unknown } | undefined)?.name;
    return {
      id: r.id, name: typeof draftName === "string" ? draftName : r.name.de, state: r.state, pending: draft !== undefined, unpublished: false,
      departmentId: r.department_id ?? ((draft?.content as { departmentId?: string } | undefined)?.departmentId ?? null),
      updatedAt: draft && draft.updated_at > r.updated_at ? draft.updated_at : r.updated_at,
    };
  });
  for (const [id, draft] of draftOf) {
    const content = draft.content as { name?: string; departmentId?: string };
    items.push({ id, name: content.name ?? id, state: null, pending: true, unpublished: true, departmentId: content.departmentId ?? null, updatedAt: draft.updated_at });
  }
  const needle = fold(text);
  const collator = new Intl.Collator("de-DE");
  return items
    .filter((i) => state === "all" || (state === "pending" ? i.pending : i.state === state))
    .filter((i) => needle === "" || fold(i.name).includes(needle) || i.id.includes(needle))
    .sort((a, b) => collator.compare(a.name, b.name));
}
