/**
 * Finds a physical postal address in the text cheaply: a street line ("1600 Amphitheatre Parkway",
 * "12 rue de la Paix", "Hauptstraße 5", "Calle Mayor, 10"), a P.O. box, a US "ST 12345" or a UK
 * postcode. Lines are read in short windows so every pattern runs on bounded strings; a German
 * street found in a window is then read on the text around it, a bounded stretch each side.
 *
 * Each street word that is also a word of a sentence needs the name or the number around it to
 * look like a street's, as a list of exceptions would never end: test/text/postal-address.test.ts
 * holds what is read and what is not, in each language, and the known misses.
 *
 * The street types and street words, the words a street's name holds, the box forms and the US
 * state codes are data (wordlists/global/street-words.yml, street-name-words.yml, po-box-forms.yml
 * and us-states.yml, generated into core/data/streets.ts): the patterns are built from them once,
 * when this module loads, each word a literal in an alternation, so every pattern stays as linear as
 * one written out by hand. Grammar stays here: `Am`/`Im`/`An der`, `und`/`bei`, a date's `de`, the
 * number signs (`nº`, `No.`, `#`), `bis`/`ter`, the compass points.
 */
import type { StreetNameWord, StreetOrder } from '../data/types.ts';
import { poBoxForms, streetNameWords, streetWords, usStates } from '../data/streets.ts';

/** The words of one order, the longest first (each is followed by a space or a non-letter, so no word hides another). */
function wordsOf(order: StreetOrder, common?: boolean): string[] {
  return streetWords
    .filter((entry) => entry.order === order && (common === undefined || entry.common === common))
    .map((entry) => entry.word)
    .sort(longestFirst);
}
const escapeWord = (word: string): string => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
/** An alternation of literal words; of none, a pattern that never matches (an empty one would match everywhere). */
const alternation = (words: readonly string[]): string => (words.length === 0 ? '(?!)' : words.map(escapeWord).join('|'));
const longestFirst = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The lower-case words a street's name holds in the reading of `order`, the longest first: words of
 * their own (`de`, `della`), or, `elided`, the elided ones without their apostrophe (`d`, `dell`).
 */
function nameWordsOf(order: StreetNameWord['order'], elided: boolean): string[] {
  return streetNameWords
    .filter((entry) => entry.order === order && entry.word.endsWith("'") === elided)
    .map((entry) => (elided ? entry.word.slice(0, -1) : entry.word))
    .sort(longestFirst);
}
/** The elided words of `order`, each joined to the next word by an apostrophe, ASCII or typographic (`d'`, `l’`). */
const elisions = (order: StreetNameWord['order']): string => `(?:${alternation(nameWordsOf(order, true))})['’]`;

/**
 * A box form as a pattern: a full stop may be left out, and a space after one too ("P.O. Box", "PO
 * Box", "POBox" for `p. o. box`; "BP" for `b.p.`); another space is one space ("Case postale").
 */
const boxFormPattern = (form: string): string => escapeWord(form).replace(/\\\. ?| /g, (separator) => (separator === ' ' ? '\\s' : separator === '\\.' ? '\\.?' : '\\.?\\s?'));
/** The box forms read in any case, or (`capitals`) in capitals only, as one alternation. */
const boxForms = (capitals: boolean): string => {
  const forms = poBoxForms.filter((entry) => entry.capitals === capitals).map((entry) => (capitals ? entry.form.toUpperCase() : entry.form));
  return forms.length === 0 ? '(?!)' : forms.sort(longestFirst).map(boxFormPattern).join('|');
};

/** Window length and step over long lines: an address line is short, so windows overlap by enough. */
const WINDOW = 400;
const STEP = 320;
/** Stop after this much text: an address sits in a footer, but a 10 MB draft must stay fast. */
const MAX_TEXT = 400_000;

/** A part of the line ends here, as after a house number: the line's end or a separator (`,`, `;`, `·`, `|`, `(`, a dash, a full stop). */
const PART_ENDS_AHEAD = `(?=[^\\S\\n]*(?:$|\\n|[,;·•|(–—]|-\\s|\\.(?:\\s|$)))`;
const US_SUFFIX = alternation(wordsOf('number-name-type').map(capitalised));

