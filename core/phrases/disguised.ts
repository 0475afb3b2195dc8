/**
 * The obfuscation reading of drug names: "vlagra", "v!agra", "viagr@", "vi-ag-ra", "v*1*@*g*r*a",
 * "viaagra", "val?umm", "V I A G R A". The tokenizer's normal form undoes the unambiguous swaps
 * (`v1agra`, `vi@gra`) and the phrase matcher finds those; a disguise that splits the word with
 * symbols, doubles a letter or writes a letter as one it could be taken for (`l` for i) is read
 * here, the way SpamAssassin reads it: its ReplaceTags rules (rules/25_replace.cf: FUZZY_VPILL,
 * FUZZY_CPILL, FUZZY_XPILL, FUZZY_VLIUM, FUZZY_PHENT, FUZZY_AMBIEN) give each letter a class of
 * characters (`<I>` = [il|!1…], `<A>` = [a@…]), allow a few symbols between letters (`<inter W3>`
 * = \W{0,3}) and a letter written twice (`<post P2>` = {1,2}), and leave the plain word to the
 * plain rule (`(?!viagra)`); rules/20_drugs.cf (__DRUGS_ERECTILE1 …) does the same with
 * [_\W]{0,3} between letters.
 *
 * Not a regular expression per word: one trie of the names (wordlists/global/disguised-words.yml),
 * built once per analyzer, walked by every character of the text at most once per live trie node
 * (one live path per node, the cheapest), so the cost is linear in the text whatever it holds.
 *
 * Where a disguise may be: inside one run of characters without white space (a "chunk"), starting
 * at its first character or after a symbol and ending at its last or before a symbol, never inside
 * a longer word (`specialist`, `ambient`); or across single letters set apart by single spaces
 * (`V I A G R A`). Two words are never joined (`Vi agra`: "Vi" and the city of Agra are two words
 * of real text, and SpamAssassin's FUZZY_VPILL allows no gap either). Chunks that are addresses
 * (`://`, `www.`, `name@host.tld`, `host.tld`, `file.pdf`, paths and query strings) are not read.
 */
import { parse as parseDomain } from 'tldts';
import type { DisguisedWord } from '../data/types.ts';
import { FUZZY_LETTERS, isDigit, isInvisible, isRegExpSpace, isWordChar } from '../text/characters.ts';

export interface DisguiseMatch {
  /** UTF-16 offsets of the disguise in the text read, from its first letter to its last */
  readonly start: number;
  readonly end: number;
  /** the name it spells (an entry of disguised-words.yml) */
  readonly word: string;
  /**
   * The name spelled out with its own letters and one separator repeated between every two
   * (`V I A G R A`, `v.i.a.g.r.a`): the reading spaced-letters reports already.
   */
  readonly spacedOnly: boolean;
  /**
   * The disguise as it reads: lower case, with the characters no reader sees (soft hyphens,
   * zero-width joiners: the tokenizer's `isInvisible`) left out, so `Mil&shy;li&shy;on` is
   * `million` to the exceptions and to the typo test.
   */
  readonly written: string;
}

export interface DisguiseReader {
  /** how many names the reader looks for */
  readonly size: number;
  /**
   * The words of the list that are no trigger phrase (`trigger: no`: mortgage, prices …), whose
   * disguise alone is the sign; the others are drug names, read as the trigger they spell.
   */
  readonly spamWords: ReadonlySet<string>;
  /** The disguised names in `text`, in text order and apart. */
  find(text: string): DisguiseMatch[];
}

/**
 * Symbols in a row between two letters: SpamAssassin's widest gap (`<inter W3>`, `[_\W]{0,3}`);
 * each word's own limit (its `gap` in disguised-words.yml) is at most this.
 */
export const MAX_GAP = 3;
/**
 * Letters written twice (`viaagra`) at most; SpamAssassin's `<post P2>` allows one more of each.
 * Each word's own limit (its `doubled`) is at most this.
 */
export const MAX_DOUBLED = 2;
/** Longer chunks are encoded data or padding, not words. */
const MAX_CHUNK = 120;
/**
 * Disguised names read in one text, at most: each becomes a trigger hit with an object of its own
 * (10 MB of "v!agra " would be 1.3 million); past a few thousand the score is capped long since.
 */
