// From text to the words the index and the queries share: lower case, ß as ss, ae/oe/ue as umlauts and
// umlauts as plain vowels (so Führerschein, Fuehrerschein and Fuhrerschein are one word), other accents off.
import { stemEnglish } from "./english-stemmer.ts";
import { foldUmlauts, prepareGerman, stemGerman } from "./german-stemmer.ts";

export type SearchLanguage = "de" | "en";

/** One word of a text: its canonical spelling (for typo matching and prefixes) and its stem (for matching). */
export interface Word {
  surface: string;
  stem: string;
}

function stripAccents(text: string): string {
  // Keep ä, ö, ü for the stemmer; every other combining mark goes (é → e, ñ → n).
  return text
    .normalize("NFD")
    .replace(/([aou])\u0308/g, (_m, v: string) => ({ a: "ä", o: "ö", u: "ü" })[v as "a" | "o" | "u"])
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
}

/**
 * The raw words of a text, lower case. A hyphenated compound yields its parts and the joined word, so
 * "Kita-Platz" is found by "Kita", "Platz" and "Kitaplatz".
 */
export function rawTokens(text: string, joinHyphenated = true): string[] {
  const cleaned = stripAccents(text.toLowerCase().replace(/ẞ/g, "ß")).replace(/['’]s\b/g, "");
  const out: string[] = [];
  for (const match of cleaned.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
    const token = match[0];
    if (!token.includes("-")) {
      out.push(token);
      continue;
    }
    const parts = token.split("-").filter(Boolean);
    out.push(...parts);
    if (joinHyphenated) out.push(parts.join(""));
  }
  return out;
}

/** The canonical spelling of one raw token: what typo matching and prefix completion compare. */
export function canonical(token: string): string {
  return germanWord(token).surface;
}

// Stemming is most of the cost of indexing and the same words recur, so results are kept (bounded).
const germanCache = new Map<string, Word>();

export function germanWord(token: string): Word {
  let word = germanCache.get(token);
  if (!word) {
    const prepared = prepareGerman(token.toLowerCase().replace(/ß/g, "ss"));
    word = { surface: foldUmlauts(prepared), stem: stemGerman(prepared) };
    if (germanCache.size > 50_000) germanCache.clear();
    germanCache.set(token, word);
  }
  return word;
}

export function englishWord(token: string): Word {
  const plain = token.replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u").replace(/ß/g, "ss");
  return { surface: canonical(token), stem: stemEnglish(plain) };
}

export function wordsOf(text: string, language: SearchLanguage): Word[] {
  return rawTokens(text).map(language === "de" ? germanWord : englishWord);
}
