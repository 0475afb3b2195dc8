/**
 * The hidden (and the faint) spans of the visible text, stored by column like the segments
 * (segments.ts): a span per entry, its offsets in four arrays and its reason as an index in a
 * fifth (typed arrays once there are many). Hostile markup hides one letter per element (270,000
 * `<span style="display:none">` in 10 MB): as objects those took ~20 MB of heap, ~72 bytes a
 * span; here they take 17. `get(i)` and iteration build a `HiddenSpan` for whoever wants one
 * (short-lived, so cheap); hot loops read the columns.
 */
import { ColumnList, GrowingColumns } from '../text/columns.ts';
import type { RangeColumns } from '../text/ranges.ts';
import type { HiddenReason, HiddenSpan } from './message.ts';

/** Every reason, in a fixed order: a span's reason is stored as its index here. */
export const HIDDEN_REASONS: readonly HiddenReason[] = Object.freeze([
  'display-none',
  'visibility-hidden',
  'zero-font-size',
  'tiny-font-size',
  'same-color-as-background',
  'low-contrast',
  'off-page',
  'zero-size-box',
  'transparent',
  'hidden-attribute',
] as const);

const REASON_INDEX: ReadonlyMap<HiddenReason, number> = new Map(HIDDEN_REASONS.map((reason, index) => [reason, index]));

/** Spans in increasing order of start (the parse appends them as the text grows). */
export class HiddenSpanList extends ColumnList<HiddenSpan> implements RangeColumns {
  readonly length: number;
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
  /** index into HIDDEN_REASONS of each span's reason */
  readonly reasonIds: ArrayLike<number>;
  readonly sourceStarts: ArrayLike<number>;
  readonly sourceEnds: ArrayLike<number>;

  constructor(length: number, starts: ArrayLike<number>, ends: ArrayLike<number>, reasonIds: ArrayLike<number>, sourceStarts: ArrayLike<number>, sourceEnds: ArrayLike<number>) {
    super();
    this.length = length;
    this.starts = starts;
    this.ends = ends;
    this.reasonIds = reasonIds;
    this.sourceStarts = sourceStarts;
    this.sourceEnds = sourceEnds;
    Object.freeze(this);
  }

  /** Start of the span at `index`; Infinity past the last (as overlapCursor reads columns). */
  start(index: number): number {
    return this.starts[index] ?? Infinity;
  }

  /** End of the span at `index`; -1 past the last. */
  end(index: number): number {
    return this.ends[index] ?? -1;
  }

  reason(index: number): HiddenReason {
    return HIDDEN_REASONS[this.reasonIds[index] ?? 0] as HiddenReason;
  }

  /** The span at `index`, or undefined outside 0…length-1 (no negative indexing). */
  override get(index: number): HiddenSpan | undefined {
    if (!(Number.isInteger(index) && index >= 0 && index < this.length)) return undefined;
    return {
      start: this.starts[index] ?? 0,
      end: this.ends[index] ?? 0,
      reason: this.reason(index),
      sourceStart: this.sourceStarts[index] ?? 0,
      sourceEnd: this.sourceEnds[index] ?? 0,
    };
  }

  /** The spans as plain objects (logs, dumps of facts). */
  toJSON(): HiddenSpan[] {
    return this.slice();
  }

  /** A list of these spans, which must be in increasing order of start (tests, and callers that have them as objects). */
  static of(spans: readonly HiddenSpan[]): HiddenSpanList {
    const builder = new HiddenSpanBuilder();
    for (const span of spans) builder.push(span.start, span.end, span.reason, span.sourceStart, span.sourceEnd, 0);
    return builder.done();
  }
}

export const NO_HIDDEN_SPANS = new HiddenSpanList(0, Object.freeze([]), Object.freeze([]), Object.freeze([]), Object.freeze([]), Object.freeze([]));

/** Spans as a parse finds them: appended, or the last one extended. */
export class HiddenSpanBuilder {
  private readonly columns = new GrowingColumns();
  private readonly starts = this.columns.int32();
  private readonly ends = this.columns.int32();
  private readonly reasonIds = this.columns.uint8();
  private readonly sourceStarts = this.columns.int32();
  private readonly sourceEnds = this.columns.int32();
  /** length of the source the spans come from, when known (0: unknown, no estimate) */
  private readonly total: number;

  /** `total`: length of the source, to size the columns by how dense the first spans were. */
  constructor(total = 0) {
    this.total = total;
  }

  get length(): number {
    return this.columns.length;
  }

  /** `consumed`: how far into the source the parse stands (for the estimate). */
  push(start: number, end: number, reason: HiddenReason, sourceStart: number, sourceEnd: number, consumed: number): void {
    const reasonId = REASON_INDEX.get(reason) ?? 0;
    const { columns } = this;
    if (columns.inHead) {
      this.starts.head.push(start);
      this.ends.head.push(end);
      this.reasonIds.head.push(reasonId);
      this.sourceStarts.head.push(sourceStart);
      this.sourceEnds.head.push(sourceEnd);
      return;
    }
    // A span holds a character of text, which came from at least one of source.
    if (columns.full) columns.open(consumed, this.total, Math.max(0, this.total - consumed));
    const at = columns.take();
    this.starts.chunk[at] = start;
    this.ends.chunk[at] = end;
    this.reasonIds.chunk[at] = reasonId;
    this.sourceStarts.chunk[at] = sourceStart;
    this.sourceEnds.chunk[at] = sourceEnd;
  }

  /**
   * Extends the last span to `end` when it ends at `start` and was hidden by the element that
   * starts at `sourceStart` in the source; false (nothing changed) otherwise.
   */
  extendLast(start: number, end: number, sourceStart: number): boolean {
    if (this.columns.count > 0) {
      const at = this.columns.filled - 1;
      const ends = this.ends.chunk;
      if (ends[at] !== start || this.sourceStarts.chunk[at] !== sourceStart) return false;
      ends[at] = end;
      return true;
    }
    const ends = this.ends.head;
    const last = ends.length - 1;
    if (last < 0 || ends[last] !== start || this.sourceStarts.head[last] !== sourceStart) return false;
    ends[last] = end;
    return true;
  }

  done(): HiddenSpanList {
    const { columns } = this;
    return new HiddenSpanList(
      columns.length,
      columns.finish(this.starts),
      columns.finish(this.ends),
      columns.finish(this.reasonIds),
      columns.finish(this.sourceStarts),
      columns.finish(this.sourceEnds),
    );
  }
}