const MAX_FOUND = 2000;
/** Letters swapped for another character, at most: a third of the name, and two in any name. */
function maxSwaps(length: number): number {
  return Math.max(2, Math.floor(length / 3));
}

/** The a-z letter (0-25) a precomposed Latin letter decomposes to with marks only (-1 for none). */
function baseLetter(code: number): number {
  const parts = String.fromCharCode(code).normalize('NFD');
  const letter = ownAscii(parts.charCodeAt(0));
  return letter >= 0 && parts.length > 1 && /^\p{M}+$/u.test(parts.slice(1)) ? letter : -1;
}
function ownAscii(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return -1;
}
/** Latin-1 and Latin Extended-A and -B by table (ownLetter). */
const ACCENTED_END = 0x250;
const ACCENTED = Int8Array.from({ length: ACCENTED_END }, (_, code) => baseLetter(code));
/** Latin Extended Additional (`ạ`, `ẹ`). */
const ACCENTED_MORE = Int8Array.from({ length: 0x100 }, (_, code) => baseLetter(0x1e00 + code));

/** One separator between spelled-out letters, as spaced-letters reads them (core/rules/obfuscation/spaced-letters.ts). */
const SPACED_SEPARATORS = new Set([0x20, 0xa0, 0x2e, 0x2d, 0x5f, 0x2a, 0xb7]);

/**
 * The names as a trie over a-z: node n's child by letter l is `children[n * 26 + l]` (0 for none:
 * the root is no one's child), the letter into n is `letters[n]`, the name ending at n `words[n]`.
 */
interface Trie {
  readonly size: number;
  readonly children: Int32Array;
  readonly letters: Int8Array;
  readonly words: readonly (string | null)[];
  /** the gap and doubling limits of the name ending at n (DisguisedWord.gap, .doubled) */
  readonly gap: Int8Array;
  readonly doubled: Int8Array;
  /** the widest of them among the names at n or below it: what a path through n may still take */
  readonly reachGap: Int8Array;
  readonly reachDoubled: Int8Array;
}

function buildTrie(words: readonly DisguisedWord[]): Trie {
  const children: number[] = new Array<number>(26).fill(0);
  const letters: number[] = [-1];
  const ends: (string | null)[] = [null];
  const gap: number[] = [0];
  const doubled: number[] = [0];
  const reachGap: number[] = [0];
  const reachDoubled: number[] = [0];
  for (const entry of words) {
    const { word } = entry;
    const wordGap = Math.min(MAX_GAP, entry.gap);
    const wordDoubled = Math.min(MAX_DOUBLED, entry.doubled);
    let node = 0;
    reachGap[0] = Math.max(reachGap[0] ?? 0, wordGap);
    reachDoubled[0] = Math.max(reachDoubled[0] ?? 0, wordDoubled);
    for (let index = 0; index < word.length; index++) {
      const letter = word.charCodeAt(index) - 0x61;
      if (letter < 0 || letter >= 26) break;
      let child = children[node * 26 + letter] ?? 0;
      if (child === 0) {
        child = letters.length;
        letters.push(letter);
        ends.push(null);
        gap.push(0);
        doubled.push(0);
        reachGap.push(0);
        reachDoubled.push(0);
        for (let at = 0; at < 26; at++) children.push(0);
        children[node * 26 + letter] = child;
      }
      node = child;
      reachGap[node] = Math.max(reachGap[node] ?? 0, wordGap);
      reachDoubled[node] = Math.max(reachDoubled[node] ?? 0, wordDoubled);
    }
    if (node !== 0) {
      ends[node] = word;
      gap[node] = wordGap;
      doubled[node] = wordDoubled;
    }
  }
  return {
    size: letters.length,
    children: Int32Array.from(children),
    letters: Int8Array.from(letters),
    words: ends,
    gap: Int8Array.from(gap),
    doubled: Int8Array.from(doubled),
    reachGap: Int8Array.from(reachGap),
    reachDoubled: Int8Array.from(reachDoubled),
  };
}

/**
 * The letters each character may stand for, case-folded, as bits 0-25 (a-z). Latin-1 by table,
 * the rest by the map.
 */
