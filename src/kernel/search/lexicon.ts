// Compiles the word lists (lexicon-*.ts) into a lookup from a word, or a run of words, of the query to
// the terms it stands for. Keys and terms are stems, so inflected forms meet.
import { englishLexicon } from "./lexicon-english.ts";
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
  return rawTokens(phrase)
    .filter((t) => !stopWords.has(canonical(t)))
    .map((t) => germanWord(t).stem)
    .join(" ");
}

function targetsOf(phrase: string, weight: number): Expansion[] {
  const words = rawTokens(phrase).filter((t) => !stopWords.has(canonical(t)));
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
        for (const phrase of left!) add(map, phraseKey(phrase), targets);
      } else {
        // A ring: every member stands for every single-word member.
        const weight = loose ? LOOSE : RING;
        const singles = left!.filter((p) => rawTokens(p).length === 1).flatMap((p) => targetsOf(p, weight));
        for (const phrase of left!) add(map, phraseKey(phrase), singles);
      }
    }
  }
  return map;
}

let compiled: Map<string, Expansion[]> | undefined;
let spellings: Set<string> | undefined;
const sources = [germanLexicon, germanLexiconMore, englishLexicon];

/** The lexicon, compiled once per process. */
export function lexicon(): ReadonlyMap<string, readonly Expansion[]> {
  compiled ??= compile(sources);
  return compiled;
}

/** Every word the lexicon knows, canonically spelled: such a word is not a typo even if no document has it. */
export function lexiconSpellings(): ReadonlySet<string> {
  spellings ??= new Set(sources.flatMap((s) => rawTokens(s.replace(/^#.*$/gm, "")).map(canonical)));
  return spellings;
}
