/**
 * One offset-keeping, Unicode-aware tokenization of a text (DESIGN §1 "tokens"). A hand-written
 * scanner rather than a regex: every character is looked at a bounded number of times, so the
 * cost is linear in the input whatever an attacker puts in it.
 */
import { ColumnList, firstPast, GrowingColumns, TYPED_FROM } from './columns.ts';
import {
  ARMENIAN_END,
  CONFUSABLE_LETTERS,
  CharClass,
  GREEK_START,
  LEET,
  charClass,
  isApostrophe,
  isAsciiLetter,
  isDigit,
  isInvisible,
  isLatinBlock,
  isLeetSymbol,
  isWordChar,
} from './characters.ts';

export const TokenFlag = {
  /** contained zero-width or bidi characters */
  Invisible: 1,
  /** contained look-alike letters of another script that were mapped to Latin */
  Confusable: 2,
  /** digits or symbols standing in for letters (`V1agra`, `fr€e`) were mapped */
  Leet: 4,
  /** letters of more than one script in one word */
  MixedScript: 8,
  /** two or more letters, all upper case */
  Upper: 16,
  /** has at least one letter */
  Alpha: 32,
} as const;

export interface Token {
  /** UTF-16 offsets into the tokenized string */
  readonly start: number;
  readonly end: number;
  /** case-folded, invisibles removed, NFKC; look-alikes and digit swaps undone */
  readonly norm: string;
  readonly flags: number;
}

/** Longest run of invisible characters we look across inside a word; longer runs separate words. */
const MAX_INVISIBLE_RUN = 16;

function codeAt(text: string, index: number): number {
  return text.codePointAt(index) ?? 0;
}

function width(code: number): number {
  return code > 0xffff ? 2 : 1;
}

/**
 * After a word character at `index`, may the word go on across the joiner that starts there?
 * Returns the index of the word character that continues it, or -1.
 */
function continuesAfter(text: string, index: number): number {
  const code = codeAt(text, index);
  if (isApostrophe(code) || isLeetSymbol(code)) {
    const next = index + 1;
    return next < text.length && isWordChar(codeAt(text, next)) ? next : -1;
  }
  if (!isInvisible(code)) return -1;
  let cursor = index;
  for (let run = 0; cursor < text.length && run < MAX_INVISIBLE_RUN; run++) {
    const c = codeAt(text, cursor);
    if (!isInvisible(c)) return isWordChar(c) ? cursor : -1;
    cursor += width(c);
  }
  return -1;
}

/** `$ave`, `@ttention`: a symbol that opens a word when a letter follows and no word precedes. */
function opensWord(text: string, index: number): boolean {
  const code = codeAt(text, index);
  if (code !== 0x24 && code !== 0x40 && code !== 0x20ac) return false;
  const next = codeAt(text, index + 1);
  const previous = index > 0 ? text.charCodeAt(index - 1) : 0x20;
  return ((next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a)) && !isWordChar(previous);
}

/** Plain ASCII letters and digits: the common case, answered without the Unicode machinery. */
function normalizeAsciiWord(raw: string): { norm: string; flags: number } | null {
  let letters = 0;
  let upper = 0;
  let digits = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) letters++;
    else if (code >= 0x41 && code <= 0x5a) {
      letters++;
      upper++;
    } else if (code >= 0x30 && code <= 0x39) digits++;
    else return null;
  }
  if (digits > 0 && letters > 0) return null; // may be a digit swap: take the full path
  let flags = letters > 0 ? TokenFlag.Alpha : 0;
  if (letters >= 2 && upper === letters) flags |= TokenFlag.Upper;
  return { norm: upper > 0 ? raw.toLowerCase() : raw, flags };
}