function letterBits(char: string): number {
  const letters = FUZZY_LETTERS.get(char) ?? FUZZY_LETTERS.get(char.toLowerCase()) ?? '';
  let bits = 0;
  for (const letter of letters) bits |= 1 << (letter.charCodeAt(0) - 0x61);
  return bits;
}
const LATIN_BITS = Int32Array.from({ length: 0x100 }, (_, code) => letterBits(String.fromCharCode(code)));
/** isWordChar for Latin-1 by table (accented letters are common and the general test is a regex). */
const LATIN_WORD = Uint8Array.from({ length: 0x100 }, (_, code) => (isWordChar(code) ? 1 : 0));
function wordChar(code: number): boolean {
  return code < 0x100 ? LATIN_WORD[code] === 1 : isWordChar(code);
}
/**
 * The letters a UTF-16 unit may stand for (`letterBits`; 0 for a surrogate), for one text read:
 * Latin-1 by table, and past it kept once read. `letterBits` makes a string, looks it up,
 * lower-cases it and looks that up, and a text of Cyrillic, Greek, CJK or full-width words repeats
 * a few hundred characters (10 MB of non-ASCII host names: about two million such units, a few
 * dozen distinct), so each is read once. Blocks of 256 units, each made when one of its units is
 * first met (-1: not read yet), for the one text: nothing is kept between texts. The same answers
 * as `letterBits` by construction (test/phrases/disguised-bits.test.ts, every unit).
 */
export class WideBits {
  private blocks: (Int32Array | undefined)[] | null = null;

  of(code: number): number {
    if (code < 0x100) return LATIN_BITS[code] ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) return 0;
    const blocks = (this.blocks ??= new Array<Int32Array | undefined>(0x100).fill(undefined));
    const block = (blocks[code >>> 8] ??= new Int32Array(0x100).fill(-1));
    const known = block[code & 0xff] ?? -1;
    if (known >= 0) return known;
    const bits = letterBits(String.fromCharCode(code));
    block[code & 0xff] = bits;
    return bits;
  }
}
/**
 * Each ASCII letter's class among the letters (0-25): letters that may stand for each other share
 * one (`i` and `l`, both ways in fuzzy-letters.yml). A word of plain letters can spell a name only
 * if its classes, runs of one class taken once, are the name's: the quick test that spares most
 * words of a text the walk through the trie.
 */
const LETTER_CLASS = (() => {
  const parent = Int8Array.from({ length: 26 }, (_, letter) => letter);
  const root = (letter: number): number => {
    let at = letter;
    while ((parent[at] ?? at) !== at) at = parent[at] ?? at;
    return at;
  };
  for (let letter = 0; letter < 26; letter++) {
    const bits = LATIN_BITS[0x61 + letter] ?? 0;
    for (let other = 0; other < 26; other++) if ((bits & (1 << other)) !== 0) parent[root(other)] = root(letter);
  }
  return Int8Array.from({ length: 26 }, (_, letter) => root(letter));
})();

/**
 * What an ASCII character is to the chunk scan: white space (SPACE), a letter (its class, 0-25),
 * a digit or a symbol that may stand for a letter (`@`, `1`, `!`, `2`: STANDS_IN), or another
 * (OTHER: `.`, `,`, `(`).
 */
const SPACE = -1;
const STANDS_IN = 26;
const OTHER = 27;
const ASCII_KIND = Int8Array.from({ length: 0x80 }, (_, code) => {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return SPACE;
  const letter = ownLetter(code);
  if (letter >= 0) return LETTER_CLASS[letter] ?? letter;
  // Digits are word characters: a name may not end before one (`vlagra2` is a code).
  return (LATIN_BITS[code] ?? 0) !== 0 || isDigit(code) ? STANDS_IN : OTHER;
});

/** What an ASCII character is to the chunk scan: -1 for white space, else the letters it may stand for. */
const ASCII_SCAN = Int32Array.from({ length: 0x80 }, (_, code) => (ASCII_KIND[code] === SPACE ? -1 : (LATIN_BITS[code] ?? 0)));