/**
 * A US street: the number, a name of one to five words, then the suffix or unit designator
 * ("123 Main St", "1234 Sunset Blvd Ste 200", "100 Dr Martin Luther King Jr Blvd"). A suffix
 * straight after a number is a count of something ("1200 Sq Ft", "Book 2 Suite Nights", "Only 2 Dr
 * visits"), unless a number follows it that ends its part of the line, maybe with a direction: a
 * numbered route ("100 Highway 36", "500 Hwy 7 N", "100 Highway 36 West"). A word that is the street's whole name
 * ("1515 Broadway") ends its part of the line, as a house number does: "Win 2 Broadway Tickets",
 * "Top 10 Broadway Shows" count shows. The suffix ends where its word does, in any script:
 * "10 Stück", "In 5 Städten" hold no `St`.
 */
const US_STREET = new RegExp(
  `\\b\\d{1,6}[A-Za-z]?\\s(?:[NSEW]\\.?\\s)?(?:(?:[A-Z0-9][\\w.'-]{0,30}\\s){1,5}(?:${US_SUFFIX})(?![\\p{L}\\p{N}_])|(?:${US_SUFFIX})\\s\\d{1,4}(?:\\s(?:[NSEW]{1,2}|North|South|East|West)\\.?)?${PART_ENDS_AHEAD}|(?:${alternation(wordsOf('number-name').map(capitalised))})${PART_ENDS_AHEAD})`,
  'u',
);
/** A post office box: its form, then its number ("PO Box 1234", "Postfach 10 20 30", "Apartado de Correos 12"). */
const PO_BOX = new RegExp(`\\b(?:${boxForms(false)})\\s?\\d{1,6}\\b`, 'i');
/** A form read in capitals only: La Poste's boîte postale, as Enron's lower-cased "bp 100 , 000 dth" is BP's gas. */
const BOITE_POSTALE = new RegExp(`\\b(?:${boxForms(true)})\\s?\\d{1,6}\\b`);
const US_STATES: ReadonlySet<string> = new Set(usStates);
const US_STATE_ZIP = /\b([A-Z]{2}),?\s\d{5}(?:-\d{4})?\b/g;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/;
/**
 * A French street: number, `bis`/`ter`, type de voie, then the name, which starts with a letter
 * ("12 rue de la Paix", "3 bd Haussmann"; not "8 bd 8 kvbgi"). The number is no house number when it
 * ends a larger one ("12,000 square mile", Enron's "300 , 000 bd"). Four types are common nouns
 * too, in French or English ("2 cours de yoga", "1 place offerte", "1500 square feet", "3 square
 * meals"): after them the name must be capitalised ("1 Place du Trocadéro"), its articles aside.
 */
const FR_STREET = new RegExp(
  `\\b\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s(?:${alternation(wordsOf('number-type-name', false))}|(${alternation(wordsOf('number-type-name', true))}))\\s(?:(?:${alternation(nameWordsOf('number-type-name', false))})\\s|${elisions('number-type-name')}){0,3}(\\S)`,
  'gi',
);

/**
 * The last three digits of a larger number: "12,000", "300 , 000". Only three digits after a group
 * of one to three, as thousands are written, so that a house number after another number and a
 * comma is read ("Appt 4, 12 rue de la Paix", "RCS Paris 123 456 789, 12 rue de la Paix").
 */
const THOUSANDS = /^\d{3}(?!\d)/;
const LARGER_NUMBER_BEFORE = /(?<!\d)\d{1,3}\s?[.,]\s?$/;

