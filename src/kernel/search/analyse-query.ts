// Turns what someone typed into concepts: one per meaningful word, each with the index terms that may stand
// for it (its stem, verb forms, lexicon synonyms, typo corrections, compounds containing it) and how much
// each alternative counts. Stop words go; question words and "what does it cost" words count little.
import type { SearchIndex } from "./build-index.ts";
import { allowedTypos } from "./edit-distance.ts";
import { lexicon, lexiconSpellings, MAX_PHRASE } from "./lexicon.ts";
import { canonical, englishWord, germanWord, rawTokens } from "./normalise.ts";
import { separableParticles, stopWords, weakStems } from "./stop-words.ts";
import { affixMatches, decompound, fuzzyMatches, nearestWithStem, prefixMatches, verbFormStems, type Candidate, type FuzzyMatch } from "./word-matching.ts";

export interface Alternative extends Candidate {
  /** From the word itself or the lexicon, not guessed from part of a word: counts for label matches. */
  direct: boolean;
}

export interface ConceptPart {
  /** Share of the concept (the head of a compound weighs most); the shares add up to 1. */
  share: number;
  alternatives: Alternative[];
}

export interface Concept {
  /** Position of the word in the query's tokens. */
  position: number;
  weight: number;
  alternatives: Alternative[];
  /** For a compound: its parts, matched together (Krippenplatz → Krippe + Platz). */
  parts?: ConceptPart[];
  /** The known word this one was probably meant to be, when it was not known. */
  correction?: string;
}

export interface AnalysedQuery {
  tokens: string[];
  concepts: Concept[];
}

const WEAK = 0.3;
/** Share of the head (last part) of a compound; the other parts share the rest. */
const HEAD_SHARE = 0.6;

function push(list: Alternative[], candidate: Candidate, direct: boolean): void {
  const existing = list.find((a) => a.stem === candidate.stem);
  if (!existing) list.push({ ...candidate, direct });
  else if (candidate.weight > existing.weight) Object.assign(existing, candidate, { direct: direct || existing.direct });
}

/** The alternatives for one word that was typed in full. */
function conceptForWord(word: string, position: number, weight: number, index: SearchIndex): Concept {
  const spelling = canonical(word);
  const alternatives: Alternative[] = [];
  const stems = [...new Set([germanWord(word).stem, englishWord(word).stem])];
  for (const stem of stems) push(alternatives, { stem, weight: 1 }, true);
  let known = stems.some((stem) => index.postings.has(stem));
  const seen = index.vocabulary.has(spelling) || lexiconSpellings().has(spelling);
  let typo: FuzzyMatch | undefined;
  let correction: string | undefined;
  if (!seen && !known) {
    for (const c of verbFormStems(spelling, index)) push(alternatives, c, true);
    known = alternatives.some((a) => index.postings.has(a.stem));
  }
  let parts: string[] | null = null;
  if (!seen) {
    const closest = fuzzyMatches(spelling, index);
    // "bestatung" shares its stem with "Bestätigung", but "Bestattung" is one typo away: a typo, then.
    const knownStems = alternatives.filter((a) => index.postings.has(a.stem)).map((a) => a.stem);
    const sameStem = nearestWithStem(spelling, knownStems, index);
    const beatsStem = closest[0] !== undefined && (!known || closest[0].distance < (sameStem?.distance ?? Infinity));
    if (beatsStem && closest[0]!.distance === 1) typo = closest[0];
    else if (!known) {
      // Two typos or a compound of known words? A clean split is the likelier reading.
      parts = decompound(spelling, index);
      if (!parts && beatsStem) typo = closest[0];
    }
    if (typo) {
      if (known) for (const a of alternatives) a.weight = 0.5;
      addTypos(alternatives, closest, index);
    } else if (known && sameStem && sameStem.distance >= 2 && sameStem.distance <= allowedTypos(spelling.length) && !isInflection(spelling, sameStem.spelling)) {
      // Found through its stem, yet spelled unlike any indexed form ("Meldebescheinung"): offer the known spelling.
      correction = index.vocabulary.get(sameStem.spelling)!.display;
    }
  }
  const concept: Concept = { position, weight, alternatives };
  if (typo) correction = index.vocabulary.get(typo.spelling)!.display;
  if (correction) concept.correction = correction;
  // A compound no document names prominently (Krippenplatz only in a long text) is also looked for by its parts.
  if (!typo && !parts && known && onlyInPassing(alternatives, index)) parts = decompound(spelling, index);
  if (parts) {
    const n = parts.length;
    concept.parts = parts.map((part, i) => ({ share: i === n - 1 ? HEAD_SHARE : (1 - HEAD_SHARE) / (n - 1), alternatives: partAlternatives(part, index) }));
  }
  for (const c of affixMatches(spelling, index)) push(alternatives, c, false);
  return concept;
}

