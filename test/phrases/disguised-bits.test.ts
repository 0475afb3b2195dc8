/**
 * The disguised reading asks which letters each character may stand for. Until host38 it asked
 * `letterBits` (a string, two lookups and a lower-casing) for every unit past Latin-1 each time it
 * met one; now `WideBits` keeps each unit's answer for the text being read. These tests compare it
 * with the old reading (kept here) on every UTF-16 unit, read first and read again from what was
 * kept, in order and shuffled.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WideBits } from '../../core/phrases/disguised.ts';
import { FUZZY_LETTERS } from '../../core/text/characters.ts';

/** bitsOf and letterBits before host38, as they were written. */
function letterBits(char: string): number {
  const letters = FUZZY_LETTERS.get(char) ?? FUZZY_LETTERS.get(char.toLowerCase()) ?? '';
  let bits = 0;
  for (const letter of letters) bits |= 1 << (letter.charCodeAt(0) - 0x61);
  return bits;
}
const LATIN_BITS = Int32Array.from({ length: 0x100 }, (_, code) => letterBits(String.fromCharCode(code)));
function oldBitsOf(code: number): number {
  if (code < 0x100) return LATIN_BITS[code] ?? 0;
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  return letterBits(String.fromCharCode(code));
}

describe('WideBits', () => {
  const old = Int32Array.from({ length: 0x10000 }, (_, code) => oldBitsOf(code));

  it('gives every UTF-16 unit the old letters, read first and read again', () => {
    const wide = new WideBits();
    const differ: string[] = [];
    for (let pass = 0; pass < 2; pass++) {
      for (let code = 0; code <= 0xffff; code++) if (wide.of(code) !== old[code]) differ.push(`${pass}:${code.toString(16)}`);
    }
    expect(differ).toEqual([]);
    // Not a vacuous comparison: letters past Latin-1 (Greek, Cyrillic, the Kelvin sign) are among them.
    expect([0x3b1, 0x430, 0x212a].map((code) => old[code] !== 0)).toEqual([true, true, true]);
  });

  it('gives the old letters in any order of units, each text its own', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0x131, 0x178, 0x391, 0x3c1, 0x410, 0x456, 0x4cf, 0x51b, 0x20ac, 0x212a, 0x212b, 0xa7ac, 0xff41, 0xd83d));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 200 }), (codes) => {
        const wide = new WideBits();
        for (const code of [...codes, ...codes]) expect(wide.of(code)).toBe(old[code]);
      }),
      { numRuns: 500, seed: 38 },
    );
  });
});
