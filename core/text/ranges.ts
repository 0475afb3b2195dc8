/** Range helpers shared by the parse and the phrase filters. */

export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * Ranges read by index, in increasing order of start: a table's columns (the parse's links), or
 * an array of ranges through `rangeColumns`.
 */
export interface RangeColumns {
  readonly length: number;
  start(index: number): number;
  end(index: number): number;
}

function isSortedByStart(ranges: readonly Range[]): boolean {
  for (let i = 1; i < ranges.length; i++) if ((ranges[i - 1]?.start ?? 0) > (ranges[i]?.start ?? 0)) return false;
  return true;
}

/** Ranges of an array (read-only: its length is taken once) as columns. */
class ArrayColumns implements RangeColumns {
  readonly length: number;

  constructor(private readonly ranges: readonly Range[]) {
    this.length = ranges.length;
  }

  start(index: number): number {
    return this.ranges[index]?.start ?? Infinity;
  }

  end(index: number): number {
    return this.ranges[index]?.end ?? -1;
  }
}

/**
 * Answers "does [start, end) overlap one of these ranges?" for queries in increasing order of
 * start, in linear total time. An empty range covers no character and overlaps nothing.
 *
 * An array may come in any order (sorted in a copy when it is not in order: it nearly always is,
 * as the parse appends them, and sorting 100,000 hidden spans for every rule that asks cost more
 * than the asking). Columns must be in order of start; their `length` is read at each query, so
 * ranges appended meanwhile are walked too.
 */
export function overlapCursor(ranges: readonly Range[] | RangeColumns): (start: number, end: number) => boolean {
  const columns = Array.isArray(ranges) ? new ArrayColumns(isSortedByStart(ranges) ? ranges : [...ranges].sort((a, b) => a.start - b.start)) : (ranges as RangeColumns);
  let index = 0;
  let reach = -1;
  // The start of the range at `index`, Infinity past the last: most queries end before it and
  // read no column at all.
  let next = columns.length > 0 ? columns.start(0) : Infinity;
  return (start, end) => {
    if (next === Infinity && index < columns.length) next = columns.start(index);
    while (next < end) {
      const to = columns.end(index);
      if (to > next && to > reach) reach = to;
      index++;
      next = index < columns.length ? columns.start(index) : Infinity;
    }
    return reach > start;
  };
}

/** Two lists of ranges, each in increasing order of start, as one in that order (ties: `a`'s first). */
export function mergeByStart(a: readonly Range[], b: readonly Range[]): readonly Range[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: Range[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (left && (!right || left.start <= right.start)) {
      merged.push(left);
      i++;
    } else if (right) {
      merged.push(right);
      j++;
    }
  }
  return merged;
}

/**
 * Answers "do these ranges, together, cover every character of [start, end)?" for queries in
 * increasing order of start that do not overlap one another (a text's tokens), in linear total
 * time. Ranges touching or overlapping one another cover as one (`<span hidden>ab</span><span
 * hidden>cd</span>` hides `abcd`). Columns must be in order of start. An empty query is covered.
 */
export function coverCursor(columns: RangeColumns): (start: number, end: number) => boolean {
  let index = 0;
  // The covered run the ranges read so far end in: [runStart, runEnd).
  let runStart = 0;
  let runEnd = 0;
  return (start, end) => {
    // Every range that starts before `end` may cover part of the query; one that starts past the
    // run's end leaves a gap before it, so the run restarts there (a query before the gap, which
    // the order of queries rules out from here on, was answered already).
    while (index < columns.length && columns.start(index) < end) {
      const from = columns.start(index);
      const to = columns.end(index);
      if (from > runEnd) {
        runStart = from;
        runEnd = to;
      } else if (to > runEnd) runEnd = to;
      index++;
    }
    return start >= end || (runStart <= start && runEnd >= end);
  };
}
