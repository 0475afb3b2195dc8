/**
 * seenCharacters counts what BODY_SCAN_CHARS counts: the characters of the text outside hidden
 * spans, a character under nested or overlapping spans hidden once. Checked against a count
 * character by character on random texts and spans.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seenCharacters } from '../../core/facts/scan-end.ts';
import { HiddenSpanList } from '../../core/message/hidden-spans.ts';

const SEED = 35;

/** A text of `length` characters and spans over it (possibly nested, overlapping, empty or running past its end), in order of start. */
const textAndSpans = fc.integer({ min: 0, max: 120 }).chain((length) =>
  fc.record({
    text: fc.constant('x'.repeat(length)),
    spans: fc
      .array(fc.tuple(fc.integer({ min: 0, max: length + 5 }), fc.integer({ min: 0, max: 40 })), { maxLength: 12 })
      .map((pairs) => pairs.map(([start, size]) => ({ start, end: start + size })).sort((a, b) => a.start - b.start)),
  }),
);

describe('seenCharacters', () => {
  it('is the number of characters no hidden span covers', () => {
    fc.assert(
      fc.property(textAndSpans, ({ text, spans }) => {
        const hidden = HiddenSpanList.of(spans.map((span) => ({ ...span, reason: 'display-none' as const, sourceStart: 0, sourceEnd: 0 })));
        let seen = 0;
        for (let at = 0; at < text.length; at++) if (!spans.some((span) => span.start <= at && at < span.end)) seen++;
        expect(seenCharacters({ text, hidden })).toBe(seen);
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it('counts a text with nothing hidden whole, and one hidden whole as nothing', () => {
    const text = 'Act now. '.repeat(10);
    expect(seenCharacters({ text, hidden: HiddenSpanList.of([]) })).toBe(text.length);
    expect(seenCharacters({ text, hidden: HiddenSpanList.of([{ start: 0, end: text.length, reason: 'display-none', sourceStart: 0, sourceEnd: 0 }]) })).toBe(0);
  });
});
