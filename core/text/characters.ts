/**
 * Character classes the tokenizer and the obfuscation rules share. Spammers hide words from
 * filters with characters a reader never sees (zero-width, bidi controls, soft hyphens) and with
 * letters that look Latin but are not (Cyrillic `а`, Greek `ο`); see Unicode TR39 "confusables".
 */
import { confusableLetters, fuzzyLetters, leet } from '../data/characters.ts';
import { CLASS_RUNS } from './unicode-classes.ts';

/** Invisible format characters that can sit inside a word without showing. */
export function isInvisible(code: number): boolean {
  return (
    code === 0x00ad || // soft hyphen
    code === 0x034f || // combining grapheme joiner
    code === 0x180e || // Mongolian vowel separator
    (code >= 0x200b && code <= 0x200f) || // zero-width space/non-joiner/joiner, LRM, RLM
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings and overrides
    (code >= 0x2060 && code <= 0x2064) || // word joiner, invisible operators
    (code >= 0x2066 && code <= 0x2069) || // bidi isolates
    code === 0xfeff // zero-width no-break space (BOM)
  );
}

/** Bidi controls are the dangerous subset: they reorder what the reader sees. */
export function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f;
}

/**
 * A code point's class for the tokenizer (core/text/unicode-classes.ts, generated from the
 * regexes `\p{L}` and `[\p{M}\p{N}]` and `toLowerCase()`, and checked against them on every code
 * point by test/text/unicode-classes.test.ts): what a regex test on a new one-character string
 * answered for each character past U+007F, read from a table. The BMP is one byte a code point
 * (64 KB), filled once at load from the runs; the rest, rare in mail, is a binary search of its runs.
 */
export const CharClass = {
  /** neither letter, mark nor number */
  None: 0,
  /** a combining mark or a number (`\p{M}`, `\p{N}`) */
  MarkOrNumber: 1,
  /** a letter (`\p{L}`) that `toLowerCase()` leaves as it is */
  Letter: 2,
  /** a letter (`\p{L}`) that `toLowerCase()` changes */
  CasedLetter: 3,
} as const;

/** The runs read once at load: the BMP's classes a byte each, and the runs past it (start, class). */
const { BMP_CLASS, ASTRAL_STARTS, ASTRAL_CLASSES } = ((): { BMP_CLASS: Uint8Array; ASTRAL_STARTS: readonly number[]; ASTRAL_CLASSES: readonly number[] } => {
  const bmp = new Uint8Array(0x10000);
  const starts: number[] = [];
  const classes: number[] = [];
  let at = 0;
  for (const run of CLASS_RUNS.split(',')) {
    const value = parseInt(run, 36);
    const end = at + Math.floor(value / 4);
    const charClass = value % 4;
    if (at < 0x10000) bmp.fill(charClass, at, Math.min(end, 0x10000));
    if (end > 0x10000) {
      starts.push(Math.max(at, 0x10000));
      classes.push(charClass);
    }
    at = end;
  }
  return { BMP_CLASS: bmp, ASTRAL_STARTS: Object.freeze(starts), ASTRAL_CLASSES: Object.freeze(classes) };
})();

/** CharClass of a code point (None outside 0…U+10FFFF). */
export function charClass(code: number): number {
  if (code >= 0 && code < 0x10000) return BMP_CLASS[code] ?? 0;
  if (!(code >= 0x10000 && code <= 0x10ffff)) return CharClass.None;
  // The last run that starts at or before `code`.
  let low = 0;
  let high = ASTRAL_STARTS.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((ASTRAL_STARTS[middle] ?? 0) <= code) low = middle;
    else high = middle - 1;
  }
  return ASTRAL_CLASSES[low] ?? CharClass.None;
}

/** Letters, combining marks and digits of any script (`[\p{L}\p{M}\p{N}]`). ASCII is answered by range. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  return charClass(code) !== CharClass.None;
}

/** No code point at or above U+0080: the fast path of most text that can hold any script (hosts, names). */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * UTF-8 bytes of the UTF-16 unit at `index` of `text`: 1–3 for a unit of the BMP, 2 for each half
 * of a surrogate pair (a code point past U+FFFF is 4 bytes), and 3 for a lone surrogate, which no
 * UTF-8 can hold: an encoder writes U+FFFD for it (TextEncoder, the Encoding Standard's UTF-8
 * encode; Node's Buffer), three bytes.
 */
export function utf8UnitLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0xd800 || code > 0xdfff) return 3;
  // Out of range, charCodeAt is NaN: no partner.
  const partner = code <= 0xdbff ? text.charCodeAt(index + 1) : text.charCodeAt(index - 1);
  const paired = code <= 0xdbff ? partner >= 0xdc00 && partner <= 0xdfff : partner >= 0xd800 && partner <= 0xdbff;
  return paired ? 2 : 3;
}

