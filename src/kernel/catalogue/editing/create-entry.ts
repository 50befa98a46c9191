// Creates a catalogue entry from the editor. Services and life situations start as drafts in the live tables
// (their state keeps them off the public pages); a new location, which has no state, exists only as a working
// copy until its first publication.
import { recordAudit } from "../../audit/index.ts";
import { can, type Actor } from "../../identity/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import { readCurrentCatalogue } from "../current-rows.ts";
import { jsonb } from "../write-changes.ts";
import { checkEntry, lockCatalogue, readEditableEntry, writeEntry } from "./editable-entry.ts";
import { CreateEntryInput } from "./editing-inputs.ts";
import type { EditingRefusal } from "./editing-result.ts";
import { parseEditingInput } from "./parse-editing-input.ts";

export type CreateEntryResult = { ok: true; id: string } | { ok: false; reason: "taken" } | EditingRefusal;

export async function createCatalogueEntry(tx: Tx, actor: Actor, input: CreateEntryInput): Promise<CreateEntryResult> {
  if (!can(actor, "catalogue.edit")) return { ok: false, reason: "forbidden" };
  const parsed = parseEditingInput(CreateEntryInput, input);
  if (!parsed.ok) return parsed;
  const { kind, content } = parsed.data;
  await lockCatalogue(tx);
  const current = await readCurrentCatalogue(tx);
  if (await readEditableEntry(tx, kind, content.id, current)) return { ok: false, reason: "taken" };
  const entry: Record<string, unknown> = { ...content };
  delete entry.state;
  const checked = checkEntry(kind, entry, current);
  if (!checked.ok) return { ok: false, reason: "invalid", problems: checked.problems };
  if (kind === "location") {
    await tx.insertInto("catalogue.draft").values({ entry_kind: kind, entry_id: content.id, content: jsonb(checked.entry), updated_by: actor.kind === "staff" ? actor.id : null }).execute();
  } else {
    await writeEntry(tx, kind, checked.entry, current, "draft");
  }
  await recordAudit(tx, actor, `catalogue.${kind}-created`, { type: kind, id: content.id });
  return { ok: true, id: content.id };
}
