/**
 * The tokenizer's character classes come from a pinned table (core/text/unicode-classes.ts, written
 * by scripts/unicode-classes.ts) instead of a regex test a character. On a Node of the table's
 * Unicode they must answer what the regexes answer on every code point 0–U+10FFFF: `isWordChar` as
 * `[\p{L}\p{M}\p{N}]`, `scriptOf` as it read `\p{N}|\p{M}` and the letters' regex, and the cased bit
 * as `toLowerCase()`. A newer Unicode in Node fails that check with the command that writes the table
 * again; an older one skips it (its regexes lack letters the table has, and the table stays).
 */
import { describe, expect, it } from 'vitest';
import { CharClass, charClass, isWordChar, scriptOf } from '../../core/text/characters.ts';
import { UNICODE_VERSION } from '../../core/text/unicode-classes.ts';
import { WRITE_TABLE, compareUnicodeVersions } from '../../scripts/unicode-classes.ts';
import { LETTER_OR_DIGIT, scriptByRegex } from './regex-classes.ts';

const NODE_UNICODE = process.versions.unicode ?? '';

function classByRegex(code: number): number {
  const char = String.fromCodePoint(code);
  if (/\p{L}/u.test(char)) return char.toLowerCase() === char ? CharClass.Letter : CharClass.CasedLetter;
  return /[\p{M}\p{N}]/u.test(char) ? CharClass.MarkOrNumber : CharClass.None;
}

describe('the character class table', () => {
  it(`answers as the regexes of Unicode ${UNICODE_VERSION} on every code point`, (context) => {
    const order = compareUnicodeVersions(NODE_UNICODE, UNICODE_VERSION);
    if (order < 0) {
      const reason = `Node ${process.versions.node} has Unicode ${NODE_UNICODE}, older than the pinned table's ${UNICODE_VERSION}: its regexes lack letters the table has, so they cannot check it here (the table stays)`;
      // Printed as well: the default reporter shows a skip's note only in verbose mode.
      console.warn(`skipped: ${reason}`);
      context.skip(reason);
    }
    if (order > 0) {
      expect.fail(
        `Node ${process.versions.node} has Unicode ${NODE_UNICODE}, newer than the pinned table's ${UNICODE_VERSION}: run \`${WRITE_TABLE}\` ` +
          'and commit core/text/unicode-classes.ts (ARCHITECTURE.md, "A newer Unicode in Node")',
      );
    }
    const differ: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      const char = String.fromCodePoint(code);
      const word = LETTER_OR_DIGIT.test(char);
      if (isWordChar(code) !== word || scriptOf(code) !== scriptByRegex(code) || charClass(code) !== classByRegex(code)) {
        differ.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
      }
    }
    // The same Unicode, so not one: a difference is a table edited by hand or a generator that changed.
    expect(
      differ.length,
      `the table differs from Unicode ${UNICODE_VERSION}'s regexes at ${differ.length} code points (first ${differ.slice(0, 10).join(', ')}); run \`${WRITE_TABLE}\``,
    ).toBe(0);
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
