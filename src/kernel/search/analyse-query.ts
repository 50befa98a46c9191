// Turns what someone typed into concepts: one per meaningful word, each with the index terms that may stand
// for it (its stem, verb forms, lexicon synonyms, typo corrections, compounds containing it) and how much
// each alternative counts. Stop words go; question words and "what does it cost" words count little.
import type { SearchIndex } from "./build-index.ts";
import { allowedTypos } from "./edit-distance.ts";
import { lexicon, lexiconSpellings, MAX_PHRASE, unorderedKey, unorderedLexicon } from "./lexicon.ts";
import { canonical, englishWord, germanWord, rawTokens } from "./normalise.ts";
import { particleFullForm, separableParticles, stopWords, weakStems } from "./stop-words.ts";
import { affixMatches, decompound, fuzzyMatches, headOfCompound, lexiconForms, nearestWithStem, prefixMatches, verbFormStems, type Candidate, type FuzzyMatch } from "./word-matching.ts";

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
  /** A verb service names end with (anmelden, abholen): it says what to do, the other words to what. */
  action?: boolean;
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
  if (stems.some((s) => index.actionStems.has(s))) concept.action = true;
  if (typo) correction = index.vocabulary.get(typo.spelling)!.display;
  if (correction) concept.correction = correction;
  // A compound no document names prominently (Krippenplatz only in a long text) is also looked for by its parts.
  if (!typo && !parts && known && onlyInPassing(alternatives, index)) parts = decompound(spelling, index);
  // A compound with a known head but a first part nobody uses (Saisonkennzeichen): at least the head.
  if (!seen && !typo && !parts && !known) parts = headOfCompound(spelling, index);
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

/** Adds the lexicon's terms for each word and each run of words (up to MAX_PHRASE) of the query, in any order. */
function applyLexicon(concepts: Concept[], keyStems: Map<number, string[]>): void {
  const positions = [...keyStems.keys()].sort((a, b) => a - b);
  const lex = lexicon();
  const anyOrder = unorderedLexicon();
  for (let i = 0; i < positions.length; i++) {
    for (let len = 1; len <= MAX_PHRASE && i + len <= positions.length; len++) {
      const run = positions.slice(i, i + len);
      for (const key of runKeys(run.map((p) => keyStems.get(p)!))) {
        const expansions = lex.get(key) ?? (len > 1 ? anyOrder.get(unorderedKey(key)) : undefined);
        if (!expansions) continue;
        for (const concept of concepts.filter((c) => run.includes(c.position))) {
          for (const e of expansions) push(concept.alternatives, { stem: e.stem, weight: e.weight }, true);
        }
      }
    }
    // Two words of an entry with others between them ("Kind … bald … bekommen"): a little less sure.
    for (let j = i + 2; j < Math.min(positions.length, i + 4); j++) {
      const pair = [positions[i]!, positions[j]!];
      for (const key of runKeys(pair.map((p) => keyStems.get(p)!))) {
        const expansions = anyOrder.get(unorderedKey(key));
        if (!expansions) continue;
        for (const concept of concepts.filter((c) => pair.includes(c.position))) {
          for (const e of expansions) push(concept.alternatives, { stem: e.stem, weight: e.weight * 0.9 }, true);
        }
      }
    }
  }
}

/** Every key a run of words may stand for: each word by its stem or another reading (ampeln → ampel). */
function runKeys(choices: string[][]): string[] {
  let keys = [""];
  for (const options of choices) keys = keys.flatMap((k) => options.map((o) => (k ? `${k} ${o}` : o)));
  return keys;
}

/** The stems a word may be looked up by in the lexicon: as typed, as corrected, or as another form of it. */
function lexiconKeysFor(token: string, concept: Concept, index: SearchIndex): string[] {
  const keys = [germanWord(concept.correction ?? token).stem];
  if (!lexicon().has(keys[0]!)) {
    const unknown = !concept.correction && !concept.parts && !concept.alternatives.some((a) => index.postings.has(a.stem));
    const forms = lexiconForms(canonical(token), unknown && !lexiconSpellings().has(canonical(token)));
    for (const base of forms.stems) if (!keys.includes(base)) keys.push(base);
    // A typo of a word only the lexicon knows ("mopped"): say what was probably meant.
    if (forms.typo) concept.correction = forms.typo;
  }
  return keys.slice(0, 3);
}

/** Joins a separable particle with a verb of the same query ("melde … ab" → abmelden) when the index knows it. */
function applyParticles(tokens: string[], concepts: Concept[], index: SearchIndex): void {
  tokens.forEach((token, j) => {
    if (!separableParticles.includes(canonical(token))) return;
    const particle = particleFullForm.get(canonical(token)) ?? canonical(token);
    for (const concept of concepts) {
      if (concept.position >= j) continue;
      const stem = germanWord(particle + canonical(tokens[concept.position]!)).stem;
      if (index.postings.has(stem)) push(concept.alternatives, { stem, weight: 1.1 }, true);
    }
  });
}

const JOINS = ["", "s", "n", "en", "e"];

/** Two neighbouring words that make a compound the index names ("wahl helfer", "hunde steuer") count as it. */
function joinSplitCompounds(tokens: string[], concepts: Concept[], index: SearchIndex): void {
  for (let i = 0; i + 1 < concepts.length; i++) {
    const [a, b] = [concepts[i]!, concepts[i + 1]!];
    if (b.position !== a.position + 1) continue;
    const [left, right] = [canonical(tokens[a.position]!), canonical(tokens[b.position]!)];
    if (left.length < 3 || right.length < 3) continue;
    for (const link of JOINS) {
      const entry = index.vocabulary.get(left + link + right);
      if (!entry?.inLabel) continue;
      for (const stem of entry.stems) for (const c of [a, b]) push(c.alternatives, { stem, weight: 1 }, true);
      break;
    }
  }
}

/**
 * A word gets no credit for a synonym that is another word of the same query: in "Diplom anerkennen",
 * "Diplom" must not count again through "Anerkennung", or a document with only one of them covers both.
 */
function dropOtherWords(concepts: Concept[]): void {
  const own = concepts.map((c) => new Set(c.alternatives.filter((a) => a.direct && a.weight >= 1).map((a) => a.stem)));
  concepts.forEach((concept, i) => {
    const others = new Set(own.flatMap((stems, j) => (j === i ? [] : [...stems])));
    if (others.size === 0) return;
    const kept = concept.alternatives.filter((a) => own[i]!.has(a.stem) || !others.has(a.stem));
    if (kept.length > 0) concept.alternatives = kept;
  });
}

export function analyseQuery(index: SearchIndex, query: string, options: { prefixLast?: boolean } = {}): AnalysedQuery {
  const tokens = rawTokens(query, false).slice(0, 20);
  const meaningful = tokens.map((t) => !stopWords.has(canonical(t)));
  // A query of nothing but stop words ("was", "wo ist") still gets searched, word by word.
  const allStop = !meaningful.some(Boolean);
  const concepts: Concept[] = [];
  const keyStems = new Map<number, string[]>();
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
    keyStems.set(position, lexiconKeysFor(token, concept, index));
    concepts.push(concept);
  });
  joinSplitCompounds(tokens, concepts, index);
  applyLexicon(concepts, keyStems);
  applyParticles(tokens, concepts, index);
  dropOtherWords(concepts);
  return { tokens, concepts };
}
