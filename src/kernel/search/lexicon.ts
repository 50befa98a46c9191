// Compiles the word lists (lexicon-*.ts) into a lookup from a word, or a run of words, of the query to
// the terms it stands for. Keys and terms are stems, so inflected forms meet.
import { englishLexiconMore } from "./lexicon-english-more.ts";
import { englishLexicon } from "./lexicon-english.ts";
import { germanLexiconEveryday } from "./lexicon-everyday.ts";
import { germanLexiconMore } from "./lexicon-german-more.ts";
import { germanLexicon } from "./lexicon-german.ts";
import { canonical, englishWord, germanWord, rawTokens } from "./normalise.ts";
import { stopWords } from "./stop-words.ts";

export interface Expansion {
  /** A stem to look up in the index. */
  stem: string;
  /** Its canonical spelling, for matching it inside compounds. */
  surface: string;
  weight: number;
}

const RING = 0.8;
const DIRECTED = 0.9;
const LOOSE = 0.55;
/** Longest run of query words one entry may name. */
export const MAX_PHRASE = 4;

/** The stems of a phrase without its stop words, joined by spaces: the lookup key. */
export function phraseKey(phrase: string): string {
  // Split like a query is split ("self-employed" → self employed); the joined form is a key of its own.
  return rawTokens(phrase, false)
    .filter((t) => !stopWords.has(canonical(t)))
    .map((t) => germanWord(t).stem)
    .join(" ");
}

/** The same words in any order: German puts them where the sentence wants ("Kind bekommen", "bekommen ein Kind"). */
export function unorderedKey(key: string): string {
  return key.split(" ").sort().join(" ");
}

/** Keys a phrase is looked up by: as written, and a hyphenated word also joined ("ID-Karte", "IDKarte"). */
function phraseKeys(phrase: string): string[] {
  const key = phraseKey(phrase);
  // "auf der Straße" without its stop words would be just "Straße": a phrase must not shrink to one word.
  if (rawTokens(phrase, false).length > 1 && !key.includes(" ")) return [];
  return phrase.includes("-") ? [key, phraseKey(phrase.replace(/-/g, ""))] : [key];
}

function targetsOf(written: string, weight: number): Expansion[] {
  // A hyphenated target is one word, indexed joined too ("Kfz-Zulassung" → kfzzulassung).
  const phrase = /^[^\s]+-[^\s]+$/.test(written) ? written.replace(/-/g, "") : written;
  const words = rawTokens(phrase, false).filter((t) => !stopWords.has(canonical(t)));
  // A multi-word target stands for its words, each a weaker hint than a single-word target.
  const w = words.length > 1 ? weight * 0.7 : weight;
  // Targets are German, but English ones ("register") must meet the English stems of English texts too.
  return words.flatMap((t) => {
    const de = { ...germanWord(t), weight: w };
    const en = englishWord(t);
    return en.stem === de.stem ? [de] : [de, { ...en, weight: w }];
  });
}

function add(map: Map<string, Expansion[]>, key: string, expansions: Expansion[]): void {
  if (!key) return;
  const list = map.get(key) ?? [];
  for (const e of expansions) {
    if (key === e.stem) continue;
    const existing = list.find((x) => x.stem === e.stem);
    if (existing) existing.weight = Math.max(existing.weight, e.weight);
    else list.push({ ...e });
  }
  map.set(key, list);
}

function compile(sources: string[]): Map<string, Expansion[]> {
  const map = new Map<string, Expansion[]>();
  for (const source of sources) {
    for (let line of source.split("\n")) {
      line = line.trim();
      if (!line || line.startsWith("#")) continue;
      const loose = line.startsWith("~");
      if (loose) line = line.slice(1);
      const [left, right] = line.split(">").map((side) => side.split(",").map((p) => p.trim()).filter(Boolean));
      if (right) {
        const targets = right.flatMap((t) => targetsOf(t, loose ? LOOSE : DIRECTED));
        for (const phrase of left!) for (const key of phraseKeys(phrase)) add(map, key, targets);
      } else {
        // A ring: every member stands for every single-word member.
        const weight = loose ? LOOSE : RING;
        const singles = left!.filter((p) => rawTokens(p.replace(/-/g, ""), false).length === 1).flatMap((p) => targetsOf(p, weight));
        for (const phrase of left!) for (const key of phraseKeys(phrase)) add(map, key, singles);
      }
    }
  }
  return map;
}

let compiled: Map<string, Expansion[]> | undefined;
let unordered: Map<string, Expansion[]> | undefined;
let spellings: Set<string> | undefined;
let singleWords: Map<number, string[]> | undefined;
const sources = [germanLexicon, germanLexiconMore, germanLexiconEveryday, englishLexicon, englishLexiconMore];

/** The lexicon, compiled once per process. */
export function lexicon(): ReadonlyMap<string, readonly Expansion[]> {
  compiled ??= compile(sources);
  return compiled;
}

/** The entries of several words by their words in any order (the first entry wins a clash). */
export function unorderedLexicon(): ReadonlyMap<string, readonly Expansion[]> {
  if (!unordered) {
    unordered = new Map();
    for (const [key, expansions] of lexicon()) {
      if (!key.includes(" ")) continue;
      const k = unorderedKey(key);
      if (!unordered.has(k)) unordered.set(k, expansions as Expansion[]);
    }
  }
  return unordered;
}

/** The canonical spellings of the lexicon's one-word entries, by length: typos of words no document uses ("mopped"). */
export function lexiconWordsByLength(): ReadonlyMap<number, readonly string[]> {
  if (!singleWords) {
    singleWords = new Map();
    for (const spelling of lexiconSpellings()) {
      if (!lexicon().has(germanWord(spelling).stem)) continue;
      const list = singleWords.get(spelling.length) ?? [];
      list.push(spelling);
      singleWords.set(spelling.length, list);
    }
  }
  return singleWords;
}

/** Every word the lexicon knows, canonically spelled: such a word is not a typo even if no document has it. */
export function lexiconSpellings(): ReadonlySet<string> {
  spellings ??= new Set(sources.flatMap((s) => rawTokens(s.replace(/^#.*$/gm, "")).map(canonical)));
  return spellings;
}
