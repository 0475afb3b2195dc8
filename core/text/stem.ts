/**
 * Stems words with natural's Snowball/Porter stemmers, imported by deep path so that bundles get
 * the four small stemmers and not natural's root (databases, classifiers, Node modules).
 * Stems are then folded to base letters (`gratuité` → `gratuit`), because spammers drop accents
 * and the wordlists should match either spelling.
 */
import english from 'natural/lib/natural/stemmers/porter_stemmer.js';
import french from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import german from 'natural/lib/natural/stemmers/porter_stemmer_de.js';
import spanish from 'natural/lib/natural/stemmers/porter_stemmer_es.js';
import { isLowerAscii, isPorterWord, stemEnglish } from './porter.ts';

const STEMMERS: ReadonlyMap<string, { stem(word: string): string }> = new Map([
  ['en', english],
  ['fr', french],
  ['de', german],
  ['es', spanish],
]);

const MAX_MEMO = 50_000;

export type Stem = (word: string) => string;

export const STEMMED_LANGUAGES: readonly string[] = [...STEMMERS.keys()];

/**
 * Removes combining marks after canonical decomposition (`é` → `e`) and writes `ß` (and `ẞ`) as
 * `ss`, as capitals and Swiss German write it and as the German Snowball stemmer folds it
 * (`Straße`, `STRASSE` and `strasse` fold alike): the one fold of accents, for stems and for
 * words compared as written (a subject read in a language not the mail's, opt-out wording,
 * brand names).
 */
export function foldDiacritics(word: string): string {
  // Text of units that fold as themselves (ASCII nearly always) needs no folding: one search for a
  // unit that does not (a regex, about half the time of a loop of charCodeAt here) skips the two
  // normalisations, for Cyrillic, Chinese or full-width words too. Text whose other units lie in
  // U+00C0–U+00FF, Latin-1's letters and `×` and `÷` (`münchen`, `gratuité`, `señor`), is folded a
  // unit at a time from the first such unit.
  const first = word.search(NOT_ITSELF);
  if (first < 0) return word;
  let out = '';
  let from = 0;
  for (let i = first; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (foldsAsItself(code)) continue;
    if (code > 0xff) return slowFold(word);
    out += word.slice(from, i) + (LATIN1_FOLDS[code - 0xc0] as string);
    from = i + 1;
  }
  return from === 0 ? word : out + word.slice(from);
}

/** The fold by the normalisations: any text. */
function slowFold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC').replace(/[ßẞ]/gu, 'ss');
}

/**
 * Each code point U+00C0–U+00FF folded alone: Latin-1's 62 letters and the signs `×` and `÷`
 * (`ü` → `u`, `ß` → `ss`; `æ`, `ø`, `þ`, `×`, `÷` as themselves). Each decomposes, if at all, to an
 * ASCII letter and one mark, and none ends a decomposition; nor does a unit that folds as itself.
 * So in text of those units and these no letter composes with its neighbour once the marks are
 * gone, and the text folds as its units fold one by one (test/text/stem.test.ts checks both, and
 * every pair against `slowFold`).
 */
const LATIN1_FOLDS: readonly string[] = Object.freeze(Array.from({ length: 0x40 }, (_, i) => slowFold(String.fromCharCode(0xc0 + i))));

/**
 * A UTF-16 unit that no canonical decomposition splits, that is no combining mark and that never
 * composes with the unit before it (no decomposition ends with it): text of such units is its own
 * NFD and NFC, with no mark to remove, so `foldDiacritics` leaves it as it is. ASCII and Latin-1's
 * symbols, the basic Cyrillic letters but `Й`/`й`, General Punctuation but its two spaces that
 * decompose (U+2000, U+2001: the invisibles of disguised words, zero-width spaces and joiners,
 * among them), CJK ideographs, the full-width forms, `。`; test/text/stem.test.ts checks each
 * against Unicode's decompositions.
 */
/** A unit that does not fold as itself (`foldsAsItself` false), as a search: the test compares them on every unit. */
export const NOT_ITSELF = /[^\x00-\xbf\u0410-\u0418\u041a-\u0438\u043a-\u044f\u2002-\u206f\u3002\u4e00-\u9fff\uff01-\uff5e]/;

export function foldsAsItself(code: number): boolean {
  return (
    code < 0xc0 ||
    (code >= 0x410 && code <= 0x44f && code !== 0x419 && code !== 0x439) ||
    (code >= 0x2002 && code <= 0x206f) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xff01 && code <= 0xff5e) ||
    code === 0x3002
  );
}

/** `/^\d+$/.test(word)`, the regex run only for a word whose first character is a digit (few are). */
function startsAllDigits(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 && /^\d+$/.test(word);
}

/** Stems one word in `language` (no memory): what createStemmer remembers. */
function stemmerOf(language: string): Stem {
  const stemmer = STEMMERS.get(language);
  if (stemmer === english) {
    return (word) => {
      // Lower-case English words take our port of natural's stemmer, 4–5× faster. Nearly all are
      // printable ASCII, and stay ASCII: one test stands for isPorterWord's and foldDiacritics'.
      if (word.length <= 40 && isLowerAscii(word)) return startsAllDigits(word) ? word : stemEnglish(word);
      const stemmable = word.length <= 40 && !/^\d+$/.test(word);
      const stemmed = !stemmable ? word : isPorterWord(word) ? stemEnglish(word) : english.stem(word);
      return foldDiacritics(stemmed);
    };
  }
  return (word) => {
    // Stemmers are written for words of letters; numbers and very long strings pass through.
    const stemmable = stemmer && word.length <= 40 && !/^\d+$/.test(word);
    const stemmed = !stemmable ? word : stemmer.stem(word);
    return foldDiacritics(stemmed);
  };
}

/**
 * A stemmer for `language` that remembers the words it has seen: one analysis stems each
 * distinct word once. Languages without a stemmer only fold diacritics. With `remember` false it
 * keeps nothing: for a caller that already keeps each distinct word's stem (tokenStems keeps one
 * per normal form of a message), where a second memory would only cost a map entry a word.
 */
export function createStemmer(language: string, remember = true): Stem {
  const stemOf = stemmerOf(language);
  if (!remember) return stemOf;
  const memo = new Map<string, string>();
  return (word) => {
    let stem = memo.get(word);
    if (stem === undefined) {
      // A long-lived analyzer sees an open vocabulary: bound the memo rather than grow forever.
      if (memo.size >= MAX_MEMO) memo.clear();
      stem = stemOf(word);
      memo.set(word, stem);
    }
    return stem;
  };
}
