/**
 * Maps offsets in the visible text back to the HTML source, so a finding can point at the line
 * and column a template author edits. Exact runs map character for character; an entity or an
 * inserted line break maps to the whole source range it came from.
 */
import type { SegmentList } from './segments.ts';

/** The index of the segment that holds `offset`, or -1. */
function segmentAt({ textStarts, textEnds, length }: SegmentList, offset: number): number {
  let low = 0;
  let high = length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (offset < (textStarts[middle] ?? 0)) high = middle - 1;
    else if (offset >= (textEnds[middle] ?? 0)) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Source range of the text range [start, end). */
export function textToSource(segments: SegmentList, start: number, end: number): { start: number; end: number } | null {
  const first = segmentAt(segments, start);
  const last = segmentAt(segments, Math.max(start, end - 1));
  if (first < 0 || last < 0) return null;
  const { textStarts, sourceStarts, sourceEnds, exacts } = segments;
  const sourceStart = exacts[first] === 1 ? (sourceStarts[first] ?? 0) + (start - (textStarts[first] ?? 0)) : (sourceStarts[first] ?? 0);
  const sourceEnd = exacts[last] === 1 ? (sourceStarts[last] ?? 0) + (end - (textStarts[last] ?? 0)) : (sourceEnds[last] ?? 0);
  return { start: sourceStart, end: Math.max(sourceStart, sourceEnd) };
}
