// Words that carry no subject: articles, pronouns, question words, auxiliaries (German and English), and
// "weak" words that say what a person wants to know (cost, duration, documents) but not about which service.
// The sets hold canonical spellings (see normalise.ts), so "für", "fuer" and "fur" are one stop word.
import { canonical, germanWord } from "./normalise.ts";

const germanStop = `
ab aber alle allem allen aller alles als also am an ans auch auf aus bei beim bin bis bist bitte da dabei damit
dann das dass dein deine deinem deinen deiner dem den denn der des dich die dies diese diesem diesen dieser
dir doch dort du durch ein eine einem einen einer eines einfach er es etwas euch euer eure für gegen gibt
gilt hab habe haben hat hatte hätte hier ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ins ist ja
jemand jetzt kann kannst könnte können man manche mein meine meinem meinen meiner meines mich mir mit
möchte möchten muss musst müssen nach noch nun nur ob oder ohne sehr sein seine seinem seinen seiner sich
sie sind so soll sollte sollen über um und uns unser unsere unseren unserem unter vom von vor wann war
waren warum was weil welche welchem welchen welcher welches wem wen wenn wer werde werden wie wieso will
wir wird wo wohin woher womit wurde würde zu zum zur zwar geht gehts mal bzw usw egal eigentlich sowie
darf dürfen hallo guten tag brauch brauche brauchen benötige benötigt tun mache machen kommt kommen
wurde worden viel viele wieviel seit schon immer bereits jemandem jemanden niemand niemandem irgendwie
irgendwo irgendwas irgendein irgendeine raus rein rüber runter rum her hin hierher dahin grad gerade halt
eben nochmal endlich bisschen ganz total echt okay ok hey servus moin leute
`;

const englishStop = `
a about after am an and any are as at be been before being but by can could did do does doing for from get
getting got had has have having he her here his how i if in into is it its me more my need needs of on
or our please she should so some than that the their them then there these they this those to too
want was we were what when where which while who why will with would you your yours much many just also
still near nearby im i'm let lets know like tell there possible way take takes taking one someone something
`;

/**
 * Words that ask about an aspect every service has. They count a little (a question about costs still
 * matches a text about fees) but never decide which service is meant.
 */
const weak = `
kosten kostet kostenlos gebühr gebühren preis teuer dauer dauert lange wie lange frist fristen gültig
unterlagen dokumente papiere nachweise formular formulare antrag anträge beantragen stellen öffnungszeiten
geöffnet termin termine online münchen münchner stadt amt behörde zuständig zuständigkeit infos
informationen information hilfe erledigen bekommen erhalten brauchen neu neue neuer neues finden suche suchen
cost costs fee fees price long documents form forms apply application online munich city office
appointment new find organisieren planen regeln kümmern nicht kein keine hilft helfen problem probleme
frage fragen jahr jahre jahren monat monate monaten woche wochen tag tage tagen heute morgen gestern
kriegen kriege kriegt bekomme bekommt deutschland germany informieren auskunft erkundigen
`;

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(canonical));
}

export const stopWords: ReadonlySet<string> = new Set([...set(germanStop), ...set(englishStop)]);
/** Stems of the weak words, so that "Problemen" is as weak as "Problem". */
export const weakStems: ReadonlySet<string> = new Set([...set(weak)].map((w) => germanWord(w).stem));

/**
 * Separable verb particles: "wie melde ich mein Auto ab" means "abmelden". The particle stands alone at the
 * end of the clause; joined with the verb it names the service.
 */
export const separableParticles: readonly string[] = ["ab", "an", "auf", "aus", "ein", "um", "weg", "zu", "nach", "vor", "mit", "zurück", "fest", "frei", "raus", "rein", "heraus", "herein"];

/** Colloquial particles stand for the her- form: "find … raus" is herausfinden. */
export const particleFullForm: ReadonlyMap<string, string> = new Map([
  ["raus", "heraus"],
  ["rein", "herein"],
]);
