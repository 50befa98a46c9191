// The answers editing use cases give besides success, shared so that routes handle them in one way.
import type { ImportProblem } from "../import-problems.ts";
import type { EditableEntry } from "./editable-entry.ts";

export type EditingRefusal =
  | { ok: false; reason: "forbidden" }
  | { ok: false; reason: "not-found" }
  /** The entry failed the import's checks; paths are inside the entry (`costs[0].label`). */
  | { ok: false; reason: "invalid"; problems: ImportProblem[] }
  /** Someone saved, published or imported this entry since the editor opened it; `entry` is how it is now. */
  | { ok: false; reason: "conflict"; entry: EditableEntry }
  /** The state does not allow it (publishing an archived entry). */
  | { ok: false; reason: "not-allowed" }
  /** A value the editor never types (the version token) was missing or garbled: a broken or tampered form. */
  | { ok: false; reason: "bad-request" };
