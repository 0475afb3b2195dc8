/**
 * Maps offsets in the visible text back to the HTML source, so a finding can point at the line
 * and column a template author edits. Exact runs map character for character; an entity or an
 * inserted line break maps to the whole source range it came from.
 */
import type { TextSegment } from './message.ts';

function segmentAt(segments: readonly TextSegment[], offset: number): TextSegment | undefined {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle];
    if (!segment) break;
    if (offset < segment.textStart) high = middle - 1;
    else if (offset >= segment.textEnd) low = middle + 1;
    else return segment;
  }
  return undefined;
}

/** Source range of the text range [start, end). */
export function textToSource(segments: readonly TextSegment[], start: number, end: number): { start: number; end: number } | null {
  const first = segmentAt(segments, start);
  const last = segmentAt(segments, Math.max(start, end - 1));
  if (!first || !last) return null;
  const sourceStart = first.exact ? first.sourceStart + (start - first.textStart) : first.sourceStart;
  const sourceEnd = last.exact ? last.sourceStart + (end - last.textStart) : last.sourceEnd;
  return { start: sourceStart, end: Math.max(sourceStart, sourceEnd) };
}
