// What the search engine indexes: a generic document, so the engine knows nothing of the catalogue.

/** A text per language; German is the language the engine stems best, English is matched too. */
export interface LocalizedTexts {
  de?: string | undefined;
  en?: string | undefined;
}

export interface SearchDocument {
  /** Stable identifier returned with each hit. */
  id: string;
  /** The name people know it by: matched with the highest weight. */
  name: LocalizedTexts;
  /** Other names and search words, in any language (the catalogue's synonyms). */
  synonyms?: readonly string[] | undefined;
  /** A sentence or two about it. */
  summary?: LocalizedTexts | undefined;
  /** Longer texts (description, procedure): matched, but with little weight. */
  body?: readonly LocalizedTexts[] | undefined;
  /** Groups it belongs to (life situations, department): broad words, little weight. */
  categories?: readonly LocalizedTexts[] | undefined;
  /** 0–100, how often people want it: breaks ties and orders suggestions. */
  popularity?: number | undefined;
}

export interface SearchHit {
  id: string;
  /** Relevance, higher is better; only comparable within one search. */
  score: number;
}

export type MatchQuality = "good" | "weak" | "none";

export interface SearchResult {
  hits: SearchHit[];
  /** "good": the best hit matches every word of the query in its name or search words. */
  quality: MatchQuality;
  /** The query with unknown words replaced by the closest known ones, when there were such words. */
  didYouMean?: string | undefined;
}

export interface SearchOptions {
  /** At most this many hits (all relevant hits when left out). */
  limit?: number | undefined;
}
