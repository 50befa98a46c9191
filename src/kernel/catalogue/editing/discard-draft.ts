// Throws an entry's working copy away: the live version stays as it is. For a location that was never
// published, that is the whole location.
import { recordAudit } from "../../audit/index.ts";
import { can, type Actor } from "../../identity/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import { readCurrentCatalogue } from "../current-rows.ts";
import { lockCatalogue, readEditableEntry } from "./editable-entry.ts";
import { EntryVersionInput } from "./editing-inputs.ts";
import type { EditingRefusal } from "./editing-result.ts";
import { parseEditingInput } from "./parse-editing-input.ts";

export type DiscardDraftResult = { ok: true; discarded: boolean } | EditingRefusal;

export async function discardCatalogueDraft(tx: Tx, actor: Actor, input: EntryVersionInput): Promise<DiscardDraftResult> {
  if (!can(actor, "catalogue.edit")) return { ok: false, reason: "forbidden" };
  const parsed = parseEditingInput(EntryVersionInput, input);
  if (!parsed.ok) return parsed;
  const { kind, id, version } = parsed.data;
  await lockCatalogue(tx);
  const entry = await readEditableEntry(tx, kind, id, await readCurrentCatalogue(tx));
  if (!entry) return { ok: false, reason: "not-found" };
  if (entry.version !== version) return { ok: false, reason: "conflict", entry };
  if (!entry.draft) return { ok: true, discarded: false };
  await tx.deleteFrom("catalogue.draft").where("entry_kind", "=", kind).where("entry_id", "=", id).execute();
  await recordAudit(tx, actor, `catalogue.${kind}-draft-discarded`, { type: kind, id });
  return { ok: true, discarded: true };
}
