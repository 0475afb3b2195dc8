/**
 * normalizeWord's path for words beyond ASCII reads code points by index with the classes from
 * the table (core/text/unicode-classes.ts), keeps the scripts as bits and cuts the word only around
 * its invisibles; the ASCII paths share its leet splice. The oracle below is the path as it was
 * written before (a string a character, a Set of scripts, a regex a character through the old
 * scriptOf): on generated words of many scripts and of the characters the tokenizer treats apart,
 * both must give the same normal form and flags, and the tokens of generated texts the same norms.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFUSABLE_LETTERS, LEET, isDigit, isInvisible, isLeetSymbol, type Script } from '../../core/text/characters.ts';
import { TokenFlag, normalizeWord, tokenize } from '../../core/text/tokenize.ts';
import { UNICODE_VERSION } from '../../core/text/unicode-classes.ts';
import { compareUnicodeVersions } from '../../scripts/unicode-classes.ts';
import { LETTER_OR_DIGIT, scriptByRegex } from './regex-classes.ts';

function isLetterAt(word: string, index: number): boolean {
  const code = word.charCodeAt(index);
  return !Number.isNaN(code) && !isDigit(code) && (code < 0x80 ? /[a-z0-9]/i.test(word[index] ?? '') : LETTER_OR_DIGIT.test(String.fromCodePoint(code)));
}

function hasInnerDigit(word: string): boolean {
  for (let i = 1; i < word.length - 1; i++) if (isDigit(word.charCodeAt(i)) && isLetterAt(word, i - 1) && isLetterAt(word, i + 1)) return true;
  return false;
}

function allConfusable(word: string): boolean {
  let count = 0;
  for (const char of word) {
    if ((char.codePointAt(0) ?? 0) < 0x80) continue;
    if (!CONFUSABLE_LETTERS.has(char)) return false;
    count++;
  }
  return count >= 3;
}

/** normalizeWord's full path as it was before the class table (every word, ASCII or not, may take it). */
function normalizeByCharacter(raw: string): { norm: string; flags: number } {
  let flags = 0;
  let letters = 0;
  let upper = 0;
  let digits = 0;
  let leetSymbols = 0;
  const scripts = new Set<Script>();
  let cleaned = '';
  for (const char of raw) {
    const code = char.codePointAt(0) ?? 0;
    if (isInvisible(code)) {
      flags |= TokenFlag.Invisible;
      continue;
    }
    cleaned += char;
    if (isDigit(code)) digits++;
    else if (isLeetSymbol(code)) leetSymbols++;
    const script = scriptByRegex(code);
    if (script) {
      letters++;
      scripts.add(script);
      if (char !== char.toLowerCase()) upper++;
    }
  }
  if (letters > 0) flags |= TokenFlag.Alpha;
  if (letters >= 2 && upper === letters) flags |= TokenFlag.Upper;
  let norm = /^[\x00-\x7f]*$/.test(cleaned) ? cleaned.toLowerCase() : cleaned.normalize('NFKC').toLowerCase();
  if (norm.includes('\u2019')) norm = norm.replaceAll('\u2019', "'");
  const latin = scripts.has('latin');
  const nonLatin = scripts.size - (latin ? 1 : 0) - (scripts.has('other') ? 1 : 0);
  if (latin && nonLatin > 0) flags |= TokenFlag.MixedScript;
  if (nonLatin > 0 && (latin || allConfusable(norm))) {
    let mapped = '';
    for (const char of norm) mapped += CONFUSABLE_LETTERS.get(char) ?? char;
    if (mapped !== norm) {
      flags |= TokenFlag.Confusable;
      norm = mapped;
    }
  }
  if ((digits > 0 && (hasInnerDigit(cleaned) || (letters >= 3 && digits < letters))) || leetSymbols > 0) {
    let mapped = '';
    for (const char of norm) mapped += LEET.get(char) ?? char;
    if (mapped !== norm) {
      flags |= TokenFlag.Leet;
      norm = mapped;
    }
  }
  return { norm, flags };
}

