// The engine's two questions: what matches this query (ranked, with "did you mean"), and what might the
// person be typing (completion while they type).
import { analyseQuery } from "./analyse-query.ts";
import type { SearchIndex } from "./build-index.ts";
import { rank } from "./rank.ts";
import type { SearchHit, SearchOptions, SearchResult } from "./search-document.ts";

/** Searches the index; hits are best first. */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult {
  const analysed = analyseQuery(index, query);
  const { hits, quality } = rank(index, analysed);
  const corrections = new Map(analysed.concepts.filter((c) => c.correction).map((c) => [c.position, c.correction!]));
  const didYouMean = corrections.size > 0 ? analysed.tokens.map((t, i) => corrections.get(i) ?? t).join(" ") : undefined;
  return { hits: options.limit === undefined ? hits : hits.slice(0, options.limit), quality, didYouMean };
}

/**
 * Suggestions for a query still being typed: the last word counts as the beginning of a word
 * ("perso" → Personalausweis), unless the input ends with a space.
 */
export function suggest(index: SearchIndex, partial: string, limit = 6): SearchHit[] {
  const trimmed = partial.replace(/^\s+/, "");
  if (trimmed.trim().length < 2) return [];
  const analysed = analyseQuery(index, trimmed, { prefixLast: !/\s$/.test(trimmed) });
  return rank(index, analysed).hits.slice(0, limit);
}
