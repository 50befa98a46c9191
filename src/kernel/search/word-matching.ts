// Finding a query word in the index when it is not there as typed: inflected verb forms, compounds split
// into known words, typos, and known words inside longer compounds (Steuer → Hundesteuer).
import type { SearchIndex } from "./build-index.ts";
import { allowedTypos, editDistance } from "./edit-distance.ts";
import { lexicon, lexiconWordsByLength } from "./lexicon.ts";
import { germanWord } from "./normalise.ts";
import { weakStems } from "./stop-words.ts";

export interface Candidate {
  stem: string;
  weight: number;
}

const hasStem = (index: SearchIndex, stem: string) => index.postings.has(stem);

/** Colloquial short forms of her-verbs: "rausfinden" is "herausfinden", "reinkommen" is "hereinkommen". */
const SHORT_HER = /^(raus|rein|rüber|ruber|runter|rum)(.{3,})$/;

/**
 * The infinitives a word may be a form of, where the stemmer leaves it alone: participles (gekauft,
 * angemeldet), third persons (meldet, kostet), zu-infinitives (anzumelden), plurals in -n (Ampeln) and
 * colloquial short forms (rausfinden).
 */
function inflectionBases(word: string): Set<string> {
  const bases = new Set<string>();
  const participle = /^((?:ab|an|auf|aus|ein|um|weg|zu|nach|vor|zurück|zuruck|heraus|herein|raus|rein)?)ge(.{3,})$/.exec(word);
  const stems = participle ? [word, participle[1]! + participle[2]!] : [word];
  for (const w of stems) {
    for (const ending of ["et", "t", "st", "te", "ten", "en", "n"]) if (w.endsWith(ending) && w.length - ending.length >= 3) bases.add(w.slice(0, -ending.length));
    bases.add(w);
  }
  // "anzumelden", "abzuholen": the zu-infinitive of a separable verb.
  const zu = /^(ab|an|auf|aus|ein|um|weg|nach|vor)zu(.{3,})$/.exec(word);
  if (zu) bases.add(zu[1]! + zu[2]!);
  const her = SHORT_HER.exec(word);
  if (her) for (const b of inflectionBases(`he${her[1]!}${her[2]!}`)) bases.add(b);
  return bases;
}

/** Verb forms the stemmer leaves alone (see inflectionBases), as the stems the index knows. */
export function verbFormStems(word: string, index: SearchIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const base of inflectionBases(word)) {
    const stem = germanWord(base).stem;
    if (stem !== word && hasStem(index, stem) && !out.some((c) => c.stem === stem)) out.push({ stem, weight: 0.85 });
  }
  return out;
}

/**
 * The lexicon keys a word not in the lexicon as typed may stand for: another form of a lexicon word
 * (Ampeln → Ampel), or, for a word nobody has indexed either, a lexicon word one typo away (mopped → Moped).
 */
export function lexiconForms(word: string, unknown: boolean): { stems: string[]; typo?: string } {
  const lex = lexicon();
  const out: string[] = [];
  for (const base of inflectionBases(word)) {
    const stem = germanWord(base).stem;
    if (lex.has(stem) && !out.includes(stem)) out.push(stem);
  }
  // Short words are too often another real word (night/nicht, small/stall) to be read as typos of these.
  if (out.length > 0 || !unknown || word.length < 6) return { stems: out };
  const max = allowedTypos(word.length);
  let best: { spelling: string; distance: number } | undefined;
  const byLength = lexiconWordsByLength();
  for (let length = word.length - max; max > 0 && length <= word.length + max; length++) {
    for (const spelling of byLength.get(length) ?? []) {
      if ((spelling[0] !== word[0] && !soundAlike(spelling, word)) || weakStems.has(germanWord(spelling).stem)) continue;
      const distance = editDistance(word, spelling, max);
      if (distance <= max && (!best || distance < best.distance)) best = { spelling, distance };
    }
  }
  return best ? { stems: [germanWord(best.spelling).stem], typo: best.spelling } : { stems: [] };
}

// Three-letter parts (Kfz, Tür) split too many words wrongly; they count only when they name something.
function isPart(part: string, index: SearchIndex): boolean {
  if (part.length === 3) return index.vocabulary.get(part)?.inLabel === true;
  if (part.length < 3) return false;
  const stem = germanWord(part).stem;
  return index.vocabulary.has(part) || hasStem(index, stem) || lexicon().has(stem);
}

/** The closest indexed spelling of one of these stems, and its typo distance from the word. */
export function nearestWithStem(word: string, stems: readonly string[], index: SearchIndex): FuzzyMatch | undefined {
  let best: FuzzyMatch | undefined;
  for (const stem of stems) {
    for (const spelling of index.spellingsByStem.get(stem) ?? []) {
      const distance = editDistance(word, spelling, 3);
      if (!best || distance < best.distance) best = { spelling, distance };
    }
  }
  return best;
}

const LINKS = ["", "s", "es", "n", "en", "e", "er"];

