// Publishes an entry: its working copy (if any) is written to the live tables through the import's writer
// and a draft becomes published, all in one transaction. The caller commits and then calls
// CatalogueCache.invalidate(), so the public pages show the new version at once.
import { recordAudit } from "../../audit/index.ts";
import { can, type Actor } from "../../identity/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import { changePublicationState } from "../change-publication-state.ts";
import { readCurrentCatalogue } from "../current-rows.ts";
import { changedFields, checkEntry, lockCatalogue, readEditableEntry, writeEntry } from "./editable-entry.ts";
import { EntryVersionInput } from "./editing-inputs.ts";
import type { EditingRefusal } from "./editing-result.ts";
import { parseEditingInput } from "./parse-editing-input.ts";

export type PublishEntryResult = { ok: true; changed: boolean } | EditingRefusal;

export async function publishCatalogueEntry(tx: Tx, actor: Actor, input: EntryVersionInput): Promise<PublishEntryResult> {
  if (!can(actor, "catalogue.publish")) return { ok: false, reason: "forbidden" };
  const parsed = parseEditingInput(EntryVersionInput, input);
  if (!parsed.ok) return parsed;
  const { kind, id, version } = parsed.data;
  await lockCatalogue(tx);
  const current = await readCurrentCatalogue(tx);
  const entry = await readEditableEntry(tx, kind, id, current);
  if (!entry) return { ok: false, reason: "not-found" };
  if (entry.version !== version) return { ok: false, reason: "conflict", entry };
  // An archived entry returns only through a new draft (publication-state.ts).
  if (entry.state === "archived") return { ok: false, reason: "not-allowed" };

  let changed = false;
  if (entry.draft) {
    // Checked again: what it refers to may have changed since it was saved.
    const checked = checkEntry(kind, entry.content, current);
    if (!checked.ok) return { ok: false, reason: "invalid", problems: checked.problems };
    changed = await writeEntry(tx, kind, checked.entry, current);
    await tx.deleteFrom("catalogue.draft").where("entry_kind", "=", kind).where("entry_id", "=", id).execute();
    await recordAudit(tx, actor, `catalogue.${kind}-changes-published`, { type: kind, id }, { fields: changedFields(entry.live, checked.entry), created: entry.live === null });
  }
  if (kind !== "location" && entry.state === "draft") {
    const moved = await changePublicationState(tx, actor, kind, id, "published");
    if (!moved.ok) return { ok: false, reason: moved.reason };
    changed = true;
  }
  return { ok: true, changed };
}