/**
 * Any other word of ASCII characters (`www.x7k2q.com`, `fr33`, `a.b`), as the full path below reads
 * it, without its copies: no ASCII character is invisible or of a script but Latin, so the cleaned
 * word is the word and only the leet swaps can change its lower case. The full path built each
 * word a character at a time, then again for the swaps: 10 MB of different host names shown as
 * link text was 190 MB of it.
 */
/**
 * LEET's swaps of ASCII characters, by character code: what `LEET.get` answers for one ASCII
 * character, read from an array (a host name shown as link text is read a character at a time:
 * 112,000 of them were 4.5 million Map lookups).
 */
const LEET_ASCII: readonly (string | undefined)[] = Object.freeze(
  Array.from({ length: 0x80 }, (_, code) => LEET.get(String.fromCharCode(code))),
);

function normalizeAsciiText(raw: string): { norm: string; flags: number } | null {
  let letters = 0;
  let upper = 0;
  let digits = 0;
  let leetSymbols = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 0x80) return null;
    if (isDigit(code)) digits++;
    else if (isLeetSymbol(code)) leetSymbols++;
    else if (code >= 0x61 && code <= 0x7a) letters++;
    else if (code >= 0x41 && code <= 0x5a) {
      letters++;
      upper++;
    }
  }
  let flags = letters > 0 ? TokenFlag.Alpha : 0;
  if (letters >= 2 && upper === letters) flags |= TokenFlag.Upper;
  let norm = raw.toLowerCase();
  if ((digits > 0 && (hasInnerDigit(raw) || (letters >= 3 && digits < letters))) || leetSymbols > 0) {
    // The swapped characters' stand-ins spliced in between unchanged stretches.
    const swapped = leetSwapped(norm);
    if (swapped !== null) {
      flags |= TokenFlag.Leet;
      norm = swapped;
    }
  }
  return { norm, flags };
}

/** normalizeWord's scripts of a word's letters as bits (scriptOf's answers; `other` is not counted). */
const LATIN = 1;
const NON_LATIN = 2;

/**
 * scriptOf(code) as normalizeWord counts it, from the same blocks: LATIN, NON_LATIN (Greek, Cyrillic,
 * Armenian), 0 for `other`, -1 for none.
 */
function scriptBit(code: number): number {
  if (code < 0x80) return isAsciiLetter(code) ? LATIN : -1;
  if (isLatinBlock(code)) return LATIN;
  if (code >= GREEK_START && code <= ARMENIAN_END) return NON_LATIN;
  return charClass(code) >= CharClass.Letter ? 0 : -1;
}

/**
 * LEET's swaps by UTF-16 unit: every key of the leet list is one unit (scripts/wordlists/validate.ts
 * refuses any other), so a word's units can be looked up without a string each.
 */
const LEET_UNITS: ReadonlyMap<number, string> = new Map([...LEET].map(([from, to]) => [from.charCodeAt(0), to]));

/** `norm` with LEET's swaps spliced in between unchanged stretches, or null when none changes it. */
function leetSwapped(norm: string): string | null {
  let mapped = '';
  let from = 0;
  for (let i = 0; i < norm.length; i++) {
    const unit = norm.charCodeAt(i);
    const swap = unit < 0x80 ? LEET_ASCII[unit] : LEET_UNITS.get(unit);
    if (swap === undefined || swap === norm[i]) continue;
    mapped += norm.slice(from, i) + swap;
    from = i + 1;
  }
  return from > 0 ? mapped + norm.slice(from) : null;
}

