// The catalogue search of the portal: kernel/search over the snapshot's services, mapped back to them.
// Replaces the first word-by-word search (simple-search.ts). The index is built once per snapshot.
import type { CatalogueSnapshot, ServiceEntry } from "../../kernel/catalogue/index.ts";
import { catalogueSearchIndex, search, suggest, type MatchQuality } from "../../kernel/search/index.ts";

export interface ScoredService {
  service: ServiceEntry;
  /** Relevance from kernel/search; only comparable within one search. */
  score: number;
}

export interface ServiceSearch {
  results: ScoredService[];
  quality: MatchQuality;
  /** The query with probable typos corrected, when there were any. */
  didYouMean: string | undefined;
}

function toServices(snapshot: CatalogueSnapshot, hits: ReadonlyArray<{ id: string; score: number }>): ScoredService[] {
  const out: ScoredService[] = [];
  for (const hit of hits) {
    const service = snapshot.services.get(hit.id);
    if (service) out.push({ service, score: Math.round(hit.score * 1000) / 1000 });
  }
  return out;
}

/** The services matching a query, best first. */
export function searchServices(snapshot: CatalogueSnapshot, query: string): ServiceSearch {
  const result = search(catalogueSearchIndex(snapshot), query);
  return { results: toServices(snapshot, result.hits), quality: result.quality, didYouMean: result.didYouMean };
}

/** Services for what is being typed ("perso" → Personalausweis), for suggestions under the search field. */
export function suggestServices(snapshot: CatalogueSnapshot, partial: string, limit = 6): ScoredService[] {
  return toServices(snapshot, suggest(catalogueSearchIndex(snapshot), partial, limit));
}
