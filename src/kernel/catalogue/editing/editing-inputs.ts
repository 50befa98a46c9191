// zod inputs of the editing use cases. The entry itself is checked by the import's schema (import-schema.ts)
// inside the use case, against the database, so here it is only "an object".
import { z } from "zod";
import { EntryId } from "../import-schema.ts";

export const EditableKindInput = z.enum(["service", "location", "life-situation"]);
/** The token the editor's form carried (EditableEntry.version). */
const Version = z.string().regex(/^\d+-\d+$/).max(40);
const Content = z.record(z.string(), z.unknown());

export const SaveDraftInput = z.object({ kind: EditableKindInput, id: EntryId, version: Version, content: Content });
export type SaveDraftInput = z.input<typeof SaveDraftInput>;

export const CreateEntryInput = z.object({ kind: EditableKindInput, content: Content.and(z.object({ id: EntryId })) });
export type CreateEntryInput = z.input<typeof CreateEntryInput>;

/** Publish or discard the working copy of one entry. */
export const EntryVersionInput = z.object({ kind: EditableKindInput, id: EntryId, version: Version });
export type EntryVersionInput = z.input<typeof EntryVersionInput>;

export const ChangeEntryStateInput = z.object({
  kind: z.enum(["service", "life-situation"]),
  id: EntryId,
  version: Version,
  to: z.enum(["draft", "archived"]),
});
export type ChangeEntryStateInput = z.input<typeof ChangeEntryStateInput>;

export const ListEntriesInput = z.object({
  kind: EditableKindInput,
  text: z.string().trim().max(200).default(""),
  /** "pending": entries with a working copy waiting to be published. */
  state: z.enum(["all", "draft", "published", "archived", "pending"]).default("all"),
});
export type ListEntriesInput = z.input<typeof ListEntriesInput>;