/** Splits a compound into known words (Krippenplatz → krippe, platz), fewest parts first; null if it can't. */
export function decompound(word: string, index: SearchIndex): string[] | null {
  if (word.length < 6) return null;
  const best: Array<string[] | undefined> = new Array(word.length + 1);
  best[0] = [];
  for (let i = 0; i < word.length; i++) {
    const before = best[i];
    if (!before) continue;
    for (let j = i === 0 ? word.length - 1 : word.length; j >= i + 3; j--) {
      const part = word.slice(i, j);
      if (!isPart(part, index)) continue;
      for (const link of j === word.length ? [""] : LINKS) {
        if (link && !word.startsWith(link, j)) continue;
        const end = j + link.length;
        const candidate = [...before, part];
        const current = best[end];
        if (!current || candidate.length < current.length) best[end] = candidate;
      }
    }
  }
  const parts = best[word.length];
  return parts && parts.length >= 2 ? parts : null;
}

/** First letters German spelling writes one way and people another: f/v/ph, k/c/ch, z/c, i/j/y. */
const SOUND_GROUP: Readonly<Record<string, string>> = { f: "f", v: "f", p: "f", k: "k", c: "k", z: "k", i: "i", j: "i", y: "i" };

/** Whether two words may begin with the same sound written differently ("ph" counts only before "h"). */
export function soundAlike(a: string, b: string): boolean {
  const group = (w: string) => (w[0] === "p" && w[1] !== "h" ? undefined : SOUND_GROUP[w[0] ?? ""]);
  const ga = group(a);
  return ga !== undefined && ga === group(b);
}

/**
 * The longest known word a compound ends with, and what comes before it (Saisonkennzeichen → saison,
 * kennzeichen; Urnenbeisetzung → urnen, beisetzung): the head says what it is even when the rest is unknown.
 */
export function headOfCompound(word: string, index: SearchIndex): string[] | null {
  for (let k = 3; k <= word.length - 4; k++) {
    const head = word.slice(k);
    if (index.vocabulary.get(head)?.inLabel || (index.vocabulary.has(head) && head.length >= 6)) return [word.slice(0, k), head];
  }
  return null;
}

export interface FuzzyMatch {
  spelling: string;
  distance: number;
}

/** Known spellings within the typos a word of this length may have, closest and commonest first. */
export function fuzzyMatches(word: string, index: SearchIndex, limit = 4): FuzzyMatch[] {
  const max = allowedTypos(word.length);
  if (max === 0) return [];
  const found: FuzzyMatch[] = [];
  for (let length = word.length - max; length <= word.length + max; length++) {
    for (const spelling of index.spellingsByLength.get(length) ?? []) {
      // Typos rarely hit the first letter, except where it sounds the same (Vater/Fater, Christbaum/Kristbaum):
      // skipping the others keeps the scan cheap and the guesses sane.
      if (spelling[0] !== word[0] && !soundAlike(spelling, word)) continue;
      const distance = editDistance(word, spelling, max);
      // Nobody mistypes their way into a word that says nothing ("night" is no "nicht").
      if (distance <= max && distance > 0 && !weakStems.has(germanWord(spelling).stem)) found.push({ spelling, distance });
    }
  }
  const score = (m: FuzzyMatch) => {
    const entry = index.vocabulary.get(m.spelling)!;
    return m.distance * 100 - (entry.inLabel ? 20 : 0) - Math.min(19, entry.df);
  };
  found.sort((a, b) => score(a) - score(b));
  const best = found[0]?.distance;
  return found.filter((m) => m.distance === best).slice(0, limit);
}

/**
 * Known words that contain this word as their head (Steuer → Hundesteuer) or their first part
 * (Hund → Hundesteuer). The head counts more: a Hundesteuer is a Steuer, not a Hund.
 */
export function affixMatches(word: string, index: SearchIndex, limit = 40): Candidate[] {
  if (word.length < 4) return [];
  const out: Array<Candidate & { df: number }> = [];
  for (const [spelling, entry] of index.vocabulary) {
    if (spelling.length < word.length + 3) continue;
    const weight = spelling.endsWith(word) ? 0.55 : spelling.startsWith(word) ? 0.45 : 0;
    if (weight === 0) continue;
    for (const stem of entry.stems) out.push({ stem, weight, df: entry.df });
  }
  out.sort((a, b) => b.weight - a.weight || b.df - a.df);
  return out.slice(0, limit).map(({ stem, weight }) => ({ stem, weight }));
}

/** Known spellings that begin with what has been typed so far, for completion. */
export function prefixMatches(prefix: string, index: SearchIndex, limit = 30): string[] {
  const list = index.sortedSpellings;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < list.length && list[i]!.startsWith(prefix); i++) out.push(list[i]!);
  const weight = (s: string) => {
    const e = index.vocabulary.get(s)!;
    return (e.inLabel ? 1000 : 0) + e.df;
  };
  return out.sort((a, b) => weight(b) - weight(a)).slice(0, limit);
}
