// The Snowball German stemmer ("german2" variant: ae/oe/ue count as umlauts), so that Anträge, Antrag
// and antraege meet in one stem. Source: snowballstem.org/algorithms/german/stemmer.html.
const VOWELS = new Set("aeiouyäöü");
const S_ENDING = new Set("bdfghklmnrt");
const ST_ENDING = new Set("bdfghklmnt");

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWELS.has(c);
}

/**
 * Marks u and y between vowels as consonants (U, Y) and turns ae/oe/ue into umlauts, as the algorithm's
 * prelude does. The result is the form the stemmer works on; `foldUmlauts` makes it plain ASCII again.
 */
export function prepareGerman(word: string): string {
  let w = word.replace(/ß/g, "ss");
  const chars = [...w];
  for (let i = 1; i < chars.length - 1; i++) {
    if ((chars[i] === "u" || chars[i] === "y") && isVowel(chars[i - 1]) && isVowel(chars[i + 1])) chars[i] = chars[i]!.toUpperCase();
  }
  w = chars.join("");
  return w.replace(/ae/g, "ä").replace(/oe/g, "ö").replace(/(?<!q)ue/g, "ü");
}

/** Plain letters again: umlauts lose their dots, the consonant marks go. */
export function foldUmlauts(prepared: string): string {
  return prepared.replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u").replace(/U/g, "u").replace(/Y/g, "y");
}

function regionStart(w: string, from: number): number {
  for (let i = from + 1; i < w.length; i++) if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
  return w.length;
}

/** The stem of one prepared word (see prepareGerman), already folded to plain letters. */
export function stemGerman(prepared: string): string {
  let w = prepared;
  if (w.length <= 3) return foldUmlauts(w);
  const r1Raw = regionStart(w, 0);
  const r1 = Math.max(3, r1Raw);
  const r2 = regionStart(w, r1Raw);
  const inR1 = (suffixLength: number) => w.length - suffixLength >= r1;
  const inR2 = (suffixLength: number) => w.length - suffixLength >= r2;

  // Step 1
  for (const suffix of ["ern", "em", "er"]) {
    if (w.endsWith(suffix)) {
      if (inR1(suffix.length)) w = w.slice(0, -suffix.length);
      return step2(w);
    }
  }
  for (const suffix of ["en", "es", "e"]) {
    if (w.endsWith(suffix)) {
      if (inR1(suffix.length)) {
        w = w.slice(0, -suffix.length);
        if (w.endsWith("niss")) w = w.slice(0, -1);
      }
      return step2(w);
    }
  }
  if (w.endsWith("s") && S_ENDING.has(w[w.length - 2] ?? "") && inR1(1)) w = w.slice(0, -1);
  return step2(w);

  function step2(x: string): string {
    w = x;
    let done = false;
    for (const suffix of ["est", "en", "er"]) {
      if (w.endsWith(suffix)) {
        if (inR1(suffix.length)) w = w.slice(0, -suffix.length);
        done = true;
        break;
      }
    }
    if (!done && w.endsWith("st") && inR1(2) && ST_ENDING.has(w[w.length - 3] ?? "") && w.length - 3 >= 3) w = w.slice(0, -2);
    return step3();
  }

  function step3(): string {
    if (w.endsWith("end") || w.endsWith("ung")) {
      if (inR2(3)) {
        w = w.slice(0, -3);
        if (w.endsWith("ig") && inR2(2) && !w.endsWith("eig")) w = w.slice(0, -2);
      }
    } else if (w.endsWith("isch")) {
      if (inR2(4) && !w.endsWith("eisch")) w = w.slice(0, -4);
    } else if (w.endsWith("ig") || w.endsWith("ik")) {
      if (inR2(2) && w[w.length - 3] !== "e") w = w.slice(0, -2);
    } else if (w.endsWith("lich") || w.endsWith("heit")) {
      if (inR2(4)) {
        w = w.slice(0, -4);
        if ((w.endsWith("er") || w.endsWith("en")) && inR1(2)) w = w.slice(0, -2);
      }
    } else if (w.endsWith("keit")) {
      if (inR2(4)) {
        w = w.slice(0, -4);
        if (w.endsWith("lich") && inR2(4)) w = w.slice(0, -4);
        else if (w.endsWith("ig") && inR2(2)) w = w.slice(0, -2);
      }
    }
    return foldUmlauts(w);
  }
}
