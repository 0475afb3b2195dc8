import { describe, expect, it } from 'vitest';
import { overlapCursor, type Range } from '../../core/text/ranges.ts';

/** What overlapCursor must answer, asked of every range every time. */
function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some((range) => range.start < end && range.end > start);
}

describe('overlapCursor', () => {
  const ranges: Range[] = [
    { start: 2, end: 4 },
    { start: 3, end: 9 },
    { start: 12, end: 13 },
    { start: 20, end: 30 },
    { start: 21, end: 22 },
  ];
  const queries = Array.from({ length: 35 }, (_, start) => [start, start + 1 + (start % 3)] as const);

  it('answers like a scan of every range, for ranges in order and out of order', () => {
    const shuffled = [ranges[3], ranges[0], ranges[4], ranges[2], ranges[1]] as Range[];
    for (const input of [ranges, shuffled]) {
      const overlaps = overlapCursor(input);
      for (const [start, end] of queries) expect(overlaps(start, end), `${start}-${end}`).toBe(overlapsAny(ranges, start, end));
    }
    expect(shuffled.map((range) => range.start)).toEqual([20, 2, 21, 12, 3]); // the caller's array is left as it was
  });

  it('answers false for no ranges', () => {
    const overlaps = overlapCursor([]);
    expect(overlaps(0, 10)).toBe(false);
  });
});