/** One word continues the other (Spielplatz, Spielplätzen): an inflection, not a typo. */
function isInflection(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function onlyInPassing(alternatives: Alternative[], index: SearchIndex): boolean {
  return alternatives.every((a) => (index.postings.get(a.stem)?.maxProminence ?? 0) < 0.4);
}

function partAlternatives(part: string, index: SearchIndex): Alternative[] {
  const stem = germanWord(part).stem;
  const own: Alternative[] = [{ stem, weight: 1, direct: true }];
  for (const e of lexicon().get(stem) ?? []) push(own, e, true);
  for (const c of affixMatches(part, index)) push(own, c, false);
  return own;
}

function addTypos(alternatives: Alternative[], typos: FuzzyMatch[], index: SearchIndex): void {
  for (const m of typos) {
    for (const stem of index.vocabulary.get(m.spelling)!.stems) push(alternatives, { stem, weight: m.distance === 1 ? 0.9 : 0.75 }, true);
  }
}

function conceptForPrefix(word: string, position: number, index: SearchIndex): Concept {
  const alternatives: Alternative[] = [];
  for (const spelling of prefixMatches(canonical(word), index)) {
    for (const stem of index.vocabulary.get(spelling)!.stems) push(alternatives, { stem, weight: spelling === canonical(word) ? 1 : 0.9 }, true);
  }
  return { position, weight: 1, alternatives };
}

/** Adds the lexicon's terms for each word and each run of words (up to MAX_PHRASE) of the query. */
function applyLexicon(concepts: Concept[], keyStems: Map<number, string>): void {
  const positions = [...keyStems.keys()].sort((a, b) => a - b);
  const lex = lexicon();
  for (let i = 0; i < positions.length; i++) {
    for (let len = 1; len <= MAX_PHRASE && i + len <= positions.length; len++) {
      const run = positions.slice(i, i + len);
      const expansions = lex.get(run.map((p) => keyStems.get(p)).join(" "));
      if (!expansions) continue;
      for (const concept of concepts.filter((c) => run.includes(c.position))) {
        for (const e of expansions) push(concept.alternatives, { stem: e.stem, weight: e.weight }, true);
      }
    }
  }
}

/** Joins a separable particle with a verb of the same query ("melde … ab" → abmelden) when the index knows it. */
function applyParticles(tokens: string[], concepts: Concept[], index: SearchIndex): void {
  tokens.forEach((token, j) => {
    if (!separableParticles.includes(canonical(token))) return;
    for (const concept of concepts) {
      if (concept.position >= j) continue;
      const stem = germanWord(canonical(token) + canonical(tokens[concept.position]!)).stem;
      if (index.postings.has(stem)) push(concept.alternatives, { stem, weight: 1.1 }, true);
    }
  });
}

export function analyseQuery(index: SearchIndex, query: string, options: { prefixLast?: boolean } = {}): AnalysedQuery {
  const tokens = rawTokens(query, false).slice(0, 20);
  const meaningful = tokens.map((t) => !stopWords.has(canonical(t)));
  // A query of nothing but stop words ("was", "wo ist") still gets searched, word by word.
  const allStop = !meaningful.some(Boolean);
  const concepts: Concept[] = [];
  const keyStems = new Map<number, string>();
  tokens.forEach((token, position) => {
    const isLast = position === tokens.length - 1;
    if (options.prefixLast && isLast && token.length >= 2) {
      concepts.push(conceptForPrefix(token, position, index));
      return;
    }
    if (!meaningful[position] && !allStop) return;
    const weight = weakStems.has(germanWord(token).stem) || allStop ? WEAK : 1;
    const concept = conceptForWord(token, position, weight, index);
    // A mistyped word still finds its synonyms, through the word it was probably meant to be.
    keyStems.set(position, germanWord(concept.correction ?? token).stem);
    concepts.push(concept);
  });
  applyLexicon(concepts, keyStems);
  applyParticles(tokens, concepts, index);
  return { tokens, concepts };
}
