// Archives an entry or brings an archived one back as a draft, from the editor: the permission and the
// "nobody changed it meanwhile" check around the catalogue's own changePublicationState (which audits).
import { can, type Actor } from "../../identity/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import { changePublicationState } from "../change-publication-state.ts";
import { readCurrentCatalogue } from "../current-rows.ts";
import { lockCatalogue, readEditableEntry } from "./editable-entry.ts";
import { ChangeEntryStateInput } from "./editing-inputs.ts";
import type { EditingRefusal } from "./editing-result.ts";
import { parseEditingInput } from "./parse-editing-input.ts";

export type ChangeEntryStateResult = { ok: true } | EditingRefusal;

export async function changeCatalogueEntryState(tx: Tx, actor: Actor, input: ChangeEntryStateInput): Promise<ChangeEntryStateResult> {
  if (!can(actor, "catalogue.publish")) return { ok: false, reason: "forbidden" };
  const parsed = parseEditingInput(ChangeEntryStateInput, input);
  if (!parsed.ok) return parsed;
  const { kind, id, version, to } = parsed.data;
  await lockCatalogue(tx);
  const entry = await readEditableEntry(tx, kind, id, await readCurrentCatalogue(tx));
  if (!entry) return { ok: false, reason: "not-found" };
  if (entry.version !== version) return { ok: false, reason: "conflict", entry };
  const moved = await changePublicationState(tx, actor, kind, id, to);
  return moved.ok ? { ok: true } : { ok: false, reason: moved.reason };
}