const FNV_OFFSET = 0x811c9dc5;
/** One step of FNV-1a over letter classes. */
function mix(hash: number, kind: number): number {
  return Math.imul(hash ^ kind, 0x01000193) >>> 0;
}

/** The class key of a word of ASCII letters, text[from, to): FNV-1a over its classes, each run of one class once. */
function classKey(text: string, from: number, to: number): number {
  let hash = FNV_OFFSET;
  let previous = -1;
  for (let index = from; index < to; index++) {
    const kind = ASCII_KIND[text.charCodeAt(index)] ?? OTHER;
    if (kind === previous) continue;
    previous = kind;
    hash = mix(hash, kind);
  }
  return hash;
}

/**
 * The letter (0-25) a character is itself, once lower-cased and its accents taken off (-1 for
 * none): a swap is any other. An accent on the name's own letter is how French or Spanish spell
 * it (`Xénical`, `sildénafil`), no disguise; a letter that is another (`ı`, `ł`, `ø`) is.
 */
function ownLetter(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code < 0xc0) return -1;
  if (code < ACCENTED_END) return ACCENTED[code] ?? -1;
  if (code >= 0x1e00 && code <= 0x1eff) return ACCENTED_MORE[code - 0x1e00] ?? -1;
  return -1;
}

/** A chunk that is a web or mail address, a path or a query string: not prose. */
function isAddress(text: string, start: number, end: number): boolean {
  let slashes = 0;
  let at = -1;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x2f) {
      if (++slashes >= 2) return true;
    } else if (code === 0x3d || code === 0x26) {
      return true; // key=value, a&b
    } else if (code === 0x40) {
      at = index;
    } else if (code === 0x2e && at >= 0 && index > at + 1) {
      return true; // name@host.tld
    } else if (code === 0x3a && text.charCodeAt(index + 1) === 0x2f) {
      return true; // scheme://
    }
  }
  const w = (index: number) => (text.charCodeAt(index) | 0x20) === 0x77;
  return (end - start > 4 && w(start) && w(start + 1) && w(start + 2) && text.charCodeAt(start + 3) === 0x2e) || isHostname(text, start, end);
}

/**
 * A host or file name written without a scheme: labels of letters, digits and hyphens, each two
 * characters at least, joined by dots (spelled-out letters have one-letter labels: `v.i.a.g.r.a`),
 * punctuation around them allowed; three labels or more (`shop.vlagra.example`), or two whose last
 * is a top-level domain of the public suffix list's ICANN section (`pro-vigil.com`, `vlagra.com`)
 * or a file name's extension (`ultra-m.pdf`).
 */
function isHostname(text: string, start: number, end: number): boolean {
  let first = start;
  while (first < end && !wordChar(text.charCodeAt(first))) first++;
  let last = end;
  while (last > first && !wordChar(text.charCodeAt(last - 1))) last--;
  let dots = 0;
  let label = 0;
  for (let index = first; index < last; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x2e) {
      if (label < 2) return false;
      dots++;
      label = 0;
    } else if (code === 0x2d || (code < 0x80 && wordChar(code))) {
      label++;
    } else {
      return false;
    }
  }
  if (dots === 0 || label < 2) return false;
  if (dots >= 2) return true;
  if (label > 24) return false;
  const top = text.slice(last - label, last).toLowerCase();
  return FILE_EXTENSIONS.has(top) || parseDomain(top, { allowPrivateDomains: false }).isIcann === true;
}

/**
 * Extensions of the files mail names (`ultra-m.pdf`) that are no top-level domain: a name with one
 * of these after its only dot is a file name, not a word.
 */
const FILE_EXTENSIONS: ReadonlySet<string> = new Set(['avi', 'bmp', 'csv', 'doc', 'docx', 'eml', 'gif', 'gz', 'heic', 'htm', 'html', 'ics', 'jpeg', 'jpg', 'json', 'msg', 'odt', 'pdf', 'png', 'ppt', 'pptx', 'rar', 'rtf', 'svg', 'tar', 'tif', 'tiff', 'txt', 'vcf', 'wav', 'webp', 'xls', 'xlsx', 'xml']);

/**
 * The places text[start, end) is split by symbols: runs of non-word characters between letters
 * (invisible characters are none).
 */
