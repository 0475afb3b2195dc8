/** Range helpers shared by the parse and the phrase filters. */

export interface Range {
  readonly start: number;
  readonly end: number;
}

function isSortedByStart(ranges: readonly Range[]): boolean {
  for (let i = 1; i < ranges.length; i++) if ((ranges[i - 1]?.start ?? 0) > (ranges[i]?.start ?? 0)) return false;
  return true;
}

/**
 * Answers "does [start, end) overlap one of these ranges?" for queries in increasing order of
 * start, in linear total time.
 */
export function overlapCursor(ranges: readonly Range[]): (start: number, end: number) => boolean {
  // Ranges nearly always come in order already (the parse appends them): sorting a copy of
  // 100,000 hidden spans for every rule that asks cost more than the asking.
  const sorted = isSortedByStart(ranges) ? ranges : [...ranges].sort((a, b) => a.start - b.start);
  let index = 0;
  let reach = -1;
  return (start, end) => {
    while (index < sorted.length && (sorted[index]?.start ?? Infinity) < end) {
      reach = Math.max(reach, sorted[index]?.end ?? -1);
      index++;
    }
    return reach > start;
  };
}
