import { describe, expect, it } from 'vitest';
import { coveredCursor, mergeByStart, overlapCursor, uncoveredFromCursor, type Range, type RangeColumns } from '../../core/text/ranges.ts';

/** What overlapCursor must answer, asked of every range every time: an empty range covers no character. */
function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some((range) => range.start < range.end && range.start < end && range.end > start);
}

/** Ranges stored by column, as the parse's link table keeps them. */
function columnsOf(ranges: readonly Range[]): RangeColumns & { readonly starts: number[]; readonly ends: number[] } {
  const starts = ranges.map((range) => range.start);
  const ends = ranges.map((range) => range.end);
  return {
    starts,
    ends,
    get length() {
      return starts.length;
    },
    start: (index) => starts[index] ?? 0,
    end: (index) => ends[index] ?? 0,
  };
}

describe('overlapCursor', () => {
  const ranges: Range[] = [
    { start: 2, end: 4 },
    { start: 3, end: 9 },
    { start: 12, end: 13 },
    { start: 16, end: 16 },
    { start: 20, end: 30 },
    { start: 21, end: 22 },
  ];
  const queries = Array.from({ length: 35 }, (_, start) => [start, start + 1 + (start % 3)] as const);

  it('answers like a scan of every range, for ranges in order and out of order', () => {
    const shuffled = [ranges[4], ranges[0], ranges[3], ranges[5], ranges[2], ranges[1]] as Range[];
    for (const input of [ranges, shuffled]) {
      const overlaps = overlapCursor(input);
      for (const [start, end] of queries) expect(overlaps(start, end), `${start}-${end}`).toBe(overlapsAny(ranges, start, end));
    }
    expect(shuffled.map((range) => range.start)).toEqual([20, 2, 16, 21, 12, 3]); // the caller's array is left as it was
  });

  it('never counts an empty range, even one strictly inside the query', () => {
    const overlaps = overlapCursor([{ start: 5, end: 5 }]);
    expect(overlaps(4, 6)).toBe(false);
    expect(overlapCursor(columnsOf([{ start: 5, end: 5 }]))(4, 6)).toBe(false);
  });

  it('answers the same over columns, read in place', () => {
    const overlaps = overlapCursor(columnsOf(ranges));
    for (const [start, end] of queries) expect(overlaps(start, end), `${start}-${end}`).toBe(overlapsAny(ranges, start, end));
  });

  it('walks columns appended to while it is asked, as they stand at each query', () => {
    const columns = columnsOf([{ start: 2, end: 4 }]);
    const overlaps = overlapCursor(columns);
    expect(overlaps(0, 3)).toBe(true);
    expect(overlaps(10, 11)).toBe(false);
    columns.starts.push(12);
    columns.ends.push(15);
    expect(overlaps(14, 16)).toBe(true);
    expect(overlaps(15, 16)).toBe(false);
  });

  it('answers false for no ranges', () => {
    const overlaps = overlapCursor([]);
    expect(overlaps(0, 10)).toBe(false);
  });
});

describe('mergeByStart', () => {
  it('merges two lists in order of start into one, ties to the first list', () => {
    const a = [{ start: 0, end: 5 }, { start: 10, end: 12 }, { start: 30, end: 31 }];
    const b = [{ start: 3, end: 4 }, { start: 10, end: 20 }, { start: 40, end: 50 }];
    expect(mergeByStart(a, b)).toEqual([a[0], b[0], a[1], b[1], a[2], b[2]]);
    expect(mergeByStart(a, [])).toBe(a);
    expect(mergeByStart([], b)).toBe(b);
  });
});

describe('coveredCursor and uncoveredFromCursor', () => {
  /** Whether some range holds character `at`. */
  const coveredAt = (ranges: readonly Range[], at: number): boolean => ranges.some((range) => range.start <= at && at < range.end);
  const columns = (ranges: readonly Range[]): RangeColumns => ({
    length: ranges.length,
    start: (index) => ranges[index]?.start ?? Infinity,
    end: (index) => ranges[index]?.end ?? -1,
  });
  /** What coveredCursor must answer: the covered characters counted one by one, and the uncovered runs. */
  const expected = (ranges: readonly Range[], start: number, end: number): { covered: number; runs: [number, number][] } => {
    let covered = 0;
    const runs: [number, number][] = [];
    for (let at = start; at < end; at++) {
      if (coveredAt(ranges, at)) covered++;
      else if (runs.length > 0 && runs[runs.length - 1]?.[1] === at) (runs[runs.length - 1] as [number, number])[1] = at + 1;
      else runs.push([at, at + 1]);
    }
    return { covered, runs };
  };
  const read = (covered: ReturnType<typeof coveredCursor>, start: number, end: number) => {
    const runs: [number, number][] = [];
    return { covered: covered(start, end, (from, to) => runs.push([from, to])), runs };
  };

  it('counts covered characters once, touching and nested ranges as one, and names the runs left uncovered', () => {
    const ranges = [{ start: 0, end: 2 }, { start: 2, end: 4 }, { start: 6, end: 9 }, { start: 7, end: 8 }, { start: 12, end: 12 }, { start: 14, end: 20 }];
    const covered = coveredCursor(columns(ranges));
    expect(read(covered, 0, 4)).toEqual({ covered: 4, runs: [] });
    expect(read(covered, 5, 7)).toEqual({ covered: 1, runs: [[5, 6]] });
    expect(read(covered, 7, 9)).toEqual({ covered: 2, runs: [] });
    expect(read(covered, 9, 13)).toEqual({ covered: 0, runs: [[9, 13]] });
    expect(read(covered, 13, 17)).toEqual({ covered: 3, runs: [[13, 14]] });
    const shownFrom = uncoveredFromCursor(columns(ranges));
    expect([shownFrom(0), shownFrom(4), shownFrom(6), shownFrom(9), shownFrom(12), shownFrom(14), shownFrom(25)]).toEqual([4, 4, 9, 9, 12, 20, 25]);
  });

  it('answers as asking every range does, on random ranges and tokens', () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    for (let round = 0; round < 300; round++) {
      const ranges: Range[] = [];
      for (let at = 0, count = random(8); ranges.length < count; ) {
        at += random(4);
        ranges.push({ start: at, end: at + random(9) });
      }
      const covered = coveredCursor(columns(ranges));
      const shownFrom = uncoveredFromCursor(columns(ranges));
      for (let start = random(3); start < 40; ) {
        const end = start + 1 + random(4);
        expect(read(covered, start, end), `${JSON.stringify(ranges)} [${start}, ${end})`).toEqual(expected(ranges, start, end));
        let next = end;
        while (coveredAt(ranges, next)) next++;
        expect(shownFrom(end), `${JSON.stringify(ranges)} from ${end}`).toBe(next);
        start = end + random(3);
      }
    }
  });
});
