// measureBytes (core/message/parse-html.ts) and utf8Length (core/text/characters.ts) against the
// platform's UTF-8 encoder, on any string: a lone surrogate is written as U+FFFD, three bytes
// (Encoding Standard, UTF-8 encode), so the Gmail clip (~102 KB of the message as sent) counts it so.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureBytes } from '../../core/message/parse-html.ts';
import { utf8Length } from '../../core/text/characters.ts';

const encoder = new TextEncoder();
const encoded = (text: string): number => encoder.encode(text).length;

/** Strings of any UTF-16 units, with surrogate halves common (lone, reversed and paired). */
const units = fc
  .array(fc.oneof(fc.constantFrom(0xd800, 0xdbff, 0xdc00, 0xdfff, 0x41, 0xe9, 0x20ac), fc.integer({ min: 0, max: 0xffff })), { maxLength: 40 })
  .map((codes) => String.fromCharCode(...codes));
/** Any code points, lone surrogates among them (fast-check's `binary` unit), and any units. */
const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), units);

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

describe('measureBytes counts what a UTF-8 encoder writes', () => {
  it('for lone surrogates: three bytes each (U+FFFD), as TextEncoder writes them', () => {
    for (const text of ['\ud800', '\udc00', 'a\ud83d', '\ude42b', '\ude42\ud83d', '🙂\ud83d', '\ud83d\ud83d\ude42']) {
      expect(measureBytes(text, 10_000).bytes).toBe(encoded(text));
      expect(utf8Length(text)).toBe(encoded(text));
    }
  });

  it('for any string', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        expect(measureBytes(text, 10_000).bytes).toBe(encoded(text));
        expect(utf8Length(text)).toBe(encoded(text));
      }),
      { seed: 20261206, numRuns: 3000 },
    );
  });

  it('and cuts at the character whose bytes first pass the limit', () => {
    fc.assert(
      fc.property(anyString, fc.nat({ max: 120 }), (text, limit) => {
        const { bytes, cutIndex } = measureBytes(text, limit);
        expect(bytes).toBe(encoded(text));
        if (bytes <= limit) {
          expect(cutIndex).toBeNull();
          return;
        }
        expect(cutIndex).not.toBeNull();
        const cut = cutIndex as number;
        // The character the cut falls in (a pair's low half is cut with its high half's bytes before it).
        const first = isLow(text.charCodeAt(cut)) && isHigh(text.charCodeAt(cut - 1)) ? cut - 1 : cut;
        const after = isHigh(text.charCodeAt(cut)) && isLow(text.charCodeAt(cut + 1)) ? cut + 2 : cut + 1;
        expect(encoded(text.slice(0, first))).toBeLessThanOrEqual(limit);
        expect(encoded(text.slice(0, after))).toBeGreaterThan(limit);
      }),
      { seed: 20261206, numRuns: 3000 },
    );
  });
});
