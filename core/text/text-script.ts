/**
 * The script a text is mostly written in, when not the Latin one: what tells a reader (and the
 * unchecked-language rule) that none of the word lists, all written in Latin letters, could read it.
 * The detection (language.ts) answers `und` for such a text and names no script.
 *
 * It counts in the unit of word-count.ts: a run of Japanese, Chinese or Thai as the English words it
 * stands for (tokenWords, at that file's measured characters per word), and a word of a spaced
 * script (Korean, Greek, Cyrillic, Hebrew, Arabic, Devanagari…) as one word, as the visible-text
 * count does; and it tells Han, kana and Thai letters apart with word-count.ts's own tests.
 */
import { isAsciiLetter, isAsciiLetterOrDigit } from './characters.ts';
import { EMPTY_TOKENS, TokenFlag, type TokenList } from './tokenize.ts';
import { isHan, isKana, isKanaMark, isSoutheastAsian, tokenWords } from './word-count.ts';

/** Code units of the text read for its script: all of it up to this length… */
const SCRIPT_WHOLE = 4000;
/** …else this many windows of SCRIPT_WINDOW code units spread evenly across it (bounded work on any length). */
const SCRIPT_WINDOWS = 8;
const SCRIPT_WINDOW = 500;
/** Letters of another script a text needs before we say it is written in it (about a sentence of CJK). */
const MIN_SCRIPT_LETTERS = 20;
/** …and their share of the letters read. */
const MIN_SCRIPT_SHARE = 0.5;
/**
 * Latin words (two letters or more) a text in another script may hold: this share of its words in
 * that script (in word-count.ts's unit), or MIN_LATIN_WORDS. An English mail of 20 words with a
 * Japanese disclaimer of 240 characters is not a Japanese text; a Japanese sign-in mail naming its
 * site and button in Latin letters (`Ghost Demo`, `URL`) is.
 */
const MAX_LATIN_SHARE = 0.1;
const MIN_LATIN_WORDS = 10;

/** The spaced scripts named, one test each, none global: a character at a time, linear. */
const SPACED_SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['ko', /\p{Script=Hangul}/u],
  ['el', /\p{Script=Greek}/u],
  ['he', /\p{Script=Hebrew}/u],
  ['arab', /\p{Script=Arabic}/u],
  ['cyrl', /\p{Script=Cyrillic}/u],
  ['deva', /\p{Script=Devanagari}/u],
];
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const LATIN = /\p{Script=Latin}/u;
const COMMON = /\p{Script=Common}/u;

/** The stretches of the text read for its script: the whole text, or SCRIPT_WINDOWS windows spread across it. */
function sampleRanges(length: number): (readonly [number, number])[] {
  if (length <= SCRIPT_WHOLE) return [[0, length]];
  const step = Math.floor((length - SCRIPT_WINDOW) / (SCRIPT_WINDOWS - 1));
  return Array.from({ length: SCRIPT_WINDOWS }, (_, index) => [index * step, index * step + SCRIPT_WINDOW] as const);
}

/** The unspaced script a Han, kana or Southeast Asian letter names: kana are counted apart (see textScript). */
function unspacedScript(code: number): string {
  if (isHan(code)) return 'zh';
  return code >= 0x0e00 && code <= 0x0e7f ? 'th' : 'other';
}

/**
 * The text as the phrase rules read it where it disguises Latin words: each word the tokenizer
 * read through look-alike letters of another script (TokenFlag.Confusable: `Рау Раl`, `Ѕесurіtу`
 * typed in Cyrillic, `АРРLЕ ІD` mixed) written as the Latin word it reads as. Such a text is
 * English in disguise, not one in that script. The text itself when it holds no such word.
 */