export function normalizeWord(raw: string): { norm: string; flags: number } {
  const ascii = normalizeAsciiWord(raw) ?? normalizeAsciiText(raw);
  if (ascii) return ascii;
  // Read by code point (a lone surrogate is one), as `for…of` does, with the classes from the
  // table: no string a character. The word without its invisibles is cut only around them.
  let flags = 0;
  let letters = 0;
  let upper = 0;
  let digits = 0;
  let leetSymbols = 0;
  let scripts = 0;
  let wide = false;
  let cleaned = '';
  let from = 0;
  for (let i = 0; i < raw.length; ) {
    const code = raw.codePointAt(i) ?? 0;
    const next = i + (code > 0xffff ? 2 : 1);
    if (isInvisible(code)) {
      flags |= TokenFlag.Invisible;
      cleaned += raw.slice(from, i);
      from = next;
      i = next;
      continue;
    }
    i = next;
    if (code >= 0x80) wide = true;
    if (isDigit(code)) digits++;
    else if (isLeetSymbol(code)) leetSymbols++;
    const script = scriptBit(code);
    if (script >= 0) {
      letters++;
      scripts |= script;
      if (code < 0x80 ? code <= 0x5a : charClass(code) === CharClass.CasedLetter) upper++;
    }
  }
  if (from > 0) cleaned += raw.slice(from);
  else cleaned = raw;
  if (letters > 0) flags |= TokenFlag.Alpha;
  if (letters >= 2 && upper === letters) flags |= TokenFlag.Upper;

  let norm = wide ? cleaned.normalize('NFKC').toLowerCase() : cleaned.toLowerCase();
  // The typographic apostrophe (U+2019) that word processors and phone keyboards type is the word
  // lists' ASCII one: `l’argent`, `you’re` read as `l'argent`, `you're` (the tokenizer already
  // keeps both inside a word, isApostrophe).
  if (norm.includes('\u2019')) norm = norm.replaceAll('\u2019', "'");

  const latin = (scripts & LATIN) !== 0;
  const nonLatin = (scripts & NON_LATIN) !== 0;
  if (latin && nonLatin) flags |= TokenFlag.MixedScript;
  if (nonLatin && (latin || allConfusable(norm))) {
    const mapped = foldConfusables(norm);
    if (mapped !== norm) {
      flags |= TokenFlag.Confusable;
      norm = mapped;
    }
  }
  // Digits are read as letters when one sits between letters (`v1agra`, `cr3dit`) or the word has
  // three letters or more and fewer digits (`fr33dom`); numbers, `mp3`-like codes and `4k` stay.
  if ((digits > 0 && (hasInnerDigit(cleaned) || (letters >= 3 && digits < letters))) || leetSymbols > 0) {
    const swapped = leetSwapped(norm);
    if (swapped !== null) {
      flags |= TokenFlag.Leet;
      norm = swapped;
    }
  }
  return { norm, flags };
}

/**
 * `text` (lower case) with each look-alike letter read as the Latin one it mimics (`pаypal` with a
 * Cyrillic `а` → `paypal`; wordlists/global/confusable-letters.yml): how words are read, and how
 * a link's host is read for the brand it wears (core/links/brand-domain.ts).
 */
export function foldConfusables(text: string): string {
  let mapped = '';
  for (const char of text) mapped += CONFUSABLE_LETTERS.get(char) ?? char;
  return mapped;
}

function isLetterAt(word: string, index: number): boolean {
  const code = word.charCodeAt(index);
  return !Number.isNaN(code) && !isDigit(code) && isWordChar(code);
}

/** A digit with a letter on each side. */
function hasInnerDigit(word: string): boolean {
  for (let i = 1; i < word.length - 1; i++) {
    if (isDigit(word.charCodeAt(i)) && isLetterAt(word, i - 1) && isLetterAt(word, i + 1)) return true;
  }
  return false;
}

/** A whole word made of look-alike letters (`РayРаl` typed in Cyrillic) with at least 3 letters. */
function allConfusable(word: string): boolean {
  let count = 0;
  for (const char of word) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    if (!CONFUSABLE_LETTERS.has(char)) return false;
    count++;
  }
  return count >= 3;
}

/** Distinct words one tokenization remembers the normal form of (a bound for hostile text of all-new words). */
const MAX_DISTINCT = 50_000;

