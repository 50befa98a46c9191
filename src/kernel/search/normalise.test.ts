// Normalisation and stemming: the spellings people use for one word meet in one form.
import { describe, expect, it } from "vitest";
import { editDistance } from "./edit-distance.ts";
import { stemEnglish } from "./english-stemmer.ts";
import { canonical, germanWord, rawTokens } from "./normalise.ts";

describe("normalisation", () => {
  it("folds umlauts, their ae/oe/ue spelling and ß", () => {
    expect(new Set(["Führerschein", "Fuehrerschein", "fuhrerschein"].map(canonical))).toEqual(new Set(["fuhrerschein"]));
    expect(canonical("Straße")).toBe(canonical("strasse"));
    // "eue" is no umlaut: Steuer keeps its e.
    expect(canonical("Hundesteuer")).toBe("hundesteuer");
  });

  it("splits text into words, keeping hyphenated compounds whole too", () => {
    expect(rawTokens("Kita-Platz für E-Books")).toEqual(["kita", "platz", "kitaplatz", "für", "e", "books", "ebooks"]);
    expect(rawTokens("Kita-Platz", false)).toEqual(["kita", "platz"]);
    expect(rawTokens("Café, driver's licence")).toEqual(["cafe", "driver", "licence"]);
  });

  it("stems German inflections and derivations to one stem", () => {
    const stem = (w: string) => germanWord(w).stem;
    expect(stem("Anträge")).toBe(stem("Antrag"));
    expect(stem("Abfälle")).toBe(stem("Abfall"));
    expect(stem("Anmeldung")).toBe(stem("anmelden"));
    expect(stem("Genehmigung")).toBe(stem("genehmigen"));
    expect(stem("Kinder")).toBe(stem("Kind"));
  });

  it("stems English plurals and -ed/-ing", () => {
    expect(stemEnglish("permits")).toBe("permit");
    expect(stemEnglish("married")).toBe(stemEnglish("marry"));
    expect(stemEnglish("libraries")).toBe("librari");
  });

  it("counts typos, swapped letters as one", () => {
    expect(editDistance("anmeldne", "anmelden", 2)).toBe(1);
    expect(editDistance("biotone", "biotonne", 2)).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
  });
});
