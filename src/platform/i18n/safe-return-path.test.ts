import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./index.ts";

describe("safeReturnPath", () => {
  it("keeps paths on this site with their query and fragment", () => {
    expect(safeReturnPath("/konto/postkorb?seite=2#neu")).toBe("/konto/postkorb?seite=2#neu");
    expect(safeReturnPath("/leistungen/reisepass-beantragen")).toBe("/leistungen/reisepass-beantragen");
  });

  it("sends everything that could leave the site to the start page", () => {
    for (const evil of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r/evil.example",
      "/%09/evil.example".replace("%09", "\t"),
      "\\\\evil.example",
      "javascript:alert(1)",
      "",
      undefined,
      42,
    ]) {
      const result = safeReturnPath(evil);
      expect(result.startsWith("/") && !result.startsWith("//") && !result.includes("evil.example/")).toBe(true);
    }
    expect(safeReturnPath("/\t/evil.example")).toBe("/");
  });
});
