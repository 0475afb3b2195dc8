/**
 * natural's English Porter stemmer (natural/lib/natural/stemmers/porter_stemmer.js, v8), step for
 * step, for words already in lower case: the same results, character by character, without its
 * regular expressions. natural builds a string of C/V groups with three regex replaces each time it
 * wants a word's measure, several times per word, so stemming was a fifth of an analysis; here a
 * measure is one loop over the word. Its quirks are kept on purpose (a `y` after a consonant is a
 * vowel group of its own, so `bya` measures ½; step 2 tries every suffix of its list in turn), since
 * the wordlists' phrase keys were stemmed by natural and must meet the same stems.
 * test/text/porter.test.ts compares the two on real vocabulary and on random words.
 */

/** a, e, i, o, u (not y) */
function isVowelLetter(code: number): boolean {
  return code === 0x61 || code === 0x65 || code === 0x69 || code === 0x6f || code === 0x75;
}

/** natural's vowel: a, e, i, o, u, or a y that follows a letter other than a, e, i, o, u, y */
function isVowelAt(word: string, index: number): boolean {
  const code = word.charCodeAt(index);
  if (isVowelLetter(code)) return true;
  if (code !== 0x79 || index === 0) return false;
  const previous = word.charCodeAt(index - 1);
  return !isVowelLetter(previous) && previous !== 0x79;
}

/**
 * natural's `measure(word.slice(0, end))`: its C/V groups (runs of consonants, runs of a–u vowels, a
 * vowel `y` alone) without a leading C and a trailing V, halved; -1 for the empty word.
 */
function measure(word: string, end: number): number {
  if (end <= 0) return -1;
  let groups = 0;
  let firstVowel = false;
  let lastVowel = false;
  // isVowelAt with the previous character kept from the last turn, not read again
  let previous = -1;
  for (let i = 0; i < end; i++) {
    const code = word.charCodeAt(i);
    const vowel = isVowelLetter(code) || (code === 0x79 && i > 0 && !isVowelLetter(previous) && previous !== 0x79);
    // a vowel `y` and the a–u vowels after it are two groups (natural's `CV` then `V`)
    if (i === 0 || vowel !== lastVowel || (vowel && previous === 0x79)) {
      if (i === 0) firstVowel = vowel;
      groups++;
    }
    lastVowel = vowel;
    previous = code;
  }
  return (groups - (firstVowel ? 0 : 1) - (lastVowel ? 1 : 0)) / 2;
}

/** whether word.slice(0, end) has a vowel (natural: its groups contain a V) */
function hasVowel(word: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (isVowelAt(word, i)) return true;
  return false;
}

/** natural's `categorizeChars(word).substr(from, 3) === 'CVC'`, `from` as substr reads a negative start */
function cvcAt(word: string, from: number): boolean {
  const start = from < 0 ? Math.max(word.length + from, 0) : from;
  if (start + 3 > word.length) return false;
  return !isVowelAt(word, start) && isVowelAt(word, start + 1) && !isVowelAt(word, start + 2);
}

/** Whether `word` ends with the letter `code`: one character read, not an `endsWith` call (most words end in a letter the step has no suffix for). */
function endsWithCode(word: string, code: number): boolean {
  return word.charCodeAt(word.length - 1) === code;
}

function step1a(word: string): string {
  if (!endsWithCode(word, 0x73)) return word;
  if (word.endsWith('sses') || word.endsWith('ies')) return word.slice(0, -2);
  if (word.length > 2 && word.charCodeAt(word.length - 2) !== 0x73) return word.slice(0, -1);
  return word;
}

