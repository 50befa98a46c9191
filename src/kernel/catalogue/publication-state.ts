// The publication lifecycle of services and life situations: draft → published → archived. Only
// published entries reach citizens; an archived entry comes back only through a new draft, so nothing
// returns to the public pages without passing through review again.
import type { PublicationState } from "./tables.ts";

export const publicationStates: readonly PublicationState[] = ["draft", "published", "archived"];

const allowed: Readonly<Record<PublicationState, readonly PublicationState[]>> = {
  draft: ["published", "archived"],
  published: ["archived"],
  archived: ["draft"],
};

/** Whether an entry may move from one state to another (staying put is always allowed). */
export function canChangeState(from: PublicationState, to: PublicationState): boolean {
  return from === to || allowed[from].includes(to);
}

/** The states an entry in `from` may move to, for the editor's buttons. */
export function nextStates(from: PublicationState): readonly PublicationState[] {
  return allowed[from];
}
