/**
 * explain() of bytes that are not text (random, compressed, an Outlook .msg): the answer it gives
 * any unreadable input, never a cause guessed from the garbage (review user43).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { binaryContent } from '../../core/text/bytes.ts';

/** The same bytes on every run (a linear congruential generator's high bytes). */
function pseudoRandom(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

describe('explain() of binary bytes', () => {
  it('is unrecognised input with the reason the CLI gives, and quotes none of the bytes', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      for (const length of [94, 3 * 1024, 100 * 1024]) {
        const bytes = pseudoRandom(length, seed);
        const reason = binaryContent(bytes);
        expect(reason, `seed ${seed}, ${length} bytes`).toMatch(/^binary content: /);
        for (const input of [bytes, bytes.slice().buffer]) {
          const report = explain(input);
          expect(report.findings.map((finding) => [finding.rule, finding.points, finding.evidence])).toEqual([['unrecognised-input', 0, reason]]);
          expect(report.level).toBe('low');
        }
      }
    }
  });

  it('reads text bytes as before: a bounce with one NUL in it is still a bounce', () => {
    const bytes = new TextEncoder().encode('Subject: Undelivered Mail\n\n550 5.1.1 <a@b.example>: Recipient address rejected: User unknown\n\u0000');
    expect(binaryContent(bytes)).toBeNull();
    expect(explain(bytes).findings[0]?.rule).toBe('unknown-recipient');
  });
});
