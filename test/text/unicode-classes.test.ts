/**
 * The tokenizer's character classes come from a generated table (core/text/unicode-classes.ts,
 * scripts/unicode-classes.ts) instead of a regex test a character. They must answer what the
 * regexes answer on every code point 0–U+10FFFF: `isWordChar` as `[\p{L}\p{M}\p{N}]`, `scriptOf`
 * as it read `\p{N}|\p{M}` and the letters' regex, and the cased bit as `toLowerCase()`. When a
 * newer Node's Unicode adds letters, this fails until the script is run again.
 */
import { describe, expect, it } from 'vitest';
import { CharClass, charClass, isAsciiLetter, isWordChar, scriptOf, type Script } from '../../core/text/characters.ts';

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/** scriptOf as it was written before the table (core/text/characters.ts), the oracle. */
function scriptByRegex(code: number): Script | null {
  if (code < 0x80) return isAsciiLetter(code) ? 'latin' : null;
  if (code <= 0x024f || (code >= 0x1e00 && code <= 0x1eff)) return 'latin';
  if (code >= 0x0370 && code <= 0x03ff) return 'greek';
  if (code >= 0x0400 && code <= 0x052f) return 'cyrillic';
  if (code >= 0x0530 && code <= 0x058f) return 'armenian';
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code)) && !/\p{N}|\p{M}/u.test(String.fromCodePoint(code)) ? 'other' : null;
}

function classByRegex(code: number): number {
  const char = String.fromCodePoint(code);
  if (/\p{L}/u.test(char)) return char.toLowerCase() === char ? CharClass.Letter : CharClass.CasedLetter;
  return /[\p{M}\p{N}]/u.test(char) ? CharClass.MarkOrNumber : CharClass.None;
}

describe('the character class table', () => {
  it('answers as the regexes on every code point', () => {
    const differ: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      const char = String.fromCodePoint(code);
      const word = LETTER_OR_DIGIT.test(char);
      if (isWordChar(code) !== word || scriptOf(code) !== scriptByRegex(code) || charClass(code) !== classByRegex(code)) {
        differ.push(code.toString(16));
      }
    }
    // Not one: a newer Unicode in Node makes this fail until scripts/unicode-classes.ts is run again.
    expect(differ.slice(0, 20)).toEqual([]);
  });

  it('has no class outside the code points', () => {
    for (const code of [-1, 0x110000, Number.NaN]) expect(charClass(code)).toBe(CharClass.None);
  });

  it('tells letters, cased letters, marks and numbers apart', () => {
    const of = (char: string): number => charClass(char.codePointAt(0) ?? 0);
    expect([of('a'), of('A'), of('ü'), of('Ü'), of('日'), of('ｓ'), of('Ｓ'), of('𝐀'), of('𐐀')]).toEqual([2, 3, 2, 3, 2, 2, 3, 2, 3]);
    expect([of('\u0301'), of('١'), of('Ⅻ'), of('²'), of('.'), of('\u00ad'), of('€'), of('\ud800')]).toEqual([1, 1, 1, 1, 0, 0, 0, 0]);
  });
});
