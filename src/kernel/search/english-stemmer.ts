// A light English stemmer (Porter's step 1: plurals, -ed, -ing), enough to meet "permits" and "permit",
// "married" and "marry" in the short English names and summaries. Source: Porter (1980), step 1a–1c.
const VOWEL = /[aeiou]/;

function measure(stem: string): number {
  // m in Porter's [C](VC)^m[V]: the number of vowel–consonant sequences.
  const form = stem.replace(/[^aeiouy]+/g, "C").replace(/[aeiouy]+/g, "V");
  return (form.match(/VC/g) ?? []).length;
}

function endsDoubleConsonant(w: string): boolean {
  const a = w[w.length - 1];
  return w.length > 1 && a === w[w.length - 2] && !VOWEL.test(a ?? "");
}

function endsCvc(w: string): boolean {
  if (w.length < 3) return false;
  const [c1, v, c2] = [w[w.length - 3]!, w[w.length - 2]!, w[w.length - 1]!];
  return !VOWEL.test(c1) && VOWEL.test(v) && !VOWEL.test(c2) && !"wxy".includes(c2);
}

export function stemEnglish(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ies")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);

  let stripped = false;
  if (w.endsWith("eed")) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith("ed") && VOWEL.test(w.slice(0, -2))) {
    w = w.slice(0, -2);
    stripped = true;
  } else if (w.endsWith("ing") && VOWEL.test(w.slice(0, -3)) && w.length > 5) {
    w = w.slice(0, -3);
    stripped = true;
  }
  if (stripped) {
    if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) w += "e";
    else if (endsDoubleConsonant(w) && !/[lsz]$/.test(w)) w = w.slice(0, -1);
    else if (measure(w) === 1 && endsCvc(w)) w += "e";
  }
  if (w.endsWith("y") && VOWEL.test(w.slice(0, -1))) w = w.slice(0, -1) + "i";
  return w;
}