function readThroughLookalikes(text: string, tokens: TokenList): string {
  const { starts, ends, flagsOf, length } = tokens;
  const parts: string[] = [];
  let copied = 0;
  for (let index = 0; index < length; index++) {
    if (!((flagsOf[index] ?? 0) & TokenFlag.Confusable)) continue;
    const start = starts[index] ?? 0;
    parts.push(text.slice(copied, start), tokens.norm(index));
    copied = ends[index] ?? start;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * What the text is mostly written in, when not the Latin script: `ja` (any kana among Han), `zh`,
 * `ko`, `th`, `el`, `he`, `arab`, `cyrl`, `deva` or `other`; null when Latin, too little of it
 * (`minLetters`, by default MIN_SCRIPT_LETTERS, and MIN_SCRIPT_SHARE of the letters), or with more Latin words than a text in
 * that script holds (MAX_LATIN_SHARE). Read over the whole text (or windows spread across a long
 * one), so a footer does not outweigh the mail above it. `tokens` (those of `text`, when given) tell
 * the words in look-alike letters, read as the Latin words they disguise (readThroughLookalikes).
 */
export function textScript(source: string, tokens: TokenList = EMPTY_TOKENS, minLetters = MIN_SCRIPT_LETTERS): string | null {
  const text = readThroughLookalikes(source, tokens);
  let letters = 0;
  let kana = 0;
  let latinWords = 0;
  /** words in the other scripts, in word-count.ts's unit */
  let otherWords = 0;
  const counts = new Map<string, number>();
  for (const [from, to] of sampleRanges(text.length)) {
    // A word is a run of characters between spaces. Latin: two letters or more; one with `/`, `@`,
    // `_`, `=`, a digit or a dot inside (a link, an address, a host, a user name, `50ml`) is no word
    // of the text, and its letters are not counted either.
    let runStart = from;
    let latin = 0;
    let named = false;
    let dot = false;
    let unspaced = false;
    let spaced = false;
    const endRun = (end: number) => {
      if (!named) letters += latin;
      if (latin >= 2 && !named) latinWords++;
      if (unspaced) otherWords += tokenWords(text, runStart, end);
      else if (spaced) otherWords++;
      runStart = end + 1;
      latin = 0;
      named = false;
      dot = false;
      unspaced = false;
      spaced = false;
    };
    for (let index = from; index < to; index++) {
      const code = text.charCodeAt(index);
      if (code <= 0x20 || code === 0xa0) {
        endRun(index);
        continue;
      }
      if (code === 0x2f || code === 0x40 || code === 0x5f || code === 0x3d || (code >= 0x30 && code <= 0x39)) named = true;
      const wasDot = dot;
      dot = code === 0x2e;
      if (code < 0x80) {
        if (wasDot && isAsciiLetterOrDigit(code)) named = true;
        if (isAsciiLetter(code)) latin++;
        continue;
      }
      // a high surrogate stands for its character (isHan reads CJK extensions B–H by it): skip the low half
      const point = text.codePointAt(index) ?? code;
      if (point > 0xffff) index++;
      if (isKanaMark(code)) continue; // lengthens or voices the kana before it: no letter of its own
      if (isHan(code) || isKana(code) || isSoutheastAsian(code)) {
        if (wasDot) named = true;
        letters++;
        unspaced = true;
        if (isKana(code)) kana++;
        else {
          const script = unspacedScript(code);
          counts.set(script, (counts.get(script) ?? 0) + 1);
        }
        continue;
      }
      const char = String.fromCodePoint(point);
      if (!LETTER.test(char)) {
        if (wasDot && NUMBER.test(char)) named = true;
        continue;
      }
      if (wasDot) named = true;
      // Styled letters (`𝐏𝐥𝐞𝐚𝐬𝐞`, Mathematical Alphanumeric Symbols) are Common: Latin dressed up, not another script.
      if (LATIN.test(char) || COMMON.test(char)) {
        latin++;
        continue;
      }
      letters++;
      spaced = true;
      const script = SPACED_SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other';
      counts.set(script, (counts.get(script) ?? 0) + 1);
    }
    endRun(to);
  }
  const other = kana + [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (other < minLetters || other < MIN_SCRIPT_SHARE * letters) return null;
  let best: [string, number] = ['other', 0];
  for (const entry of counts) if (entry[1] > best[1]) best = entry;
  // Japanese writes Han and kana together; Chinese has no kana.
  const script = kana > 0 && kana + (counts.get('zh') ?? 0) >= other / 2 ? 'ja' : best[0];
  return latinWords <= Math.max(MIN_LATIN_WORDS, MAX_LATIN_SHARE * otherWords) ? script : null;
}