/** ASCII letters and digits: 1 (the tokenizer's word characters below U+0080, answered by one lookup). */
const ASCII_WORD = (() => {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) table[code] = isWordChar(code) ? 1 : 0;
  return table;
})();

/** `'`, `@`, `$`, `|`: the ASCII characters after which a word may go on (continuesAfter). */
function mayJoin(code: number): boolean {
  return code === 0x27 || code === 0x40 || code === 0x24 || code === 0x7c;
}

/**
 * The tokens of one text, stored by column rather than one object per word: offsets and flags in
 * arrays (typed arrays past 4096 tokens), the normal form as an index into `norms` (each distinct
 * spelling's normal form once). 10 MB of text is two million words: as objects they took ~130 MB
 * and most of the time the collector spent; here they take 13 bytes each. `get(i)` and iteration build a `Token` for
 * whoever wants one (short-lived, so cheap); hot loops read the columns.
 */
export class TokenList extends ColumnList<Token> {
  readonly length: number;
  /** UTF-16 offsets of each token in the tokenized string */
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
  /** TokenFlag bits of each token */
  readonly flagsOf: ArrayLike<number>;
  /**
   * index into `norms` of each token's normal form: the tokens of one spelling share an index (up
   * to a bound on distinct spellings, for hostile text of all-new words); two spellings of one
   * form (`FREE`, `free`) have two.
   */
  readonly normIds: ArrayLike<number>;
  readonly norms: readonly string[];

  constructor(length: number, starts: ArrayLike<number>, ends: ArrayLike<number>, flags: ArrayLike<number>, normIds: ArrayLike<number>, norms: readonly string[]) {
    super();
    this.length = length;
    this.starts = starts;
    this.ends = ends;
    this.flagsOf = flags;
    this.normIds = normIds;
    this.norms = norms;
    Object.freeze(this);
  }

  start(index: number): number {
    return this.starts[index] ?? 0;
  }

  end(index: number): number {
    return this.ends[index] ?? 0;
  }

  flags(index: number): number {
    return this.flagsOf[index] ?? 0;
  }

  norm(index: number): string {
    return this.norms[this.normIds[index] ?? -1] ?? '';
  }

  /** The index of the first token that starts at or after `offset`; `length` when none does. Tokens are in text order. */
  indexFrom(offset: number): number {
    return firstPast(this.starts, this.length, offset, true);
  }

  /** The index of the first token that ends after `offset` (the one holding it, else the next); `length` when none does. */
  indexEndingAfter(offset: number): number {
    return firstPast(this.ends, this.length, offset, false);
  }

  /** The index of the token that holds the character at `offset`, or -1 when it falls between tokens. */
  indexAt(offset: number): number {
    const index = this.indexEndingAfter(offset);
    return index < this.length && this.start(index) <= offset ? index : -1;
  }

  /** The token at `index`, or undefined outside 0…length-1 (no negative indexing). */
  override get(index: number): Token | undefined {
    if (!(Number.isInteger(index) && index >= 0 && index < this.length)) return undefined;
    return { start: this.starts[index] ?? 0, end: this.ends[index] ?? 0, norm: this.norms[this.normIds[index] ?? -1] ?? '', flags: this.flagsOf[index] ?? 0 };
  }

  /**
   * The first `count` tokens (all when `count` is past the end), as a list that shares this one's
   * columns: no copy, so a reader that stops early (the text part's language, read in its head; its
   * phrases, matched to its cut) pays for what it reads only.
   */
  head(count: number): TokenList {
    const length = Math.max(0, Math.min(this.length, Math.floor(count)));
    return length === this.length ? this : new TokenList(length, this.starts, this.ends, this.flagsOf, this.normIds, this.norms);
  }

}

export const EMPTY_TOKENS = new TokenList(0, Object.freeze([]), Object.freeze([]), Object.freeze([]), Object.freeze([]), Object.freeze([]));

