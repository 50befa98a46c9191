// Builds the in-memory index from documents: for every stem, which documents contain it and how prominently
// (name > synonyms > summary > body), plus the vocabulary for typo matching, compounds and completion.
import { canonical, englishWord, germanWord, rawTokens, type SearchLanguage, type Word } from "./normalise.ts";
import type { LocalizedTexts, SearchDocument } from "./search-document.ts";
import { stopWords } from "./stop-words.ts";

/** How much a match in each field counts, relative to the German name. */
const FIELD_WEIGHT = {
  name: { de: 1, en: 0.8 },
  synonym: { de: 0.9, en: 0.9 },
  summary: { de: 0.45, en: 0.4 },
  category: { de: 0.25, en: 0.25 },
  body: { de: 0.3, en: 0.25 },
} as const;
type Field = keyof typeof FIELD_WEIGHT;

export interface Posting {
  /** Numbers of the documents the stem occurs in. */
  docs: Int32Array;
  /** For each of them, how prominently it occurs there (0–1.3). */
  prominence: Float32Array;
  /** The largest prominence: whether any document names it prominently. */
  maxProminence: number;
  /** Inverse document frequency: rare stems tell more. */
  idf: number;
}

export interface VocabularyEntry {
  /** The stems this spelling was indexed under (German, and English for English texts). */
  stems: readonly string[];
  /** In how many documents it occurs. */
  df: number;
  /** How people write it (lower case, with umlauts), for "did you mean". */
  display: string;
  /** Occurs in a name or synonym: a good word to suggest. */
  inLabel: boolean;
}

export interface IndexedDocument {
  id: string;
  popularity: number;
  /** The stems of each name and synonym, to recognise a query that names one of them. */
  labels: ReadonlyArray<ReadonlySet<string>>;
}

export interface SearchIndex {
  documents: readonly IndexedDocument[];
  postings: ReadonlyMap<string, Posting>;
  vocabulary: ReadonlyMap<string, VocabularyEntry>;
  /** Canonical spellings in sorted order, for prefix completion. */
  sortedSpellings: readonly string[];
  /** Canonical spellings by length, for typo matching. */
  spellingsByLength: ReadonlyMap<number, readonly string[]>;
  /** The spellings indexed under each stem, to tell an inflection from a typo. */
  spellingsByStem: ReadonlyMap<string, readonly string[]>;
  /** Stems of the verbs German names end with ("Sperrmüll abholen lassen"): what is done, not to what. */
  actionStems: ReadonlySet<string>;
}

interface Occurrence {
  weight: number;
  fields: Set<Field>;
}

function wordsIn(text: string, language: SearchLanguage, both: boolean): Array<Word & { raw: string }> {
  const out: Array<Word & { raw: string }> = [];
  for (const raw of rawTokens(text)) {
    if (stopWords.has(canonical(raw))) continue;
    if (language === "de" || both) out.push({ ...germanWord(raw), raw });
    if (language === "en" || both) out.push({ ...englishWord(raw), raw });
  }
  return out;
}

export function buildSearchIndex(input: readonly SearchDocument[]): SearchIndex {
  const perStem = new Map<string, Map<number, Occurrence>>();
  const vocabulary = new Map<string, { stems: Set<string>; docs: Set<number>; display: string; inLabel: boolean }>();
  const documents: IndexedDocument[] = [];
  const actionStems = new Set<string>();

  input.forEach((doc, n) => {
    const labels: Set<string>[] = [];
    const addText = (text: string | undefined, field: Field, language: SearchLanguage, both = false) => {
      if (!text) return;
      const words = wordsIn(text, language, both);
      const isLabel = field === "name" || field === "synonym";
      if (isLabel) labels.push(new Set(words.map((w) => w.stem)));
      for (const w of words) {
        let docs = perStem.get(w.stem);
        if (!docs) perStem.set(w.stem, (docs = new Map()));
        const occurrence = docs.get(n) ?? { weight: 0, fields: new Set<Field>() };
        occurrence.weight = Math.max(occurrence.weight, FIELD_WEIGHT[field][language]);
        occurrence.fields.add(field);
        docs.set(n, occurrence);
        let entry = vocabulary.get(w.surface);
        if (!entry) vocabulary.set(w.surface, (entry = { stems: new Set(), docs: new Set(), display: w.raw, inLabel: false }));
        entry.stems.add(w.stem);
        entry.docs.add(n);
        if (isLabel && !entry.inLabel) {
          entry.inLabel = true;
          entry.display = w.raw;
        }
      }
    };
    const addLocalized = (texts: LocalizedTexts | undefined, field: Field) => {
      addText(texts?.de, field, "de");
      addText(texts?.en, field, "en");
    };
    addLocalized(doc.name, "name");
    const action = finalVerb(doc.name.de);
    if (action) actionStems.add(action);
    for (const synonym of doc.synonyms ?? []) addText(synonym, "synonym", "de", true);
    addLocalized(doc.summary, "summary");
    for (const body of doc.body ?? []) addLocalized(body, "body");
    for (const category of doc.categories ?? []) addLocalized(category, "category");
    documents.push({ id: doc.id, popularity: doc.popularity ?? 0, labels });
  });

  const total = Math.max(1, documents.length);
  const postings = new Map<string, Posting>();
  for (const [stem, occurrences] of perStem) {
    const docs = new Int32Array(occurrences.size);
    const prominence = new Float32Array(occurrences.size);
    let i = 0;
    let maxProminence = 0;
    for (const [n, o] of occurrences) {
      docs[i] = n;
      // A word in several fields (name and summary) is a little more central than in one.
      prominence[i] = o.weight + 0.1 * Math.min(3, o.fields.size - 1);
      maxProminence = Math.max(maxProminence, prominence[i]!);
      i++;
    }
    postings.set(stem, { docs, prominence, maxProminence, idf: 1 + Math.log(total / occurrences.size) });
  }
  const finalVocabulary = new Map<string, VocabularyEntry>();
  const spellingsByLength = new Map<number, string[]>();
  const spellingsByStem = new Map<string, string[]>();
  for (const [spelling, e] of vocabulary) {
    for (const stem of e.stems) {
      const list = spellingsByStem.get(stem);
      if (list) list.push(spelling);
      else spellingsByStem.set(stem, [spelling]);
    }
    finalVocabulary.set(spelling, { stems: [...e.stems], df: e.docs.size, display: e.display, inLabel: e.inLabel });
    const list = spellingsByLength.get(spelling.length) ?? [];
    list.push(spelling);
    spellingsByLength.set(spelling.length, list);
  }
  return {
    documents,
    postings,
    vocabulary: finalVocabulary,
    sortedSpellings: [...finalVocabulary.keys()].sort(),
    spellingsByLength,
    spellingsByStem,
    actionStems,
  };
}

/** The verb a German name ends with, if it ends with one ("Hund zur Hundesteuer anmelden" → anmeld). */
function finalVerb(name: string | undefined): string | undefined {
  // German writes nouns with a capital: a lower-case last word in -en is the verb (Gutachten is not).
  const words = (name ?? "").replace(/\(.*?\)/g, " ").split(/\s+/).filter((w) => w && w !== "lassen");
  const last = words[words.length - 1];
  return last && words.length > 1 && /^\p{Ll}[\p{L}-]*(?:[^e]en|ern|eln)$/u.test(last) ? germanWord(last).stem : undefined;
}
