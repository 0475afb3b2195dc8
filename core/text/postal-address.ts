/**
 * Finds a physical postal address in the text cheaply: a street line ("1600 Amphitheatre Parkway",
 * "12 rue de la Paix", "Hauptstraße 5", "Calle Mayor, 10"), a P.O. box, a US "ST 12345" or a UK
 * postcode. Lines are read in short windows so every pattern runs on bounded strings.
 */

/** Window length and step over long lines: an address line is short, so windows overlap by enough. */
const WINDOW = 400;
const STEP = 320;
/** Stop after this much text: an address sits in a footer, but a 10 MB draft must stay fast. */
const MAX_TEXT = 400_000;

const US_STREET =
  /\b\d{1,6}[A-Za-z]?\s(?:[NSEW]\.?\s)?(?:[A-Z0-9][\w.'-]{0,30}\s){0,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Square|Sq|Plaza|Terrace|Circle|Cir|Broadway|Suite|Ste|Floor)\b/;
const PO_BOX = /\b(?:P\.?\s?O\.?\s?Box|Postfach|Apartado(?:\sde\sCorreos)?|B\.?P\.?|Case\spostale)\s?\d{1,6}\b/i;
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR'.split(' '),
);
const US_STATE_ZIP = /\b([A-Z]{2}),?\s\d{5}(?:-\d{4})?\b/g;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/;
const FR_STREET = /\b\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|av\.|bd|boulevard|place|allée|allee|chemin|impasse|quai|route|cours|square)\s/i;
/**
 * A German street: two letters or more, then a street word and a house number ("Hauptstraße 5").
 * Found from the street word, then the letters before it are checked: the same matches as
 * /[a-zäöüß]{2,40}(?:straße|…)\s\d{1,4}[a-z]?\b/i without trying a run of letters at every letter.
 * A street after a hyphen ("Theodor-Heuss-Ring 12") is not read: product names are written so
 * ("Top-Ring 3 sizes", "Gold-Ring 14 Karat").
 */
const DE_STREET_WORD = /(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|ring|ufer)\s\d{1,4}[a-z]?\b/gi;
const DE_LETTER = /[a-zäöüß]/i;

/**
 * The two global patterns, copied once per text (`matchAll` copied them for every window it read,
 * and a copy costs more than the search). Their `lastIndex` lives and dies with one call of
 * `hasPostalAddress`.
 */
interface Searches {
  readonly germanStreetWord: RegExp;
  readonly stateZip: RegExp;
}

function searches(): Searches {
  return { germanStreetWord: new RegExp(DE_STREET_WORD), stateZip: new RegExp(US_STATE_ZIP) };
}

/** A year (1900–2099) is no house number: `spring 2025`, `Hiring 2025`. Read on the match itself. */
const YEAR_NUMBER = /\s(?:19|20)\d\d$/;

function hasGermanStreet(window: string, search: RegExp): boolean {
  search.lastIndex = 0;
  for (let match = search.exec(window); match !== null; match = search.exec(window)) {
    const at = match.index;
    if (at < 2 || !DE_LETTER.test(window.charAt(at - 1)) || !DE_LETTER.test(window.charAt(at - 2))) continue;
    // English words end in `ring` after a vowel (during, hiring, offering, engineering) or after
    // two letters (string, spring, bring); a German street's `-ring` follows a noun of three letters
    // or more ending in a consonant (Kaiserring, Ostring, Wallring). Loose on purpose: an English
    // noun in -string, -spring or -rring before a number still reads as a street ("Offspring 2
    // kids", "Earring 2"), for neither case nor the words after the number tell it from a German
    // street in prose ("Hohenzollernring 48 in Köln"; Enron-Spam's text is lower-cased).
    if (/^ring/i.test(match[0]) && (/[aeiouy]/i.test(window.charAt(at - 1)) || !DE_LETTER.test(window.charAt(at - 3)))) continue;
    if (YEAR_NUMBER.test(match[0])) continue;
    return true;
  }
  return false;
}
const ES_IT_STREET = /\b(?:calle|c\/|avda\.?|avenida|plaza|paseo|carrer|camino|via|viale|piazza|corso)\s[^\n,]{2,40},?\s(?:n[º°o]\.?\s?)?\d{1,4}\b/i;

function windowHasAddress(window: string, search: Searches): boolean {
  if (US_STREET.test(window) || PO_BOX.test(window) || UK_POSTCODE.test(window)) return true;
  if (FR_STREET.test(window) || hasGermanStreet(window, search.germanStreetWord) || ES_IT_STREET.test(window)) return true;
  const { stateZip } = search;
  stateZip.lastIndex = 0;
  for (let match = stateZip.exec(window); match !== null; match = stateZip.exec(window)) if (US_STATES.has(match[1] ?? '')) return true;
  return false;
}

/** Whether the text holds something that reads as a postal address. */
export function hasPostalAddress(text: string): boolean {
  const limit = Math.min(text.length, MAX_TEXT);
  let search: Searches | null = null;
  let lineStart = 0;
  while (lineStart < limit) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > limit) lineEnd = limit;
    for (let start = lineStart; start < lineEnd; start += STEP) {
      const window = text.slice(start, Math.min(lineEnd, start + WINDOW));
      // Digits are in every address pattern: most lines are skipped without a regex.
      if (/\d/.test(window) && windowHasAddress(window, (search ??= searches()))) return true;
      if (start + WINDOW >= lineEnd) break;
    }
    lineStart = lineEnd + 1;
  }
  return false;
}