/**
 * Columns as the scan finds tokens (core/text/columns.ts): 13 bytes a token instead of ~32 once
 * there are many; 10 MB of words peaked ~100 MB higher than the tokens they hold with a doubling
 * array.
 */
class TokenColumns {
  private readonly columns = new GrowingColumns();
  readonly starts = this.columns.int32();
  readonly ends = this.columns.int32();
  readonly flags = this.columns.uint8();
  readonly normIds = this.columns.int32();
  /** length of the tokenized text */
  private readonly total: number;

  constructor(total: number) {
    this.total = total;
  }

  /** Past TYPED_FROM tokens (tokenize pushes the first onto the heads itself). */
  pushTyped(start: number, end: number, flags: number, normId: number): void {
    const { columns } = this;
    // A token is at least one character and is followed by at least one that is not in it.
    if (columns.full) columns.open(start, this.total, Math.ceil((this.total - start) / 2));
    const at = columns.take();
    this.starts.chunk[at] = start;
    this.ends.chunk[at] = end;
    this.flags.chunk[at] = flags;
    this.normIds.chunk[at] = normId;
  }

  done(norms: readonly string[]): TokenList {
    const { columns } = this;
    return new TokenList(columns.length, columns.finish(this.starts), columns.finish(this.ends), columns.finish(this.flags), columns.finish(this.normIds), norms);
  }
}

export function tokenize(text: string): TokenList {
  // Text repeats its words: each distinct spelling is normalised once, and its tokens share one
  // normal form (2 million words of repeated text would otherwise hold 2 million copies).
  // raw spelling → normId × 64 + flags (flags < 64); -1 when the normal form is empty. Each
  // distinct spelling gets its own id (`FREE` and `free` two ids of the same form): one Map
  // lookup a token, as before the column store.
  const known = new Map<string, number>();
  const norms: string[] = [];
  const columns = new TokenColumns(text.length);
  const { head: starts } = columns.starts;
  const { head: ends } = columns.ends;
  const { head: flagColumn } = columns.flags;
  const { head: normColumn } = columns.normIds;
  const length = text.length;
  let index = 0;
  while (index < length) {
    // ASCII, nearly all of mail, is classified by one table lookup; the rest by code point.
    const unit = text.charCodeAt(index);
    if (unit < 0x80) {
      if (ASCII_WORD[unit] === 0 && ((unit !== 0x24 && unit !== 0x40) || !opensWord(text, index))) {
        index++;
        continue;
      }
    } else {
      const code = codeAt(text, index);
      if (!isWordChar(code) && !opensWord(text, index)) {
        index += width(code);
        continue;
      }
    }
    const start = index;
    index += width(codeAt(text, index));
    for (;;) {
      while (index < length) {
        const next = text.charCodeAt(index);
        if (next < 0x80) {
          if (ASCII_WORD[next] === 0) break;
          index++;
        } else {
          const code = codeAt(text, index);
          if (!isWordChar(code)) break;
          index += width(code);
        }
      }
      if (index >= length) break;
      const stop = text.charCodeAt(index);
      if (stop < 0x80 && !mayJoin(stop)) break;
      const next = continuesAfter(text, index);
      if (next < 0) break;
      index = next;
    }
    const raw = text.slice(start, index);
    let packed = known.get(raw);
    if (packed === undefined) {
      const { norm, flags } = normalizeWord(raw);
      if (norm.length === 0) packed = -1;
      else {
        packed = norms.length * 64 + flags;
        norms.push(norm);
      }
      if (known.size < MAX_DISTINCT) known.set(raw, packed);
    }
    if (packed >= 0) {
      if (starts.length < TYPED_FROM) {
        starts.push(start);
        ends.push(index);
        flagColumn.push(packed & 63);
        normColumn.push(Math.floor(packed / 64));
      } else columns.pushTyped(start, index, packed & 63, Math.floor(packed / 64));
    }
  }
  return columns.done(Object.freeze(norms));
}