function splits(text: string, start: number, end: number): number {
  let count = 0;
  let inWord = true;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (isInvisible(code)) continue;
    const word = wordChar(code);
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

/** text[start, end) lower-cased with its invisible characters left out (DisguiseMatch.written). */
function visible(text: string, start: number, end: number): string {
  let written = '';
  let from = start;
  for (let index = start; index < end; index++) {
    if (!isInvisible(text.charCodeAt(index))) continue;
    written += text.slice(from, index);
    from = index + 1;
  }
  return (written + text.slice(from, end)).toLowerCase();
}

/**
 * One generation of live paths through the trie, by node: where each started, letters swapped
 * and doubled, symbols just read in a row, the most read in a row so far, and between letters in
 * all, and the one symbol between every two letters so far (-1 before the first, -2 once mixed);
 * `live` lists the `count` nodes that hold one, `held` marks them.
 */
class Generation {
  readonly start: Int32Array;
  readonly swaps: Int32Array;
  readonly doubled: Int32Array;
  readonly gap: Int32Array;
  readonly separators: Int32Array;
  readonly separator: Int32Array;
  readonly live: Int32Array;
  readonly held: Int32Array;
  readonly widest: Int32Array;
  count = 0;

  constructor(buffer: Int32Array, at: number, nodes: number) {
    const column = (index: number): Int32Array => buffer.subarray((at + index) * nodes, (at + index + 1) * nodes);
    this.start = column(0);
    this.swaps = column(1);
    this.doubled = column(2);
    this.gap = column(3);
    this.separators = column(4);
    this.separator = column(5);
    this.live = column(6);
    this.held = column(7);
    this.widest = column(8);
  }
}

/** Columns of a Generation. */
const COLUMNS = 9;

/**
 * The reading of one text: one live path per trie node, the cheapest, in two generations (this
 * character's and the next's) kept in typed columns, so a character costs a few array writes per
 * live path and at most `nodes` are live; no object per step. A scan is made when a text first
 * needs the walk (most texts never do: their chunks are turned away by their letter classes), with
 * its columns. A class, not closures: closures made per call cost more than short texts.
 */
class Scan {
  readonly found: DisguiseMatch[] = [];
  private now: Generation;
  private next: Generation;

  constructor(
    private readonly text: string,
    private readonly trie: Trie,
    private readonly except: ReadonlySet<string>,
    private readonly wide: WideBits,
  ) {
    const nodes = trie.size;
    const buffer = new Int32Array(2 * COLUMNS * nodes);
    this.now = new Generation(buffer, 0, nodes);
    this.next = new Generation(buffer, COLUMNS, nodes);
  }

  private offer(node: number, start: number, swaps: number, doubled: number, gap: number, separators: number, separator: number, widest: number): void {
    const { next } = this;
    if (next.held[node] === 1) {
      const cost = swaps + doubled;
      const heldCost = (next.swaps[node] ?? 0) + (next.doubled[node] ?? 0);
      if (cost > heldCost) return;
      // Of two as cheap, the earlier start, then the narrower gaps (a name may allow fewer).
      if (cost === heldCost && (start > (next.start[node] ?? 0) || (start === (next.start[node] ?? 0) && widest >= (next.widest[node] ?? 0)))) return;
    } else {
      next.held[node] = 1;
      next.live[next.count++] = node;
    }
    next.start[node] = start;
    next.swaps[node] = swaps;
    next.doubled[node] = doubled;
    next.gap[node] = gap;
    next.separators[node] = separators;
    next.separator[node] = separator;
    next.widest[node] = widest;
  }

  private accept(node: number, end: number): void {
    const word = this.trie.words[node];
    if (word === null || word === undefined) return;
    const { now, found } = this;
    const start = now.start[node] ?? 0;
    const swaps = now.swaps[node] ?? 0;
    const doubled = now.doubled[node] ?? 0;
    const separators = now.separators[node] ?? 0;
    const separator = now.separator[node] ?? -1;
    // The plain name (any case, accents on its own letters) is the phrase matcher's; a disguise
    // changes something. Symbols alone must split the name in two places at least: one hyphen
    // or dot between two real parts is how brands and compounds are written (`Pro-Vigil`,
    // `Oxy-Contin`, `Ultra-M`, `trama.dol`), so `vi-agra` is no disguise but `vi-ag-ra`,
    // `v.i.a.g.r.a` and `V I A G R A` are.
    if (swaps === 0 && doubled === 0 && (separators < 2 || splits(this.text, start, end) < 2)) return;
    if (swaps > maxSwaps(word.length) || doubled > (this.trie.doubled[node] ?? 0) || (now.widest[node] ?? 0) > (this.trie.gap[node] ?? 0)) return;
    const written = visible(this.text, start, end);
    if (this.except.size > 0 && this.except.has(written)) return;
    const spacedOnly = swaps === 0 && doubled === 0 && separators === word.length - 1 && separator >= 0 && SPACED_SEPARATORS.has(separator);
    const last = found[found.length - 1];
    if (last !== undefined && start < last.end) {
      // Overlapping the one before: keep the longer of two at the same start.
      if (start === last.start && end > last.end) found[found.length - 1] = { start, end, word, spacedOnly, written };
      return;
    }
    found.push({ start, end, word, spacedOnly, written });
  }

  /**
   * Reads text[from, to): one chunk, or single letters with single spaces between (`spaced`),
   * read whole: `u l t r a m i c r o s c o p i c` is not ultram.
   */
  readSegment(from: number, to: number, spaced: boolean): void {
    const { text, trie } = this;
    const { children, letters: into, reachGap, reachDoubled } = trie;
    for (let index = from; index < to; index++) {
      const code = text.charCodeAt(index);
      // A character no reader sees (a soft hyphen, a zero-width joiner) is not there: `mil&shy;li&shy;on`
      // is the plain word, as the tokenizer reads it.
      if (isInvisible(code)) continue;
      const bits = this.wide.of(code);
      const own = ownLetter(code);
      const isLetterOrDigit = wordChar(code);
      // Carry every live path across this character.
      const now = this.now;
      for (let at = 0; at < now.count; at++) {
        const node = now.live[at] ?? 0;
        now.held[node] = 0;
        const start = now.start[node] ?? 0;
        const swaps = now.swaps[node] ?? 0;
        const doubled = now.doubled[node] ?? 0;
        const gap = now.gap[node] ?? 0;
        const separators = now.separators[node] ?? 0;
        const separator = now.separator[node] ?? -1;
        const widest = now.widest[node] ?? 0;
        if (!isLetterOrDigit && gap < (reachGap[node] ?? 0)) {
          this.offer(node, start, swaps, doubled, gap + 1, separators + 1, gap > 0 || (separator !== -1 && separator !== code) ? -2 : code, Math.max(widest, gap + 1));
        }
        if (bits === 0) continue;
        const base = node * 26;
        const self = into[node] ?? -1;
        for (let rest = bits; rest !== 0; rest &= rest - 1) {
          const letter = 31 - Math.clz32(rest & -rest);
          const swapped = letter === own ? 0 : 1;
          const child = children[base + letter] ?? 0;
          if (child !== 0) this.offer(child, start, swaps + swapped, doubled, 0, separators, separator, widest);
          // The same letter again (`viaagra`, `val?umm`): one more of it, not a step.
          if (letter === self && doubled < (reachDoubled[node] ?? 0)) this.offer(node, start, swaps + swapped, doubled + 1, 0, separators, separator, widest);
        }
      }
      // A new path may start on a letter (not a digit or a symbol: `1` and `@` open codes and
      // handles) at the segment's start or after a symbol, never inside a word.
      if (isLetterOrDigit && !isDigit(code) && bits !== 0 && (index === from || (!spaced && !wordChar(text.charCodeAt(index - 1))))) {
        for (let rest = bits; rest !== 0; rest &= rest - 1) {
          const letter = 31 - Math.clz32(rest & -rest);
          const child = children[letter] ?? 0;
          if (child !== 0) this.offer(child, index, letter === own ? 0 : 1, 0, 0, 0, -1, 0);
        }
      }
      this.now = this.next;
      this.next = now;
      now.count = 0;
      // A name ends on a letter, at the segment's end or before a symbol or a space.
      if (index + 1 >= to || (!spaced && !wordChar(text.charCodeAt(index + 1)))) {
        for (let at = 0; at < this.now.count; at++) {
          const node = this.now.live[at] ?? 0;
          if ((this.now.gap[node] ?? 0) === 0) this.accept(node, index + 1);
        }
      }
    }
    const { now } = this;
    for (let at = 0; at < now.count; at++) now.held[now.live[at] ?? 0] = 0;
    now.count = 0;
  }
}

/**
 * The letters (bits 0-25) the characters of text[from, to) may stand for: a name can be read in
 * the span only if all its letters are among them, since every letter of it is read from a
 * character that may stand for it.
 */
function lettersOf(text: string, from: number, to: number, wide: WideBits): number {
  let letters = 0;
  for (let index = from; index < to; index++) letters |= wide.of(text.charCodeAt(index));
  return letters;
}

/**
 * The names' letter sets as a test of a chunk's letters in three lookups: the 26 letters in three
 * parts of PART_BITS bits, and for each part and each value of it the sets (one bit each, 32 to a
 * group) whose letters in that part it holds; a set is held whole when all three parts hold it.
 */
const PART_BITS = 9;
const PART_SIZE = 1 << PART_BITS;
interface Spells {
  readonly groups: number;
  readonly table: Int32Array;
}

/** Whether some name's letters (`spells`) are all among `letters`. */
function canSpell(letters: number, spells: Spells): boolean {
  const { groups, table } = spells;
  const low = letters & (PART_SIZE - 1);
  const middle = PART_SIZE + ((letters >>> PART_BITS) & (PART_SIZE - 1));
  const high = 2 * PART_SIZE + (letters >>> (2 * PART_BITS));
  for (let group = 0, base = 0; group < groups; group++, base += 3 * PART_SIZE) {
    if (((table[base + low] ?? 0) & (table[base + middle] ?? 0) & (table[base + high] ?? 0)) !== 0) return true;
  }
  return false;
}

/**
 * The sets of letters of the names as the trie holds them (up to a character past a-z), those that
 * hold another left out (a span with all the letters of the larger holds the smaller's), as the
 * tables `canSpell` reads.
 */
function letterSets(words: readonly DisguisedWord[]): Spells {
  const letterSet = (word: string): number => {
    let set = 0;
    for (let index = 0; index < word.length; index++) {
      const letter = word.charCodeAt(index) - 0x61;
      if (letter < 0 || letter >= 26) break;
      set |= 1 << letter;
    }
    return set;
  };
  const all = [...new Set(words.map(({ word }) => letterSet(word)))];
  const sets = all.filter((set) => !all.some((other) => other !== set && (other & set) === other));
  const groups = Math.ceil(sets.length / 32);
  const table = new Int32Array(groups * 3 * PART_SIZE);
  sets.forEach((set, index) => {
    const base = (index >>> 5) * 3 * PART_SIZE;
    for (let part = 0; part < 3; part++) {
      const needed = (set >>> (part * PART_BITS)) & (PART_SIZE - 1);
      for (let value = 0; value < PART_SIZE; value++) {
        const at = base + part * PART_SIZE + value;
        if ((needed & value) === needed) table[at] = (table[at] ?? 0) | (1 << (index & 31));
      }
    }
  });
  return { groups, table };
}

/** The disguised names in `text` (DisguiseReader.find). */
function scanText(text: string, trie: Trie, except: ReadonlySet<string>, keys: ReadonlySet<number>, spells: Spells): DisguiseMatch[] {
  // Made when a first segment is walked: most texts have none.
  let scan: Scan | null = null;
  const wideBits = new WideBits();
  const length = text.length;
  let index = 0;
  while (index < length && (scan === null || scan.found.length < MAX_FOUND)) {
    let code = text.charCodeAt(index);
    if (code < 0x80 ? ASCII_KIND[code] === SPACE : isRegExpSpace(code)) {
      index++;
      continue;
    }
    // One pass over the chunk for its end and the letters its characters may stand for: only a
    // chunk whose letters hold all of some name's (`spells`) can spell it, and few do.
    const start = index;
    let letters = 0; // of its ASCII characters
    let wide = -1; // its first character past ASCII
    for (; index < length; index++) {
      code = text.charCodeAt(index);
      if (code < 0x80) {
        const bits = ASCII_SCAN[code] ?? 0;
        if (bits === -1) break;
        letters |= bits;
      } else {
        if (isRegExpSpace(code)) break;
        if (wide < 0) wide = index;
      }
    }
    let end = index;
    // Shorter than any name (but a single letter or mark may begin a spelled-out one), or longer
    // than any word.
    if (end - start !== 1 || wide >= 0 || ASCII_KIND[text.charCodeAt(start)] === STANDS_IN) {
      if (end - start < 5 || end - start > MAX_CHUNK) continue;
      if (wide >= 0) {
        for (let at = wide; at < end; at++) {
          code = text.charCodeAt(at);
          if (code >= 0x80) letters |= wideBits.of(code);
        }
      }
      if (!canSpell(letters, spells)) continue;
      // Most chunks are a word of ASCII letters with punctuation (no symbol that may stand for a
      // letter) before or after it, which spells a name only whole and only if its letter classes
      // are the name's (`keys`); any other is read through the trie unless it is an address.
      let phase = wide >= 0 ? 3 : 0; // 0 leading punctuation, 1 letters, 2 trailing punctuation, 3 anything else
      let first = start;
      let last = start;
      for (let at = start; at < end && phase !== 3; at++) {
        const kind = ASCII_KIND[text.charCodeAt(at)] ?? OTHER;
        if (kind < STANDS_IN) {
          if (phase === 0) {
            phase = 1;
            first = at;
          } else if (phase === 2) {
            phase = 3;
          }
        } else if (kind === STANDS_IN) {
          phase = 3;
        } else if (phase === 1) {
          phase = 2;
          last = at;
        }
      }
      if (phase === 1) last = end;
      if (phase !== 3) {
        if (last - first >= 5 && keys.has(classKey(text, first, last))) (scan ??= new Scan(text, trie, except, wideBits)).readSegment(first, last, false);
      } else if (!isAddress(text, start, end)) {
        (scan ??= new Scan(text, trie, except, wideBits)).readSegment(start, end, false);
      }
      continue;
    }
    // Single characters set apart by single spaces (`V I A G R A`) are read as one segment.
    let spaced = false;
    while (
      index + 1 < length &&
      isRegExpSpace(text.charCodeAt(index)) &&
      !isRegExpSpace(text.charCodeAt(index + 1)) &&
      (index + 2 >= length || isRegExpSpace(text.charCodeAt(index + 2)))
    ) {
      index += 2;
      end = index;
      spaced = true;
    }
    // The last letter may carry the sentence's punctuation: `V I A G R A,`.
    if (index + 1 < length && isRegExpSpace(text.charCodeAt(index)) && wordChar(text.charCodeAt(index + 1)) && !wordChar(text.charCodeAt(index + 2))) {
      let after = index + 2;
      while (after < length && !isRegExpSpace(text.charCodeAt(after)) && !wordChar(text.charCodeAt(after))) after++;
      if (after >= length || isRegExpSpace(text.charCodeAt(after))) {
        end = index + 2;
        index = after;
        spaced = true;
      }
    }
    if (spaced && end - start >= 5 && end - start <= MAX_CHUNK && canSpell(lettersOf(text, start, end, wideBits), spells)) (scan ??= new Scan(text, trie, except, wideBits)).readSegment(start, end, true);
  }
  return scan === null ? [] : scan.found;
}

export function createDisguiseReader(words: readonly DisguisedWord[]): DisguiseReader {
  const trie = buildTrie(words);
  const except: ReadonlySet<string> = new Set(words.flatMap((entry) => entry.except));
  const keys: ReadonlySet<number> = new Set(words.map(({ word }) => classKey(word, 0, word.length)));
  const spells = letterSets(words);
  const spamWords: ReadonlySet<string> = new Set(words.filter((entry) => !entry.trigger).map((entry) => entry.word));
  return { size: words.length, spamWords, find: (text) => (trie.size <= 1 ? [] : scanText(text, trie, except, keys, spells)) };
}