function step1b(word: string): string {
  // every suffix it reads ends in `d` or `g`
  if (!endsWithCode(word, 0x64) && !endsWithCode(word, 0x67)) return word;
  if (word.endsWith('eed')) return measure(word, word.length - 3) > 0 ? word.slice(0, -1) : word;
  const suffix = word.endsWith('ed') ? 2 : word.endsWith('ing') ? 3 : 0;
  if (suffix === 0 || word.length === suffix) return word;
  const stem = word.slice(0, -suffix);
  if (!hasVowel(stem, stem.length)) return word;
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`;
  const last = stem.charCodeAt(stem.length - 1);
  if (stem.length >= 2 && last === stem.charCodeAt(stem.length - 2) && !isVowelLetter(last) && last !== 0x6c && last !== 0x73 && last !== 0x7a) {
    return stem.slice(0, -1);
  }
  if (measure(stem, stem.length) === 1 && cvcAt(stem, -3) && last !== 0x77 && last !== 0x78 && last !== 0x79) return `${stem}e`;
  return stem;
}

function step1c(word: string): string {
  if (!endsWithCode(word, 0x79)) return word;
  // natural: a V among the word's groups but the last one (the last group holds the final y)
  let lastGroupStart = word.length - 1;
  const yVowel = isVowelAt(word, lastGroupStart);
  if (!yVowel) while (lastGroupStart > 0 && !isVowelAt(word, lastGroupStart - 1)) lastGroupStart--;
  return hasVowel(word, lastGroupStart) ? `${word.slice(0, -1)}i` : word;
}

type Replacements = readonly (readonly [suffix: string, replacement: string])[];

/**
 * A list's replacements by the last letter of their suffix, in list order: a word ending in `n`
 * tries only those ending in `n`. An array by character code (suffixes end in a–z), not a Map: one
 * load a word; a code past the array reads undefined, as a missing key did.
 */
function byLastLetter(replacements: Replacements): readonly (Replacements | undefined)[] {
  const table: (readonly [string, string])[][] = [];
  for (const entry of replacements) {
    const last = entry[0].charCodeAt(entry[0].length - 1);
    (table[last] ??= []).push(entry);
  }
  return Array.from(table, (entries) => entries);
}

/**
 * natural's `replacePatterns(word, list, 0)`: for each suffix in order, when the original word ends
 * with it and measures more than 0 without it, the suffix is replaced in the word as replaced so far.
 * (A suffix the original word does not end with is never applied, so only those sharing its last
 * letter are tried.)
 */
function replaceSuffixes(word: string, table: readonly (Replacements | undefined)[]): string {
  const replacements = table[word.charCodeAt(word.length - 1)];
  if (replacements === undefined) return word;
  let result = word;
  for (let index = 0; index < replacements.length; index++) {
    const [suffix, replacement] = replacements[index] as readonly [string, string];
    if (!word.endsWith(suffix) || measure(word, word.length - suffix.length) <= 0) continue;
    if (!result.endsWith(suffix)) continue;
    const replaced = result.slice(0, result.length - suffix.length) + replacement;
    if (replaced !== '') result = replaced;
  }
  return result;
}

const STEP2 = byLastLetter([
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['abli', 'able'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'],
  ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'], ['iviti', 'ive'],
  ['biliti', 'ble'], ['logi', 'log'],
]);

const STEP3 = byLastLetter([['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', '']]);

/** step 4's suffixes, longest first: natural's `^(.+?)(al|…)$` takes the longest that leaves a letter */
const STEP4: readonly (readonly string[] | undefined)[] = Array.from(
  byLastLetter(['ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'al', 'er', 'ic', 'ou'].map((suffix) => [suffix, ''] as const)),
  (entries) => entries?.map(([suffix]) => suffix),
);

const NO_SUFFIXES: readonly string[] = Object.freeze([]);

function step4(word: string): string {
  // an index loop: `for…of` made an iterator object a word (about 4 % of what a corpus analysis allocated)
  const suffixes = STEP4[word.charCodeAt(word.length - 1)] ?? NO_SUFFIXES;
  for (let index = 0; index < suffixes.length; index++) {
    const suffix = suffixes[index] as string;
    if (word.length > suffix.length && word.endsWith(suffix)) {
      const stem = word.length - suffix.length;
      if (measure(word, stem) > 1) return word.slice(0, stem);
      break;
    }
  }
  // ^(.+?)(s|t)(ion)$
  if (word.length > 4 && endsWithCode(word, 0x6e) && word.endsWith('ion')) {
    const letter = word.charCodeAt(word.length - 4);
    if ((letter === 0x73 || letter === 0x74) && measure(word, word.length - 3) > 1) return word.slice(0, -3);
  }
  return word;
}

function step5a(word: string): string {
  // Only a final `e` is ever removed: every other word comes back as it is, with no measure taken.
  if (!endsWithCode(word, 0x65)) return word;
  const end = word.length - 1;
  const m = measure(word, end);
  if (m > 1) return word.slice(0, end);
  if (m !== 1) return word;
  // the CVC test only decides a measure of exactly 1
  const secondLast = word.charCodeAt(word.length - 2);
  const cvc = cvcAt(word, -4) && word.length >= 2 && secondLast !== 0x77 && secondLast !== 0x78 && secondLast !== 0x79;
  return cvc ? word : word.slice(0, end);
}

function step5b(word: string): string {
  // the cheap suffix test first: most words do not end in `ll`, and then need no measure
  return endsWithCode(word, 0x6c) && word.charCodeAt(word.length - 2) === 0x6c && measure(word, word.length) > 1 ? word.slice(0, -1) : word;
}

/**
 * Printable ASCII but upper-case letters: natural lower-cases the word first (a no-op then) and its
 * patterns read every character outside a–z as a consonant, as ours do.
 */
const LOWER_ASCII = /^[!-@[-~]+$/;
/** what `.` in natural's patterns does not match */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** Printable ASCII without capitals: what stemEnglish takes, and what it gives back (no folding needed). */
export function isLowerAscii(word: string): boolean {
  return LOWER_ASCII.test(word);
}

/**
 * Whether `stemEnglish` stems this word as natural does: a word that lower-casing leaves as it is
 * (`don’t`, `café` too) and without line breaks. Other words go to natural itself.
 */
export function isPorterWord(word: string): boolean {
  if (LOWER_ASCII.test(word)) return true;
  return word !== '' && !LINE_BREAK.test(word) && word.toLowerCase() === word;
}

/** natural's PorterStemmer.stem, for a word that isPorterWord. */
export function stemEnglish(word: string): string {
  if (word.length < 3) return word;
  return step5b(step5a(step4(replaceSuffixes(replaceSuffixes(step1c(step1b(step1a(word))), STEP2), STEP3))));
}