/** UTF-8 size of `text`, as `new TextEncoder().encode(text).length` (a lone surrogate is U+FFFD's 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) bytes += utf8UnitLength(text, index) - 1;
  return bytes;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** An ASCII letter or digit (a UTF-16 unit). */
export function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** A hexadecimal digit (a UTF-16 unit). */
export function isHexDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x66);
}

/**
 * Non-Latin letters that render like Latin ones (a subset of Unicode's confusables.txt covering
 * the Cyrillic, Greek and Armenian letters seen in spam), mapped to the Latin letter they mimic.
 * The data is wordlists/global/confusable-letters.yml. The tokenizer reads it on every word, below
 * any analyzer, so it is imported from the generated module rather than passed in.
 */
export const CONFUSABLE_LETTERS: ReadonlyMap<string, string> = new Map(confusableLetters.map(({ from, to }) => [from, to]));

/**
 * Symbols and digits that stand in for letters inside a word: `V1agra`, `fr€e`, `$ave`, `c@sh`
 * (wordlists/global/leet.yml, imported as CONFUSABLE_LETTERS is).
 */
export const LEET: ReadonlyMap<string, string> = new Map(leet.map(({ from, to }) => [from, to]));

/**
 * The letters each character may stand for in the obfuscation reading of drug names
 * (core/phrases/disguised.ts): a-z themselves, the leet swaps, the look-alikes, and the more
 * forgiving classes of wordlists/global/fuzzy-letters.yml (SpamAssassin's 25_replace.cf tags:
 * `!` for i or l, `l` for i). Keys are lower case; the letters of a key are distinct.
 */
export const FUZZY_LETTERS: ReadonlyMap<string, string> = (() => {
  const letters = new Map<string, string>();
  const add = (from: string, to: string): void => {
    const known = letters.get(from) ?? '';
    if (!known.includes(to)) letters.set(from, known + to);
  };
  for (let code = 0x61; code <= 0x7a; code++) add(String.fromCharCode(code), String.fromCharCode(code));
  for (const { from, to } of [...leet, ...confusableLetters, ...fuzzyLetters]) add(from, to);
  return letters;
})();

/**
 * Symbols that may join a word when letters stand on both sides (see tokenize.ts): the symbols of
 * LEET, answered without a lookup (test/text/characters.test.ts keeps the two in step).
 */
export function isLeetSymbol(code: number): boolean {
  return code === 0x40 || code === 0x24 || code === 0x20ac || code === 0xa3 || code === 0x7c;
}

export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** Scripts a token's letters belong to, for mixed-script detection. Coarse on purpose. */
export type Script = 'latin' | 'cyrillic' | 'greek' | 'armenian' | 'other';

/**
 * The blocks scriptOf names past ASCII, one home for it and the tokenizer's script bits
 * (core/text/tokenize.ts): Latin to U+024F and Latin Extended Additional, then Greek, Cyrillic
 * (with its Supplement) and Armenian, adjacent from U+0370 to U+058F.
 */
export const GREEK_START = 0x0370;
export const CYRILLIC_START = 0x0400;
export const ARMENIAN_START = 0x0530;
export const ARMENIAN_END = 0x058f;

/** Whether a code point past ASCII is in a block scriptOf reads as Latin. */
export function isLatinBlock(code: number): boolean {
  return code <= 0x024f || (code >= 0x1e00 && code <= 0x1eff);
}

export function scriptOf(code: number): Script | null {
  if (code < 0x80) return isAsciiLetter(code) ? 'latin' : null;
  if (isLatinBlock(code)) return 'latin';
  if (code >= GREEK_START && code < CYRILLIC_START) return 'greek';
  if (code >= CYRILLIC_START && code < ARMENIAN_START) return 'cyrillic';
  if (code >= ARMENIAN_START && code <= ARMENIAN_END) return 'armenian';
  return charClass(code) >= CharClass.Letter ? 'other' : null;
}

/** Whether a UTF-16 code unit is white space as a regular expression's `\s` reads it. */
export function isRegExpSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
