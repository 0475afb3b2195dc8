// measureBytes (core/message/parse-html.ts) and utf8Length (core/text/characters.ts) against the
// platform's UTF-8 encoder, on any string: a lone surrogate is written as U+FFFD, three bytes
// (Encoding Standard, UTF-8 encode), so the Gmail clip (~102 KB of the message as sent) counts it so.
// measureBytes weighs the HTML as sent, every line break CRLF (RFC 5321 §2.3.8): an LF alone is
// two bytes, as a CRLF is; utf8Length counts the characters as they are.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureBytes } from '../../core/message/parse-html.ts';
import { utf8Length } from '../../core/text/characters.ts';

const encoder = new TextEncoder();
const encoded = (text: string): number => encoder.encode(text).length;
/** The text as sent: every LF alone gains the CR before it (a lone CR stays). */
const sent = (text: string): string => text.replace(/\r?\n/g, '\r\n');

/** Strings of any UTF-16 units, with surrogate halves (lone, reversed and paired), LF and CR common. */
const units = fc
  .array(fc.oneof(fc.constantFrom(0xd800, 0xdbff, 0xdc00, 0xdfff, 0x41, 0xe9, 0x20ac, 0x0a, 0x0d), fc.integer({ min: 0, max: 0xffff })), { maxLength: 40 })
  .map((codes) => String.fromCharCode(...codes));
/** Any code points, lone surrogates among them (fast-check's `binary` unit), and any units. */
const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), units);

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

describe('measureBytes counts what a UTF-8 encoder writes', () => {
  it('for lone surrogates: three bytes each (U+FFFD), as TextEncoder writes them', () => {
    for (const text of ['\ud800', '\udc00', 'a\ud83d', '\ude42b', '\ude42\ud83d', '🙂\ud83d', '\ud83d\ud83d\ude42']) {
      expect(measureBytes(text, 10_000).bytes).toBe(encoded(sent(text)));
      expect(utf8Length(text)).toBe(encoded(text));
    }
  });

  it('for any string', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        expect(measureBytes(text, 10_000).bytes).toBe(encoded(sent(text)));
        expect(utf8Length(text)).toBe(encoded(text));
      }),
      { seed: 20261206, numRuns: 3000 },
    );
  });

  it('and cuts at the character whose bytes first pass the limit, a pair whole', () => {
    fc.assert(
      fc.property(anyString, fc.nat({ max: 120 }), (text, limit) => {
        const { bytes, cutIndex } = measureBytes(text, limit);
        expect(bytes).toBe(encoded(sent(text)));
        if (bytes <= limit) {
          expect(cutIndex).toBeNull();
          return;
        }
        expect(cutIndex).not.toBeNull();
        const cut = cutIndex as number;
        // The cut never falls inside a pair: an astral character is cut whole, at its high half (the
        // clip point and the text shown from it would start with half a character).
        expect(isLow(text.charCodeAt(cut)) && isHigh(text.charCodeAt(cut - 1))).toBe(false);
        const first = cut;
        // A pair, or a CRLF (a line break is cut whole, at its CR), is two units.
        const pair = (isHigh(text.charCodeAt(cut)) && isLow(text.charCodeAt(cut + 1))) || text.slice(cut, cut + 2) === '\r\n';
        const after = pair ? cut + 2 : cut + 1;
        // An LF alone passes the limit with the CR sent before it: the cut is the LF.
        expect(encoded(sent(text.slice(0, first)))).toBeLessThanOrEqual(limit);
        expect(encoded(sent(text.slice(0, after)))).toBeGreaterThan(limit);
      }),
      { seed: 20261206, numRuns: 3000 },
    );
  });
});

describe('measureBytes counts a line break as sent, whatever the source ends its lines with', () => {
  it('LF, CRLF or a mix weigh the same, and cut at the same character', () => {
    const lines = ['<p>One</p>', '<p>Two é</p>', '', '<p>Three 🙂</p>', '<a href="https://x.example/u">unsubscribe</a>'];
    const lf = lines.join('\n');
    const crlf = lines.join('\r\n');
    const mixed = lines.map((line, index) => line + (index % 2 ? '\r\n' : '\n')).join('').slice(0, -1);
    const whole = encoded(crlf);
    for (const text of [lf, crlf, mixed]) expect(measureBytes(text, 10_000)).toEqual({ bytes: whole, cutIndex: null });
    // Every limit: the same characters (line breaks read as one) lie before the cut in each.
    const asLf = (text: string, end: number): string => text.slice(0, end).replace(/\r\n/g, '\n');
    for (let limit = 0; limit < whole; limit++) {
      const cuts = [lf, crlf, mixed].map((text) => measureBytes(text, limit).cutIndex as number);
      const before = cuts.map((cut, index) => asLf([lf, crlf, mixed][index]!, cut));
      expect(before[1]).toBe(before[0]);
      expect(before[2]).toBe(before[0]);
    }
  });

  it('cuts a line break whole: at an LF alone whose CR passes the limit, at the CR of a CRLF whose LF does', () => {
    expect(measureBytes('ab\ncd', 2)).toEqual({ bytes: 6, cutIndex: 2 });
    expect(measureBytes('ab\ncd', 3)).toEqual({ bytes: 6, cutIndex: 2 });
    expect(measureBytes('ab\ncd', 4)).toEqual({ bytes: 6, cutIndex: 3 });
    expect(measureBytes('ab\r\ncd', 2)).toEqual({ bytes: 6, cutIndex: 2 });
    expect(measureBytes('ab\r\ncd', 3)).toEqual({ bytes: 6, cutIndex: 2 });
    expect(measureBytes('\n\n\n', 5)).toEqual({ bytes: 6, cutIndex: 2 });
    // Lines of a few characters, read by codes past the first thousand: the same count.
    for (const unit of ['\n', '\r\n', 'a\n', '\r\n\n', '\r', 'é\n\r']) {
      const text = `${'x'.repeat(50)}\n${unit.repeat(3000)}${'y\n'.repeat(5)}`;
      expect(measureBytes(text, 100_000).bytes).toBe(encoded(sent(text)));
    }
    // A lone CR is one byte, as sent.
    expect(measureBytes('a\rb', 10)).toEqual({ bytes: 3, cutIndex: null });
  });
});
