// The publication lifecycle as a pure rule: draft → published → archived, and back only through a draft.
import { describe, expect, it } from "vitest";
import { canChangeState, nextStates, publicationStates } from "./index.ts";

describe("publication states", () => {
  it("allow exactly these moves", () => {
    const moves = publicationStates.flatMap((from) => publicationStates.filter((to) => to !== from && canChangeState(from, to)).map((to) => `${from}→${to}`));
    expect(moves).toEqual(["draft→published", "draft→archived", "published→archived", "archived→draft"]);
    expect(publicationStates.every((s) => canChangeState(s, s))).toBe(true);
    expect(nextStates("published")).toEqual(["archived"]);
  });
});
