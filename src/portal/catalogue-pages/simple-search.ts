// A first, plain search over the in-memory catalogue: every word of the query must occur in a
// service's name, synonyms or summary (case, umlauts and ß folded). The ranked full-text search with
// stemming, typos and synonyms replaces it with the catalogue issue (#4).
import type { CatalogueSnapshot, ServiceEntry } from "../../kernel/catalogue/index.ts";

export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

export interface ScoredService {
  service: ServiceEntry;
  /** 100 per query word found in the name, plus popularity; only comparable within one search. */
  score: number;
}

/** The matches with their scores, best first (the JSON API shows the score). */
export function scoredSearch(catalogue: CatalogueSnapshot, query: string): ScoredService[] {
  const words = fold(query).split(/[^a-z0-9]+/).filter((w) => w.length > 1);
  if (words.length === 0) return [];
  const scored: ScoredService[] = [];
  for (const s of catalogue.byPopularity) {
    const name = fold(Object.values(s.name).join(" "));
    const rest = fold([...s.synonyms, ...Object.values(s.summary)].join(" "));
    if (!words.every((w) => name.includes(w) || rest.includes(w))) continue;
    const score = words.filter((w) => name.includes(w)).length * 100 + s.popularity;
    scored.push({ service: s, score });
  }
  return scored.sort((a, b) => b.score - a.score);
}

export function simpleSearch(catalogue: CatalogueSnapshot, query: string): ServiceEntry[] {
  return scoredSearch(catalogue, query).map((x) => x.service);
}
