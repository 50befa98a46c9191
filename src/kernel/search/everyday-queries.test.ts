// kernel/search on how people actually type: words in any order, colloquial short forms, hyphenated
// English, typos of words only the lexicon knows, first letters spelled by sound, countries as "abroad".
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, documentsFromCatalogueFile, search, type CatalogueFileContent, type SearchIndex } from "./index.ts";
import { lexicon, phraseKey } from "./lexicon.ts";

let catalogue: SearchIndex;
const top = (index: SearchIndex, q: string) => search(index, q).hits[0]?.id;

beforeAll(() => {
  const file = JSON.parse(readFileSync(new URL("../../../../shared/data/munich-catalogue.json", import.meta.url), "utf8")) as CatalogueFileContent;
  catalogue = buildSearchIndex(documentsFromCatalogueFile(file));
});

describe("phrases of the lexicon", () => {
  const small = buildSearchIndex([
    { id: "birth", name: { de: "Geburt beurkunden" }, popularity: 10 },
    { id: "passport", name: { de: "Kinderreisepass" }, popularity: 60 },
    { id: "business", name: { de: "Gewerbe anmelden" } },
    { id: "residence", name: { de: "Wohnsitz anmelden" }, popularity: 90 },
  ]);

  it("match their words in any order", () => {
    expect(top(small, "kind bekommen")).toBe("birth");
    expect(top(small, "wir bekommen bald ein kind")).toBe("birth");
  });

  it("match hyphenated words typed with or without the hyphen", () => {
    expect(top(small, "register as self-employed")).toBe("business");
    expect(top(small, "self employed register")).toBe("business");
    expect(lexicon().get(phraseKey("self employed"))?.some((e) => e.stem === phraseKey("gewerbe"))).toBe(true);
  });

  it("never shrink to a single word when their stop words go", () => {
    // "auf der Straße" (homeless) must not make every "Straße" mean homelessness.
    const street = lexicon().get(phraseKey("straße")) ?? [];
    expect(street.some((e) => e.stem === phraseKey("obdachlos"))).toBe(false);
  });
});

describe("forms the stemmer does not join", () => {
  const small = buildSearchIndex([
    { id: "lookup", name: { de: "Melderegisterauskunft" }, synonyms: ["Adresse herausfinden"] },
    { id: "report", name: { de: "Mangel melden" }, synonyms: ["Mängelmelder"] },
    { id: "paternity", name: { de: "Vaterschaft anerkennen" } },
    { id: "vehicle", name: { de: "Fahrzeug zulassen" }, synonyms: ["Kfz-Zulassung"] },
    { id: "waste", name: { de: "Abfall abholen" } },
  ]);

  it("reads colloquial raus- as heraus-, also as a separated particle", () => {
    expect(top(small, "adresse rausfinden")).toBe("lookup");
    expect(top(small, "wie finde ich eine adresse raus")).toBe("lookup");
  });

  it("finds lexicon words through plural forms in -n", () => {
    expect(top(small, "ampeln kaputt")).toBe("report");
  });

  it("forgives a first letter written as it sounds (f/v, k/c/ch, i/j/y)", () => {
    expect(top(small, "faterschaft")).toBe("paternity");
    expect(search(small, "faterschaft").didYouMean).toBe("vaterschaft");
  });

  it("corrects typos of words only the lexicon knows, and says so", () => {
    const result = search(small, "motorad zulassen");
    expect(result.hits[0]?.id).toBe("vehicle");
    expect(result.didYouMean).toBe("motorrad zulassen");
    // Short words are not read as typos of lexicon words: "night" is no "nicht".
    expect(search(small, "all night").didYouMean).toBeUndefined();
  });
});

describe("compounds written apart or half unknown", () => {
  const small = buildSearchIndex([
    { id: "helpers", name: { de: "Als Wahlhelfer mitmachen" } },
    { id: "postal", name: { de: "Briefwahl beantragen" }, popularity: 80 },
    { id: "plates", name: { de: "Kennzeichen reservieren" } },
    { id: "grave", name: { de: "Grabstätte erwerben" }, synonyms: ["Urnengrab"] },
    { id: "funeral", name: { de: "Bestattung organisieren" }, summary: { de: "Beisetzung und Trauerfeier." } },
  ]);

  it("joins neighbouring words the index knows as one compound", () => {
    expect(top(small, "wahl helfer werden")).toBe("helpers");
  });

  it("finds a compound by its head when its first part is unknown", () => {
    expect(top(small, "saisonkennzeichen")).toBe("plates");
  });

  it("matches the unknown first part inside other compounds", () => {
    const hits = search(small, "urnenbeisetzung").hits.map((h) => h.id);
    expect(hits).toEqual(expect.arrayContaining(["funeral", "grave"]));
  });
});

describe("meaning across the query", () => {
  it("lets the object decide over an action many services share", () => {
    const small = buildSearchIndex([
      { id: "id-card", name: { de: "Personalausweis beantragen" }, synonyms: ["Perso"] },
      { id: "bulky", name: { de: "Sperrmüll abholen lassen" }, popularity: 90 },
    ]);
    expect(small.actionStems.has(phraseKey("abholen"))).toBe(true);
    expect(top(small, "perso abholen")).toBe("id-card");
  });

  it("gives a word no credit for a synonym that is another word of the query", () => {
    // Diplom once stood for Anerkennung too, so "Vaterschaft anerkennen" covered both words.
    expect(top(catalogue, "diplom anerkennen lassen")).toBe("anerkennung-berufsabschluss");
  });

  it("reads a country as abroad", () => {
    expect(top(catalogue, "heiraten in italien")).toBe("ehefaehigkeitszeugnis");
    expect(top(catalogue, "ich wandere nach australien aus")).toBe("wohnsitz-abmelden");
  });

  it("reads moving here and leaving as the registration they mean", () => {
    expect(top(catalogue, "gerade nach münchen gezogen")).toBe("wohnsitz-anmelden");
    expect(top(catalogue, "wir verlassen deutschland")).toBe("wohnsitz-abmelden");
  });

  it("understands offices by their everyday names", () => {
    expect(top(catalogue, "zulassungsstelle motorrad")).toBe("kfz-zulassung");
    expect(top(catalogue, "meldezettel beantragen")).toBe("meldebescheinigung");
  });
});