/**
 * Characters by kind: ASCII letters, digits and the leet symbols, Latin-1 and Latin Extended
 * (`ü`, `ß`, `İ`, `ſ`, `ǅ`), Cyrillic, Greek and Armenian look-alikes and others, CJK, kana,
 * Hangul, Thai, Arabic, Hebrew, full-width letters and digits, combining marks, numbers beyond
 * ASCII digits, invisibles (soft hyphen, zero-width, bidi controls, BOM), apostrophes, ligatures,
 * Kelvin and Ångström signs, astral letters (`𝐀`, Deseret `𐐀`), emoji, lone surrogates and the
 * leet list's keys.
 */
const POOLS = [
  'abcxyzABCXYZ', '0123456789', "@$|£€'’!?",
  'üÜßéÉàñÑçøØİıſǅǆǄĳŉ×÷µªº', 'ḀḁẞẠạỳ',
  'аеорсхуАЕОРСХУпримерПРИМЕРжЖ', 'αεικνοπρτυχΑΕΟΡΣσςϲΩ', 'աբգդեօՕՍս',
  '日本中文字', 'ひらがなカタカナ', '한국어', 'ภาษาไทย', 'عربيةعربي', 'עברית',
  'ａｂｃｓｈｏｐＡＢＣＳＨＯＰ', '０１２３４５６７８９', '\u0301\u0308\u0327\u064b\u0e31', '١٢٣²³½Ⅻⅻ①',
  '\u00ad\u200b\u200c\u200d\u200e\u202e\u2060\u2066\ufeff\u034f\u180e',
  'ﬁﬂ\u212a\u212b\u2126', '\u{1d400}\u{1d41a}\u{10400}\u{10428}', '😀🎉\u{1f1fa}', '\ud800\udc00\udbff',
  [...LEET.keys()].join(''),
].map((pool) => [...pool]);

const charOf = fc.integer({ min: 0, max: POOLS.length - 1 }).chain((pool) => fc.constantFrom(...(POOLS[pool] as string[])));
const word = fc.array(fc.oneof({ weight: 6, arbitrary: charOf }, { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }) }), { minLength: 1, maxLength: 14 }).map((chars) => chars.join(''));

// The oracle reads the runtime's regexes: on a Node of another Unicode they answer otherwise than the
// pinned table on the code points the versions do not share, so the comparison holds only on the
// table's own Unicode (test/text/unicode-classes.test.ts says what to do on a newer one).
const NODE_UNICODE = process.versions.unicode ?? '';
const SAME_UNICODE = compareUnicodeVersions(NODE_UNICODE, UNICODE_VERSION) === 0;
if (!SAME_UNICODE) {
  console.warn(`skipped: normalizeWord against the old reading needs Unicode ${UNICODE_VERSION}; Node ${process.versions.node} has ${NODE_UNICODE}`);
}

describe.skipIf(!SAME_UNICODE)('normalizeWord beyond ASCII', () => {
  it('gives the normal form and flags the character-by-character reading gave', () => {
    fc.assert(
      fc.property(word, (raw) => {
        expect(normalizeWord(raw)).toEqual(normalizeByCharacter(raw));
      }),
      { numRuns: 30_000 },
    );
  });

  it('gives the tokens of texts the same norms and flags', () => {
    const text = fc.array(fc.oneof(word, fc.constantFrom(' ', '. ', ', ', '\n', '。', '-', "'", '$', '@')), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        const tokens = tokenize(value);
        for (let i = 0; i < tokens.length; i++) {
          const raw = value.slice(tokens.start(i), tokens.end(i));
          const expected = normalizeByCharacter(raw);
          expect([raw, tokens.norm(i), tokens.flags(i)]).toEqual([raw, expected.norm, expected.flags]);
        }
      }),
      { numRuns: 5_000 },
    );
  });

  it('takes the path beyond ASCII on the words it was written for', () => {
    // Each of these reaches the code-point loop (not an ASCII path), and its flags must be those of the old reading.
    for (const raw of ['münchen1a', 'ｓｈｏｐ１ａ', '日本1a', 'x\u00ad1a', 'РayРаl', 'ÜBER', 'fr€e', 'l’argent', '\u{1d400}\u{1d401}']) {
      expect([raw, normalizeWord(raw)]).toEqual([raw, normalizeByCharacter(raw)]);
    }
  });
});

describe('the leet list', () => {
  it('has keys of one UTF-16 unit each, as normalizeWord reads them', () => {
    for (const key of LEET.keys()) expect([key, key.length]).toEqual([key, 1]);
  });
});
