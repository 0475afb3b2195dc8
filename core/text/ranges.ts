/** Range helpers shared by the parse and the phrase filters. */

export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * Answers "does [start, end) overlap one of these ranges?" for queries in increasing order of
 * start, in linear total time.
 */
export function overlapCursor(ranges: readonly Range[]): (start: number, end: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
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
