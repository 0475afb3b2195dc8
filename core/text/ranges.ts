/** Range helpers shared by the parse and the phrase filters. */

export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * Ranges read by index, in increasing order of start: a table's columns (the parse's links), or
 * an array of ranges through `columnsOf`.
 */
export interface RangeColumns {
  readonly length: number;
  start(index: number): number;
  end(index: number): number;
}

const byStart = (a: Range, b: Range): number => a.start - b.start;

/** Whether `ranges` are already in the order `compare` sorts them in: a linear check that spares a sort. */
export function isSorted(ranges: readonly Range[], compare: (a: Range, b: Range) => number): boolean {
  for (let i = 1; i < ranges.length; i++) if (compare(ranges[i - 1] as Range, ranges[i] as Range) > 0) return false;
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

/** Ranges as columns in order of start: an array sorted in a copy when it is not in order; columns as they are. */
export function columnsOf(ranges: readonly Range[] | RangeColumns): RangeColumns {
  return Array.isArray(ranges) ? new ArrayColumns(isSorted(ranges, byStart) ? ranges : [...ranges].sort(byStart)) : (ranges as RangeColumns);
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
  const columns = columnsOf(ranges);
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
 * For queries [start, end) in increasing order of start that do not overlap one another (a text's
 * tokens): how many characters of it the ranges cover, together (touching or overlapping ranges
 * cover as one; a character is counted once), with `uncovered` called on each run of characters
 * they leave uncovered, in order. Linear total time. Columns must be in order of start.
 */
export function coveredCursor(columns: RangeColumns): (start: number, end: number, uncovered?: (from: number, to: number) => void) => number {
  let index = 0;
  // The covered run the ranges read so far end in: [runStart, runEnd).
  let runStart = 0;
  let runEnd = 0;
  // The query being answered (one closure for all queries: a token each, millions of them).
  let end = 0;
  let at = 0;
  let covered = 0;
  let report: ((from: number, to: number) => void) | undefined;
  /** [from, to) covered: what of it falls in the query, past `at`, counts. */
  const cover = (from: number, to: number): void => {
    const left = from > at ? from : at;
    const right = to < end ? to : end;
    if (right <= left) return;
    if (report && left > at) report(at, left);
    covered += right - left;
    at = right;
  };
  return (start, queryEnd, uncovered) => {
    end = queryEnd;
    at = start;
    covered = 0;
    report = uncovered;
    while (index < columns.length && columns.start(index) < end) {
      const from = columns.start(index);
      const to = columns.end(index);
      if (from > runEnd) {
        // the run so far is closed: what of it falls in the query is covered
        cover(runStart, runEnd);
        runStart = from;
        runEnd = to;
      } else if (to > runEnd) runEnd = to;
      index++;
    }
    cover(runStart, runEnd);
    if (uncovered && at < end) uncovered(at, end);
    report = undefined;
    return covered;
  };
}

/**
 * For positions in increasing order: the first position at or after it that no range covers (the
 * text's length or past it when the ranges cover the rest). Linear total time. Columns must be in
 * order of start.
 */
export function uncoveredFromCursor(columns: RangeColumns): (position: number) => number {
  let index = 0;
  let runStart = 0;
  let runEnd = 0;
  return (position) => {
    let at = position;
    for (;;) {
      if (runStart <= at && at < runEnd) at = runEnd;
      if (!(index < columns.length && columns.start(index) <= at)) return at;
      const from = columns.start(index);
      const to = columns.end(index);
      if (from > runEnd) {
        runStart = from;
        runEnd = to;
      } else if (to > runEnd) runEnd = to;
      index++;
    }
  };
}
