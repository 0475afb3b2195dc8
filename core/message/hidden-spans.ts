/**
 * The hidden (and the faint) spans of the visible text, stored by column like the segments
 * (segments.ts): a span per entry, its offsets in four arrays and its reason as an index in a
 * fifth (typed arrays once there are many). Hostile markup hides one letter per element (270,000
 * `<span style="display:none">` in 10 MB): as objects those took ~20 MB of heap, ~72 bytes a
 * span; here they take 17. `get(i)` and iteration build a `HiddenSpan` for whoever wants one
 * (short-lived, so cheap); hot loops read the columns.
 */
import { Chunking, TYPED_FROM } from '../text/columns.ts';
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
export class HiddenSpanList implements Iterable<HiddenSpan>, RangeColumns {
  readonly length: number;
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
  /** index into HIDDEN_REASONS of each span's reason */
  readonly reasonIds: ArrayLike<number>;
  readonly sourceStarts: ArrayLike<number>;
  readonly sourceEnds: ArrayLike<number>;

  constructor(length: number, starts: ArrayLike<number>, ends: ArrayLike<number>, reasonIds: ArrayLike<number>, sourceStarts: ArrayLike<number>, sourceEnds: ArrayLike<number>) {
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
  get(index: number): HiddenSpan | undefined {
    if (!(Number.isInteger(index) && index >= 0 && index < this.length)) return undefined;
    return {
      start: this.starts[index] ?? 0,
      end: this.ends[index] ?? 0,
      reason: this.reason(index),
      sourceStart: this.sourceStarts[index] ?? 0,
      sourceEnd: this.sourceEnds[index] ?? 0,
    };
  }

  [Symbol.iterator](): Iterator<HiddenSpan> {
    let index = 0;
    return {
      next: (): IteratorResult<HiddenSpan> => (index < this.length ? { value: this.get(index++) as HiddenSpan, done: false } : { value: undefined, done: true }),
    };
  }

  some(test: (span: HiddenSpan, index: number) => unknown): boolean {
    for (let index = 0; index < this.length; index++) if (test(this.get(index) as HiddenSpan, index)) return true;
    return false;
  }

  filter(test: (span: HiddenSpan, index: number) => unknown): HiddenSpan[] {
    const kept: HiddenSpan[] = [];
    for (let index = 0; index < this.length; index++) {
      const span = this.get(index) as HiddenSpan;
      if (test(span, index)) kept.push(span);
    }
    return kept;
  }

  map<T>(to: (span: HiddenSpan, index: number) => T): T[] {
    const mapped: T[] = [];
    for (let index = 0; index < this.length; index++) mapped.push(to(this.get(index) as HiddenSpan, index));
    return mapped;
  }

  /** The spans as plain objects (logs, dumps of facts). */
  toJSON(): HiddenSpan[] {
    return this.map((span) => span);
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
  // Each field keeps one type (element stores stay monomorphic): plain arrays for the first
  // TYPED_FROM spans, typed chunks after.
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly reasonIds: number[] = [];
  private readonly sourceStarts: number[] = [];
  private readonly sourceEnds: number[] = [];
  private readonly chunkStarts: Int32Array[] = [];
  private readonly chunkEnds: Int32Array[] = [];
  private readonly chunkReasonIds: Uint8Array[] = [];
  private readonly chunkSourceStarts: Int32Array[] = [];
  private readonly chunkSourceEnds: Int32Array[] = [];
  private readonly chunks = new Chunking();
  /** length of the source the spans come from, when known (0: unknown, no estimate) */
  private readonly total: number;

  /** `total`: length of the source, to size the columns by how dense the first spans were. */
  constructor(total = 0) {
    this.total = total;
  }

  get length(): number {
    return this.chunks.length(this.starts.length);
  }

  /** `consumed`: how far into the source the parse stands (for the estimate). */
  push(start: number, end: number, reason: HiddenReason, sourceStart: number, sourceEnd: number, consumed: number): void {
    const reasonId = REASON_INDEX.get(reason) ?? 0;
    const { chunks } = this;
    if (chunks.count === 0 && this.starts.length < TYPED_FROM) {
      this.starts.push(start);
      this.ends.push(end);
      this.reasonIds.push(reasonId);
      this.sourceStarts.push(sourceStart);
      this.sourceEnds.push(sourceEnd);
      return;
    }
    if (chunks.full) {
      // A span holds a character of text, which came from at least one of source.
      const size = chunks.open(this.starts.length, consumed, this.total, Math.max(0, this.total - consumed));
      this.chunkStarts.push(new Int32Array(size));
      this.chunkEnds.push(new Int32Array(size));
      this.chunkReasonIds.push(new Uint8Array(size));
      this.chunkSourceStarts.push(new Int32Array(size));
      this.chunkSourceEnds.push(new Int32Array(size));
    }
    const last = chunks.count - 1;
    const at = chunks.take();
    (this.chunkStarts[last] as Int32Array)[at] = start;
    (this.chunkEnds[last] as Int32Array)[at] = end;
    (this.chunkReasonIds[last] as Uint8Array)[at] = reasonId;
    (this.chunkSourceStarts[last] as Int32Array)[at] = sourceStart;
    (this.chunkSourceEnds[last] as Int32Array)[at] = sourceEnd;
  }

  /**
   * Extends the last span to `end` when it ends at `start` and was hidden by the element that
   * starts at `sourceStart` in the source; false (nothing changed) otherwise.
   */
  extendLast(start: number, end: number, sourceStart: number): boolean {
    const chunks = this.chunks.count;
    if (chunks > 0) {
      const at = this.chunks.filled - 1;
      const ends = this.chunkEnds[chunks - 1] as Int32Array;
      if (ends[at] !== start || (this.chunkSourceStarts[chunks - 1] as Int32Array)[at] !== sourceStart) return false;
      ends[at] = end;
      return true;
    }
    const last = this.starts.length - 1;
    if (last < 0 || this.ends[last] !== start || this.sourceStarts[last] !== sourceStart) return false;
    this.ends[last] = end;
    return true;
  }

  done(): HiddenSpanList {
    const { chunks } = this;
    if (chunks.count === 0) return new HiddenSpanList(this.starts.length, this.starts, this.ends, this.reasonIds, this.sourceStarts, this.sourceEnds);
    return new HiddenSpanList(
      this.length,
      chunks.finish(this.starts, this.chunkStarts, Int32Array),
      chunks.finish(this.ends, this.chunkEnds, Int32Array),
      chunks.finish(this.reasonIds, this.chunkReasonIds, Uint8Array),
      chunks.finish(this.sourceStarts, this.chunkSourceStarts, Int32Array),
      chunks.finish(this.sourceEnds, this.chunkSourceEnds, Int32Array),
    );
  }
}
