// Ranks documents for an analysed query. A document scores for each concept through its best alternative
// (alternative weight × field prominence × rarity), then counts more when it covers every concept, when one
// of its names or synonyms says exactly what was asked, and a little when many people want it.
import type { Alternative, AnalysedQuery, Concept } from "./analyse-query.ts";
import type { SearchIndex } from "./build-index.ts";
import type { MatchQuality, SearchHit } from "./search-document.ts";

/** Hits far below the best one are noise (a shared word like "melden"), not results. */
const RELATIVE_CUTOFF = 0.15;
const POPULARITY_BOOST = 0.2;
/** A match this strong (a synonym, or the word in a summary and elsewhere) covers its word fully. */
const FULL_STRENGTH = 0.7;
const MAX_LABEL_BONUS = 1.5;
/** How much an action word counts towards coverage, beside a word naming what it is about. */
const ACTION_SHARE = 0.5;

export interface Ranking {
  hits: SearchHit[];
  quality: MatchQuality;
}

/** Per-document scratch arrays for one concept; reused, because a search touches thousands of documents. */
class Scratch {
  readonly score: Float64Array;
  readonly strength: Float64Array;
  readonly touched: number[] = [];
  constructor(size: number) {
    this.score = new Float64Array(size);
    this.strength = new Float64Array(size);
  }
  reset(): void {
    for (const doc of this.touched) this.score[doc] = this.strength[doc] = 0;
    this.touched.length = 0;
  }
}

/** For each document, its best match among the alternatives of one word, written into `into`. */
function bestPerDocument(index: SearchIndex, alternatives: readonly Alternative[], into: Scratch): void {
  into.reset();
  for (const alternative of alternatives) {
    const posting = index.postings.get(alternative.stem);
    if (!posting) continue;
    const { docs, prominence, idf } = posting;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const strength = alternative.weight * prominence[i]!;
      if (into.strength[doc] === 0) into.touched.push(doc);
      if (strength > into.strength[doc]!) into.strength[doc] = strength;
      const score = strength * idf;
      if (score > into.score[doc]!) into.score[doc] = score;
    }
  }
}

/** How telling a word is: the rarity of its best-known close form, or a middling value for unknown words. */
function specificity(index: SearchIndex, concept: Concept): number {
  let best = 0;
  for (const a of concept.alternatives) if (a.weight >= 0.8) best = Math.max(best, index.postings.get(a.stem)?.idf ?? 0);
  for (const part of concept.parts ?? []) for (const a of part.alternatives) if (a.weight >= 0.8) best = Math.max(best, (index.postings.get(a.stem)?.idf ?? 0) * part.share);
  return best > 0 ? best : 1 + Math.log(Math.max(2, index.documents.length)) / 2;
}

export function rank(index: SearchIndex, query: AnalysedQuery): Ranking {
  const { concepts } = query;
  if (concepts.length === 0) return { hits: [], quality: "none" };
  const size = index.documents.length;
  // Missing a rare word ("Hort") costs more than missing a common one ("Kind").
  // An action ("abholen") matters less than its object ("Perso"): many services share the verb.
  const importance = concepts.map((c) => c.weight * specificity(index, c) * (c.action && concepts.some((o) => !o.action && o.weight >= 0.5) ? ACTION_SHARE : 1));
  const totalImportance = importance.reduce((sum, x) => sum + x, 0);
  const total = new Float64Array(size);
  const covered = new Float64Array(size);
  const matched: number[] = [];
  const best = new Scratch(size);
  const part = new Scratch(size);
  const combined = new Scratch(size);
  concepts.forEach((concept, c) => {
    bestPerDocument(index, concept.alternatives, best);
    if (concept.parts) {
      // A compound's parts are matched together: each contributes its share (the head the most).
      combined.reset();
      for (const p of concept.parts) {
        bestPerDocument(index, p.alternatives, part);
        for (const doc of part.touched) {
          if (combined.strength[doc] === 0 && combined.score[doc] === 0) combined.touched.push(doc);
          combined.score[doc]! += p.share * part.score[doc]!;
          combined.strength[doc]! += p.share * part.strength[doc]!;
        }
      }
      for (const doc of combined.touched) {
        if (best.strength[doc] === 0 && best.score[doc] === 0) best.touched.push(doc);
        if (combined.score[doc]! > best.score[doc]!) {
          best.score[doc] = combined.score[doc]!;
          best.strength[doc] = combined.strength[doc]!;
        }
      }
    }
    for (const doc of best.touched) {
      if (total[doc] === 0 && covered[doc] === 0) matched.push(doc);
      total[doc]! += concept.weight * best.score[doc]!;
      // A word found only in the long description is partly covered: it may be mentioned in passing.
      covered[doc]! += importance[c]! * Math.min(1, best.strength[doc]! / FULL_STRENGTH);
    }
  });

  const preliminary = matched.map((doc) => {
    const coverage = covered[doc]! / totalImportance;
    const popularity = 1 + (POPULARITY_BOOST * Math.min(100, Math.max(0, index.documents[doc]!.popularity))) / 100;
    return { doc, coverage, score: total[doc]! * coverage * coverage * popularity };
  });
  const ceiling = preliminary.reduce((max, p) => Math.max(max, p.score), 0) * MAX_LABEL_BONUS;
  // The name bonus is worth computing only for documents that could still make the cut with it.
  const scored = preliminary
    .filter((p) => p.score * MAX_LABEL_BONUS >= ceiling * RELATIVE_CUTOFF && p.score > 0)
    .map((p) => {
      const document = index.documents[p.doc]!;
      const label = labelMatch(document.labels, query);
      return { id: document.id, score: p.score * label, labelled: label > 1, coverage: p.coverage };
    });
  scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const top = scored[0];
  if (!top) return { hits: [], quality: "none" };
  const hits = scored.filter((h) => h.score >= top.score * RELATIVE_CUTOFF).map(({ id, score }) => ({ id, score: Math.round(score * 1000) / 1000 }));
  const quality = top.coverage >= 0.99 && top.labelled ? "good" : "weak";
  return { hits, quality };
}

function hasDirect(alternatives: readonly Alternative[], label: ReadonlySet<string>): boolean {
  for (const a of alternatives) if (a.direct && label.has(a.stem)) return true;
  return false;
}

function namedBy(concept: Concept, label: ReadonlySet<string>): boolean {
  if (hasDirect(concept.alternatives, label)) return true;
  return concept.parts !== undefined && concept.parts.every((p) => hasDirect(p.alternatives, label));
}

/**
 * 1.5 when a name or synonym consists of just the query's words ("Wohnsitz anmelden"), 1.25 when one
 * contains them all, else 1. Weak words ("kosten") and guesses from inside compounds don't count.
 */
function labelMatch(labels: ReadonlyArray<ReadonlySet<string>>, query: AnalysedQuery): number {
  const strong = query.concepts.filter((c) => c.weight >= 0.5);
  if (strong.length === 0) return 1;
  let bonus = 1;
  for (const label of labels) {
    let hit = 0;
    for (const concept of strong) if (namedBy(concept, label)) hit++;
    if (hit < strong.length) continue;
    bonus = Math.max(bonus, label.size <= hit ? MAX_LABEL_BONUS : 1.25);
  }
  return bonus;
}