/** A name in lower case, then a postcode: "12 place du marché, 69001 Lyon", "3 route de la gare, 74000 annecy". */
const NAME_THEN_POSTCODE = /^[\p{L}'’ -]{1,60},?\s\d{5}(?!\d)/u;

/** A street named after a date: "12 rue du 4 Septembre", "3 avenue du 8 Mai 1945"; not "8 bd 8 kvbgi". */
const DATE_NAME = /^\d{1,2}(?:er)?\s\p{Lu}/u;

/** A capital letter, of any script that has them. */
const UPPER = /^\p{Lu}$/u;

function hasFrenchStreet(window: string, search: RegExp): boolean {
  search.lastIndex = 0;
  for (let match = search.exec(window); match !== null; match = search.exec(window)) {
    if (THOUSANDS.test(match[0]) && LARGER_NUMBER_BEFORE.test(window.slice(Math.max(0, match.index - 6), match.index))) continue;
    const initial = match[2] ?? '';
    const initialAt = match.index + match[0].length - 1;
    if (!isLetter(initial)) {
      if (DATE_NAME.test(window.slice(initialAt, initialAt + 8))) return true;
    } else if (match[1] === undefined || isCapital(initial) || NAME_THEN_POSTCODE.test(window.slice(initialAt, initialAt + 80))) return true;
  }
  return false;
}

/**
 * A street whose type comes first and its number last: Spanish, Catalan, Italian, and French as
 * Belgium writes it ("Calle Mayor, 10", "C/ Alcalá 45", "Via del Corso 5", "Rue de la Loi 16").
 * Most types are words of a sentence too, in their language or in English (`via`, `plaza`, `corso`,
 * `avenue`, `rue`): after them the name is capitalised words, with their articles and prepositions
 * between them ("Avda. de la Constitución, 3", "Piazza della Repubblica 1"), so that "reply via
 * email within 24 hours", "reserva tu plaza en 2 minutos" or "iscriviti al corso di inglese in 3
 * mesi" is no street. Such a type is written in lower case, capitalised or in capitals. A capital
 * alone proves nothing, as English capitalises its names and titles ("Ship Via FedEx 2 Day", "Avenue
 * Q 2 tickets", "Disponible vía WhatsApp 24 horas"): the number must also look like a house number,
 * ending its part of the line (the line's end, a comma, a dot, `·`, `|`, ` - `, a range "12-14" or a
 * letter "12a") where a count goes on to what it counts, or a postcode must follow; a name in lower
 * case is read only before a postcode ("via roma 10, 00184 roma", "plaza de colon 27 , e - 28830
 * madrid"). The others name a street and nothing else (`calle`, `avenida`, `carrer`, `viale`, `chaussée`): their name
 * may be in lower case, as in Enron-Spam's lower-cased text ("calle lima 27").
 */
const NAME_ARTICLE = `(?:${alternation(nameWordsOf('type-name-number', false))})\\s`;
/** A date names streets too: "Via 4 Novembre 5", "Piazza 25 Aprile 1", "Avenida 5 de Mayo 12". */
const DATE_BEFORE = '(?:\\d{1,2}[º°]?\\s(?:de\\s)?)?';
const NAME_WORD = `${DATE_BEFORE}(?:${elisions('type-name-number')})?\\p{Lu}[\\p{L}'’.-]*`;
const ANY_NAME_WORD = `${DATE_BEFORE}\\p{L}[\\p{L}'’.-]*`;
/** The house number, maybe after `nº`, `n°`, `no.` or Italy's `n.` ("Via Roma n. 10", "Via Roma, n.10"). */
const HOUSE_NUMBER = ',?\\s(?:n(?:[º°o]\\.?|\\.)\\s?)?\\d{1,4}\\b';
const NAMED_TYPES = wordsOf('type-name-number', true);
const STREET_TYPES = wordsOf('type-name-number', false);
/** A type as it is written: in lower case, capitalised or in capitals. */
const typeForms = (types: readonly string[]): string =>
  alternation([...new Set(types.flatMap((type) => [type, capitalised(type), type.toUpperCase()]))]);
/** A type, then the space after it: one, or none or one after a type ending in a slash ("C/ Alcalá 45", "C/Mayor, 10"). */
function typeThenSpace(types: readonly string[]): string {
  const slashed = types.filter((type) => type.endsWith('/'));
  const spaced = types.filter((type) => !type.endsWith('/'));
  if (slashed.length === 0) return `(?:${typeForms(spaced)})\\s`;
  return `(?:(?:${typeForms(spaced)})\\s|(?:${typeForms(slashed)})\\s?)`;
}
const NAMED_TYPE = `\\b(?<![\\p{L}\\p{N}])${typeThenSpace(NAMED_TYPES)}`;
const TYPE_FIRST_NAMED = new RegExp(`${NAMED_TYPE}(?:${NAME_ARTICLE}|${NAME_WORD}\\s){0,5}${NAME_WORD}${HOUSE_NUMBER}`, 'gu');
const TYPE_FIRST_NAMED_LOWER = new RegExp(`${NAMED_TYPE}(?:${ANY_NAME_WORD}\\s){0,5}${ANY_NAME_WORD}${HOUSE_NUMBER}`, 'gu');

/**
 * A house number ends its part of the line: a letter or a range may follow ("12a", "12-14",
 * "10/A", "29 - 31"; not "24/7", whose second number is smaller), then the line's end or a separator. A
 * count goes on to what it counts ("24 hours", "3-Day", "6 pack").
 */
const NUMBER_ENDS_PART = /^(?:\s?\/?\s?[a-zA-Z](?![\p{L}\p{N}]))?(?:\s?[-–/]\s?(\d{1,4})[a-zA-Z]?(?![\p{L}\p{N}]))?[^\S\n]*(?:$|\n|[,;·•|(–—]|-\s|\.(?:\s|$))/u;
/**
 * The same, more strictly, for a common noun after `Am`/`Im` ("Am Ring 3"): the number ends its
 * line, or a comma or `·` follows it, as in an imprint ("Muster GmbH, Am Ufer 12, Musterstadt").
 * A dash, a bracket, a bar or a full stop is how a headline or a sentence goes on ("Im Ring 2 –
 * Klitschko gegen Fury", "Am Platz 1 (seit drei Wochen)", "News | Am Platz 1 | Charts", "Im Weg 1. Teil").
 */
const NUMBER_ENDS_LINE_OR_COMMA = /^(?:\s?\/?\s?[a-zA-Z](?![\p{L}\p{N}]))?(?:\s?[-–/]\s?(\d{1,4})[a-zA-Z]?(?![\p{L}\p{N}]))?[^\S\n]*(?:$|\n|[,·•])/u;
const LAST_NUMBER = /(\d{1,4})$/;

function numberEndsPart(text: string, end: number, ends: RegExp = NUMBER_ENDS_PART): boolean {
  const after = ends.exec(text.slice(end, end + LOOK_AHEAD));
  if (after === null) return false;
  const second = after[1];
  return second === undefined || Number(second) >= Number(LAST_NUMBER.exec(text.slice(Math.max(0, end - 4), end))?.[1] ?? 0);
}

/**
 * A postcode after a house number, on its line or a line below, over separators only, then its
 * town: "Kaiserring 12, 68161 Mannheim", "· D-68161 Mannheim", "D 50672 Köln", "CH-8800 Thalwil".
 * In lower-cased text ("via roma 10, 00184 roma", "e - 28830 madrid") the postcode has five digits
 * (not "earring 2 - 1500 reviews") and the town is in lower case, or it ends the line ("via cavour
 * 136 . 44100").
 */
const POSTCODE_AFTER = /^(?:\s?[-–/]\s?\d{1,4})?[\s,;.·|–-]*(?:[A-Z]{1,2}\s?-?\s?)?\d{4,5}\s\p{Lu}/u;
const POSTCODE_AFTER_LOWER = /^(?:\s?[-–/]\s?\d{1,4})?[\s,;.·|–-]*(?:[a-z]{1,2}\s?-?\s?)?\d{5}(?:[^\S\n]*(?:\n|$)|\s\p{Ll})/u;

/**
 * A postcode after a fused `-ring` whose name ends as English words in -ring do (ENGLISH_RING_STEM)
 * and its number: five digits, or a country letter before it ("A-1010 Wien", "CH-8800 Thalwil"), over
 * any separators; four digits alone ("Ostring 5, 3006 Bern") only after a comma, `;`, `·` or a line
 * break. After a bar or a dash, or a space alone, four digits and a capitalised word are how an
 * English title goes on, with a count or a year ("Earring 2 - 1500 Reviews", "Offspring 2 | 2024
 * Edition", "Keyring 3 | 1000 Pieces"); after a comma they are read ("Earring 2, 1500 Reviews").
 */
const RING_POSTCODE_AFTER =
  /^(?:\s?[-–/]\s?\d{1,4})?(?:[\s,;.·|–-]*(?:[A-Z]{1,2}\s?-?\s?\d{4,5}|\d{5})|(?:[^\S\n]|[.|–-])*[,;·\n][\s,;.·|–-]*\d{4})\s\p{Lu}/u;

function postcodeAfter(text: string, end: number, lowerCase = false): boolean {
  const after = text.slice(end, end + POSTCODE_LOOK_AHEAD);
  return POSTCODE_AFTER.test(after) || (lowerCase && POSTCODE_AFTER_LOWER.test(after));
}

/** A type-first street whose type is a word of a sentence too: its number ends its part, or a postcode follows. */
function hasNamedStreet(text: string, start: number, window: string, search: Searches): boolean {
  const { named, namedLower } = search;
  named.lastIndex = 0;
  for (let match = named.exec(window); match !== null; match = named.exec(window)) {
    const end = start + match.index + match[0].length;
    if (numberEndsPart(text, end) || postcodeAfter(text, end)) return true;
  }
  namedLower.lastIndex = 0;
  for (let match = namedLower.exec(window); match !== null; match = namedLower.exec(window)) {
    if (postcodeAfter(text, start + match.index + match[0].length, true)) return true;
  }
  return false;
}
/**
 * A street of a numbered grid, as Colombia writes it: the street's number, `#` or `No.`, the
 * number of the cross street and of the door ("Calle 72 # 10-34", "Carrera 7 No. 71-21").
 */
const GRID_TYPES = wordsOf('type-grid');
const TYPE_FIRST_GRID = new RegExp(
  `\\b(?<![\\p{L}\\p{N}])(?:${typeForms(GRID_TYPES)})\\s\\d{1,3}[A-Za-z]?\\s?(?:#|No\\.?|N[º°o]\\.?)\\s?\\d{1,3}[A-Za-z]?\\s?-\\s?\\d{1,3}(?!\\d)`,
  'u',
);
const TYPE_FIRST_ANY = new RegExp(
  `\\b(?<![\\p{L}\\p{N}])${typeThenSpace(STREET_TYPES)}(?:${ANY_NAME_WORD}\\s){0,5}${ANY_NAME_WORD}${HOUSE_NUMBER}`,
  'u',
);

/**
 * A German street word and a house number ("Hauptstraße 5"). Found from the street word, then the
 * name before it is read on the text (germanStreetAt), without trying a run of letters at every
 * letter. Dutch writes its streets the same way ("Kerkstraat 12", "Prinsengracht 263",
 * "Stationsplein 1"), so its street words are read by the same rules; not `kade`, which ends
 * the English "blockade".
 */
const STREET_WORD_NUMBER = `(?:${alternation(wordsOf('name-type-number'))})\\s\\d{1,4}[a-z]?\\b`;
const DE_STREET_WORD = new RegExp(STREET_WORD_NUMBER, 'gi');
/** The same, anchored where a window found it, to read it whole on the text. */
const DE_STREET_AT = new RegExp(STREET_WORD_NUMBER, 'iy');

/** How far a German street's reading looks around its match: the name before it, the words after its number. */
const LOOK_BACK = 40;
const LOOK_AHEAD = 40;
/** How far it looks for a postcode after a house number, over spaces and separators only (a footer's lines are often indented far). */
const POSTCODE_LOOK_AHEAD = 200;

/**
 * German prose after a house number: a range that ends its part of the line ("Ostring 3-5"; not
 * "Offspring 2-3 years old"), "12 und 14", or "bei Köln". Not "in Köln", as English writes "Earring
 * 2 in Gold" and "Wellspring 2 in Denver" so.
 */
const RING_PROSE = /^(?:\s?[-–]\s?\d{1,4}[a-z]?[^\S\n]*(?:$|\n|[,;·|(]|-\s)|\s(?:und|u\.)\s\d|\sbei\s\p{Lu})/u;
/** `Am`, `Im`, where German writes a street ("Am Ostring 3", "am Hohenzollernring 48", "AM KAISERRING 3"). */
const AM_WORD = /^(?:[AaIi]m|AM|IM)$/;
const AM_BEFORE = /(?<!\p{L})(?:[AaIi]m|AM|IM)\s$/u;
/** Letters English words do not have: "Universitätsring 1" is German whatever follows. */
const GERMAN_LETTER = /[äöüß]/i;

const LETTER = /^\p{L}$/u;
const VOWEL = /^[aeiouyäöü]$/i;
const RING_AT = /^ring/i;
/**
 * How English words in -ring end before `ring`: a vowel (during, hiring, Keyring), an `r` (Earring,
 * Herring, stirring) or `sp`, `st` (Offspring, Wellspring, hamstring). German street names end so
 * too (Kaiserring, Europaring, Ostring), and the reading asks more of those.
 */
const ENGLISH_RING_STEM = /(?:[aeiouyäöür]|s[pt])$/i;
const ENDS_IN_LETTER = /[a-z]$/i;
/** Whether a character is a letter: ASCII by its code, as the names read back letter by letter mostly are; others by `\p{L}`. */
const isLetter = (char: string): boolean => {
  const code = char.charCodeAt(0) | 32;
  return code < 0x80 ? code >= 97 && code <= 122 : LETTER.test(char);
};
const isVowel = (char: string): boolean => VOWEL.test(char);

/** A year (1900–2099) is no house number: `spring 2025`, `Hiring 2025`. Read on the match itself. */
const YEAR_NUMBER = /\s(?:19|20)\d\d$/;

/**
 * Reads each street word the window finds, on the text; one that a window before found in the
 * overlap of the two was read then, and is not read again.
 */
function hasGermanStreet(text: string, start: number, window: string, search: Searches): boolean {
  const { germanStreetWord } = search;
  germanStreetWord.lastIndex = 0;
  for (let found = germanStreetWord.exec(window); found !== null; found = germanStreetWord.exec(window)) {
    const at = start + found.index;
    if (at < search.germanReadTo) continue;
    search.germanReadTo = at + 1;
    // The window's match is the text's unless it ends at the window's edge, which may cut its number.
    const whole = found.index + found[0].length < window.length ? found[0] : undefined;
    if (germanStreetAt(text, at, whole)) return true;
  }
  return false;
}

/**
 * Whether the street word at `at` in the text, with its number, is a German street. Read on the
 * text, not the window that found it, so that a window's edge cuts no name and no number: `whole`
 * is the match when the window holds it whole, else it is read again on the text.
 */
function germanStreetAt(text: string, at: number, whole: string | undefined): boolean {
  DE_STREET_AT.lastIndex = at;
  const match = whole ?? DE_STREET_AT.exec(text)?.[0];
  if (match === undefined || YEAR_NUMBER.test(match)) return false;
  let nameStart = at;
  while (nameStart > at - LOOK_BACK && isLetter(text.charAt(nameStart - 1))) nameStart--;
  const fused = at - nameStart;
  const ring = RING_AT.test(match);
  const end = at + match.length;
  // A street word fused to its name, whatever the case (Enron-Spam's lower-cased "dahlienweg 6").
  if (fused >= 2) return !ring || ringStreet(text, nameStart, at, end);
  if (fused === 1) return false;
  // A street word of its own is a German noun, capitalised: "Berliner Straße 12", "Am Ring 3, …".
  if (!isCapital(text.charAt(at))) return false;
  // Its number ends its part of the line ("Die Straße 5 mal überqueren" is no street), or a postcode
  // follows. A word that is a common noun in a sentence (Platz, Weg, Ring, Allee, Ufer, Plein) needs
  // the postcode: "Bestseller Platz 1 bei Amazon", "Ihr Weg 2 zum Erfolg", "Rock am Ring 3 Tage",
  // "Het Plein 2 keer" are written as "Innsbrucker Ring 3, 81673 München" is.
  const before = text.charAt(at - 1);
  const common = COMMON_NOUN_WORD.test(match);
  // After a name of hyphenated words ("Theodor-Heuss-Ring 12"), the number's shape is enough:
  // "Smart-Home-Ring 2 im Test" goes on to what it counts. A name with an acronym or a brand in it
  // before a common noun is a ranking when nothing but its number's shape speaks for it
  // ("SPIEGEL-Bestseller-Platz 1"); a postcode after it decides on its own.
  if (before === '-') {
    const name = hyphenatedName(text, at - 1, letterCases(text, at, end));
    return name !== 'none' && ((!(common && name === 'brand') && numberEndsPart(text, end)) || postcodeAfter(text, end));
  }
  if (before !== ' ' && before !== '\u00a0' && before !== '\t') return false;
  let wordStart = at - 1;
  while (wordStart > at - 1 - LOOK_BACK && isLetter(text.charAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, at - 1);
  // "Am Tiergarten"-like names aside, `Am`/`Im` or a capitalised word names it: "Skalitzer Straße 104".
  if (!AM_WORD.test(word) && (word.length < 3 || !isCapital(word.charAt(0)))) return false;
  if (!common) return numberEndsPart(text, end) || postcodeAfter(text, end);
  // A common noun after a capitalised `Am`/`Im` that opens its part of the line is a street's name
  // ("Am Ring 3", "Muster GmbH, Am Ufer 12"), as a sentence's "am Ring", "Rock Am Ring 3" is not,
  // when its number ends the line or a comma or `·` follows (NUMBER_ENDS_LINE_OR_COMMA).
  const amStreet = isCapital(word.charAt(0)) && AM_WORD.test(word) && partOpensAt(text, wordStart);
  return (amStreet && numberEndsPart(text, end, NUMBER_ENDS_LINE_OR_COMMA)) || postcodeAfter(text, end);
}

/**
 * A street named with `Am`, `Im`, `An der` or `An den` and capitalised words that hold no street
 * word, its number, then a postcode of five digits and a town after a comma, `·` or a line break:
 * "Am Markt 1, 10117 Berlin", "Im Neuenheimer Feld 205, 69120 Heidelberg", "An der Alster 2, 20099
 * Hamburg". Without the postcode a day or a thing is written so ("Am Freitag 13", "Am Montag 2, 1500
 * Teilnehmer"); a year is no house number ("Im Jahr 2024, 12000 Besucher").
 */
const AM_NAME_NUMBER = /(?<![\p{L}\p{N}])(?:Am|Im|An\sde[rn])\s(?:\p{Lu}[\p{L}-]{1,30}\s){1,2}(\d{1,4})[a-z]?(?![\p{L}\p{N}])/gu;
const AM_POSTCODE_AFTER = /^[^\S\n]*[,·•\n][\s,·•]*(?:D\s?-?\s?)?\d{5}\s\p{Lu}/u;
const YEAR = /^(?:19|20)\d\d$/;

function hasAmNamedStreet(text: string, start: number, window: string, search: Searches): boolean {
  const { amName } = search;
  amName.lastIndex = 0;
  for (let match = amName.exec(window); match !== null; match = amName.exec(window)) {
    if (YEAR.test(match[1] ?? '')) continue;
    const end = start + match.index + match[0].length;
    if (AM_POSTCODE_AFTER.test(text.slice(end, end + POSTCODE_LOOK_AHEAD))) return true;
  }
  return false;
}

/** What a line's part opens after: the line's start or a separator ("Muster GmbH, Am Ring 3", "· Im Weg 2"), then spaces. */
const PART_OPENS = /(?:[\n,;·•|(]|\s[-–—])[^\S\n]*$/;

/** Whether a part of the line opens at `at`, read on a bounded stretch before it (the text's start opens a line). */
function partOpensAt(text: string, at: number): boolean {
  const from = Math.max(0, at - LOOK_BACK);
  return PART_OPENS.test(`${from === 0 ? '\n' : ''}${text.slice(from, at)}`);
}

/** The street words that are common nouns of a sentence too, in German or Dutch. */
const COMMON_NOUN_WORD = new RegExp(`^(?:${alternation(wordsOf('name-type-number', true))})\\s`, 'i');

/** Whether a character is a capital letter: ASCII by its code, others by `\p{Lu}`. */
const isCapital = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return code < 0x80 ? code >= 65 && code <= 90 : UPPER.test(char);
};

/**
 * A name of two words or more joined by hyphens, the first capitalised, ends at `hyphen`:
 * "Konrad-Adenauer-Straße", "Theodor-Heuss-Ring", "Bertha-von-Suttner-Platz", "Dr.-Otto-Str.".
 * German writes a street after a name of several words so (Duden); a single word before the
 * hyphen is how product names are written ("Top-Ring 3 sizes", "Gold-Ring 14 Karat"). A person's
 * name is written in one case with its street word: capitalised words ("Willy-Brandt-Platz", its
 * particles in lower case) or all in capitals ("KONRAD-ADENAUER-STRASSE"); a word in capitals among
 * words in lower case is an acronym or a brand, as in a ranking ("SPIEGEL-Bestseller-Platz 1",
 * "ADAC-Testsieger-Platz 1": 'brand'), a regnal number aside ("Pius-XII.-Platz"). `wordCases` are
 * the letter cases of the street word.
 */
function hyphenatedName(text: string, hyphen: number, wordCases: number): 'none' | 'name' | 'brand' {
  let parts = 0;
  let first = hyphen;
  let cases = wordCases;
  let capitalsPart = false;
  for (let at = hyphen; text.charAt(at) === '-' && parts < 6; ) {
    let end = at;
    if (text.charAt(end - 1) === '.') end--;
    let partStart = end;
    while (partStart > end - LOOK_BACK && isLetter(text.charAt(partStart - 1))) partStart--;
    if (partStart === end) break;
    const partCases = letterCases(text, partStart, end);
    cases |= partCases;
    if (partCases === UPPER_CASE && end - partStart >= 2 && !ROMAN_NUMERAL.test(text.slice(partStart, end))) capitalsPart = true;
    parts++;
    first = partStart;
    at = partStart - 1;
  }
  if (parts < 2 || !isCapital(text.charAt(first))) return 'none';
  return capitalsPart && (cases & LOWER) !== 0 ? 'brand' : 'name';
}

/** A regnal number, which names a person as a word does: "Papst-Johannes-XXIII.-Platz", "Kaiser-Wilhelm-II.-Str.". */
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

/**
 * A `-ring` fused to its name. English has many words so ending: after a vowel (during, hiring,
 * offering), after two letters (string, spring, bring), and in -rring, -spring and -string
 * (stirring, referring, Earring, Offspring, hamstring), which nothing in the word tells from a
 * German street (Kaiserring, Ubierring, Ostring). So the name is three letters or more and
 * capitalised, as a German noun is (not "stirring", "referring"), and the street shows itself as
 * one around its number: `Am`/`Im` before it, a postcode and town after it ("Hansaring 20, 50670
 * Köln"; for a name that ends as English words do, RING_POSTCODE_AFTER), or, for a name ending in a consonant, a house-number letter ("Südring 1999a"), a second
 * number or a town in German prose ("Kaiserring 12 und 14", "Hohenzollernring 48 in Köln"). Not
 * "Offspring 2 kids", "Earring 2", "Referring 3 friends earns a bonus".
 */
function ringStreet(text: string, nameStart: number, at: number, end: number): boolean {
  if (at - nameStart < 3) return false;
  const tail = letterCases(text, nameStart + 1, at + 4);
  // Lower-cased text ("kaiserring 12, 68161 mannheim") shows its street by its postcode alone.
  if (tail === LOWER && !isCapital(text.charAt(nameStart))) return postcodeAfter(text, end, true);
  if (!isCapital(text.charAt(nameStart)) || tail === (LOWER | UPPER_CASE)) return false;
  if (AM_BEFORE.test(text.slice(Math.max(0, nameStart - 4), nameStart))) return true;
  // A name that ends as English words in -ring do reads a four-digit postcode only after a comma,
  // `;`, `·` or a line break (RING_POSTCODE_AFTER); another ("Opern", "Schotten", "Park") as any street word does.
  if (ENGLISH_RING_STEM.test(text.slice(nameStart, at)) ? RING_POSTCODE_AFTER.test(text.slice(end, end + POSTCODE_LOOK_AHEAD)) : postcodeAfter(text, end)) return true;
  if (GERMAN_LETTER.test(text.slice(nameStart, at))) return true;
  if (isVowel(text.charAt(at - 1))) return false;
  return ENDS_IN_LETTER.test(text.slice(end - 1, end)) || RING_PROSE.test(text.slice(end, end + LOOK_AHEAD));
}

const LOWER = 1;
const UPPER_CASE = 2;

/** The cases of the letters of text[from, to): LOWER, UPPER_CASE, both or neither; ASCII by code. */
function letterCases(text: string, from: number, to: number): number {
  let found = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) found |= LOWER;
    else if (code >= 65 && code <= 90) found |= UPPER_CASE;
    else if (code >= 0x80) {
      const char = text.charAt(index);
      if (char !== char.toLowerCase()) found |= UPPER_CASE;
      else if (char !== char.toUpperCase()) found |= LOWER;
    }
  }
  return found;
}

/**
 * The global patterns, copied once per text (`matchAll` copied them for every window it read,
 * and a copy costs more than the search). Their `lastIndex` lives and dies with one call of
 * `hasPostalAddress`.
 */
interface Searches {
  readonly germanStreetWord: RegExp;
  readonly frenchStreet: RegExp;
  readonly stateZip: RegExp;
  readonly named: RegExp;
  readonly namedLower: RegExp;
  readonly amName: RegExp;
  /** The text before this has had its German street words read. */
  germanReadTo: number;
}

function searches(): Searches {
  return {
    germanStreetWord: new RegExp(DE_STREET_WORD), frenchStreet: new RegExp(FR_STREET), stateZip: new RegExp(US_STATE_ZIP),
    named: new RegExp(TYPE_FIRST_NAMED),
    namedLower: new RegExp(TYPE_FIRST_NAMED_LOWER),
    amName: new RegExp(AM_NAME_NUMBER),
    germanReadTo: 0,
  };
}

/** Whether the window of the text from `start` holds an address. */
function windowHasAddress(text: string, start: number, window: string, search: Searches): boolean {
  if (US_STREET.test(window) || PO_BOX.test(window) || BOITE_POSTALE.test(window) || UK_POSTCODE.test(window)) return true;
  if (hasFrenchStreet(window, search.frenchStreet) || hasNamedStreet(text, start, window, search) || TYPE_FIRST_ANY.test(window) || TYPE_FIRST_GRID.test(window)) return true;
  if (hasGermanStreet(text, start, window, search) || hasAmNamedStreet(text, start, window, search)) return true;
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
      if (/\d/.test(window) && windowHasAddress(text, start, window, (search ??= searches()))) return true;
      if (start + WINDOW >= lineEnd) break;
    }
    lineStart = lineEnd + 1;
  }
  return false;
}
