// The acr values of BundID (STORK) and eIDAS map to our levels; anything else gives no level.
import { describe, expect, it } from "vitest";
import { trustLevelFromAcr } from "./trust-level.ts";

describe("trustLevelFromAcr", () => {
  it("maps BundID's STORK levels", () => {
    expect(trustLevelFromAcr("STORK-QAA-Level-1")).toBe("level1");
    expect(trustLevelFromAcr("STORK-QAA-Level-3")).toBe("level3");
    expect(trustLevelFromAcr("STORK-QAA-Level-4")).toBe("level4");
  });

  it("maps the eIDAS levels of assurance", () => {
    expect(trustLevelFromAcr("http://eidas.europa.eu/LoA/low")).toBe("level1");
    expect(trustLevelFromAcr("http://eidas.europa.eu/LoA/substantial")).toBe("level3");
    expect(trustLevelFromAcr("http://eidas.europa.eu/LoA/high")).toBe("level4");
  });

  it("gives no level for unknown, empty or missing values", () => {
    expect(trustLevelFromAcr("urn:example:gold")).toBeUndefined();
    expect(trustLevelFromAcr("")).toBeUndefined();
    expect(trustLevelFromAcr(undefined)).toBeUndefined();
    expect(trustLevelFromAcr(3)).toBeUndefined();
  });
});
