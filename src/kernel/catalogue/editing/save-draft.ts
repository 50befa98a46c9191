// Saves an editor's changes as the entry's working copy. Nothing citizens see changes: the live tables are
// written only on publication. A save based on an older version than the stored one is refused, so a
// second editor never silently overwrites the first one's work.
import { sql } from "kysely";
import { recordAudit } from "../../audit/index.ts";
import { can, type Actor } from "../../identity/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import { readCurrentCatalogue } from "../current-rows.ts";
import { jsonb } from "../write-changes.ts";
import { changedFields, checkEntry, contentKey, lockCatalogue, readEditableEntry } from "./editable-entry.ts";
import { SaveDraftInput } from "./editing-inputs.ts";
import type { EditingRefusal } from "./editing-result.ts";
import { parseEditingInput } from "./parse-editing-input.ts";

export type SaveDraftResult = { ok: true; pending: boolean; changed: string[] } | EditingRefusal;

export async function saveCatalogueDraft(tx: Tx, actor: Actor, input: SaveDraftInput): Promise<SaveDraftResult> {
  if (!can(actor, "catalogue.edit")) return { ok: false, reason: "forbidden" };
  const parsed = parseEditingInput(SaveDraftInput, input);
  if (!parsed.ok) return parsed;
  const { kind, id, version, content } = parsed.data;
  await lockCatalogue(tx);
  const current = await readCurrentCatalogue(tx);
  const entry = await readEditableEntry(tx, kind, id, current);
  if (!entry) return { ok: false, reason: "not-found" };
  if (entry.version !== version) return { ok: false, reason: "conflict", entry };

  // The state changes only through publication and archiving, never with the content.
  const edited: Record<string, unknown> = { ...content, id };
  delete edited.state;
  const checked = checkEntry(kind, edited, current);
  if (!checked.ok) return { ok: false, reason: "invalid", problems: checked.problems };

  const changed = changedFields(entry.content, checked.entry);
  // Back to exactly what is live: no working copy is left waiting.
  const pending = entry.live === null || contentKey(checked.entry) !== contentKey(entry.live);
  if (!pending) {
    await tx.deleteFrom("catalogue.draft").where("entry_kind", "=", kind).where("entry_id", "=", id).execute();
  } else if (entry.draft) {
    await tx
      .updateTable("catalogue.draft")
      .set({ content: jsonb(checked.entry), version: sql<number>`nextval('catalogue.draft_version')`, updated_by: actor.kind === "staff" ? actor.id : null, updated_at: new Date() })
      .where("entry_kind", "=", kind)
      .where("entry_id", "=", id)
      .execute();
  } else {
    await tx.insertInto("catalogue.draft").values({ entry_kind: kind, entry_id: id, content: jsonb(checked.entry), updated_by: actor.kind === "staff" ? actor.id : null }).execute();
  }
  if (changed.length > 0 || !pending) await recordAudit(tx, actor, `catalogue.${kind}-draft-saved`, { type: kind, id }, { fields: changed, pending });
  return { ok: true, pending, changed };
}
