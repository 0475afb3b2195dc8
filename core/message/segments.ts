/**
 * The map from the visible text back to the HTML source, stored by column: a run of text per entry,
 * its offsets in four typed arrays and whether it is exact in a fifth. Hostile markup makes a
 * run per tag (two million `<div>`s past the depth limit): as objects those took ~130 MB.
 */
import type { TextSegment } from './message.ts';

export class SegmentList implements Iterable<TextSegment> {
  readonly length: number;
  readonly textStarts: Int32Array;
  readonly textEnds: Int32Array;
  readonly sourceStarts: Int32Array;
  readonly sourceEnds: Int32Array;
  /** 1 when text and source are the same characters */
  readonly exacts: Uint8Array;

  constructor(length: number, textStarts: Int32Array, textEnds: Int32Array, sourceStarts: Int32Array, sourceEnds: Int32Array, exacts: Uint8Array) {
    this.length = length;
    this.textStarts = textStarts;
    this.textEnds = textEnds;
    this.sourceStarts = sourceStarts;
    this.sourceEnds = sourceEnds;
    this.exacts = exacts;
    Object.freeze(this);
  }

  /** The segment at `index`, or undefined outside 0…length-1. */
  get(index: number): TextSegment | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    return {
      textStart: this.textStarts[index] ?? 0,
      textEnd: this.textEnds[index] ?? 0,
      sourceStart: this.sourceStarts[index] ?? 0,
      sourceEnd: this.sourceEnds[index] ?? 0,
      exact: this.exacts[index] === 1,
    };
  }

  *[Symbol.iterator](): Iterator<TextSegment> {
    for (let index = 0; index < this.length; index++) yield this.get(index) as TextSegment;
  }

  /** A list of these segments (tests, and callers that have them as objects). */
  static of(segments: readonly TextSegment[]): SegmentList {
    const builder = new SegmentBuilder(segments.length);
    for (const segment of segments) builder.push(segment.textStart, segment.textEnd, segment.sourceStart, segment.sourceEnd, segment.exact);
    return builder.done();
  }
}

/** Segments as a parse finds them: appended, or the last one extended; doubling columns. */
export class SegmentBuilder {
  length = 0;
  private textStarts: Int32Array;
  private textEnds: Int32Array;
  private sourceStarts: Int32Array;
  private sourceEnds: Int32Array;
  private exacts: Uint8Array;

  constructor(capacity = 64) {
    const size = Math.max(1, capacity);
    this.textStarts = new Int32Array(size);
    this.textEnds = new Int32Array(size);
    this.sourceStarts = new Int32Array(size);
    this.sourceEnds = new Int32Array(size);
    this.exacts = new Uint8Array(size);
  }

  push(textStart: number, textEnd: number, sourceStart: number, sourceEnd: number, exact: boolean): void {
    if (this.length === this.textStarts.length) {
      const capacity = this.length * 2;
      const grow = <T extends Int32Array | Uint8Array>(column: T, next: T): T => {
        next.set(column);
        return next;
      };
      this.textStarts = grow(this.textStarts, new Int32Array(capacity));
      this.textEnds = grow(this.textEnds, new Int32Array(capacity));
      this.sourceStarts = grow(this.sourceStarts, new Int32Array(capacity));
      this.sourceEnds = grow(this.sourceEnds, new Int32Array(capacity));
      this.exacts = grow(this.exacts, new Uint8Array(capacity));
    }
    const at = this.length++;
    this.textStarts[at] = textStart;
    this.textEnds[at] = textEnd;
    this.sourceStarts[at] = sourceStart;
    this.sourceEnds[at] = sourceEnd;
    this.exacts[at] = exact ? 1 : 0;
  }

  /**
   * Extends the last segment to `textEnd`/`sourceEnd` when it is exact and both the text and the
   * source continue it; false (nothing changed) otherwise.
   */
  extendLast(textStart: number, textEnd: number, sourceStart: number, sourceEnd: number): boolean {
    const last = this.length - 1;
    if (last < 0 || this.exacts[last] !== 1 || this.textEnds[last] !== textStart || this.sourceEnds[last] !== sourceStart) return false;
    this.textEnds[last] = textEnd;
    this.sourceEnds[last] = sourceEnd;
    return true;
  }

  done(): SegmentList {
    const n = this.length;
    const fit = <T extends Int32Array | Uint8Array>(column: T): T => (column.length - n > 1024 ? (column.slice(0, n) as T) : (column.subarray(0, n) as T));
    return new SegmentList(n, fit(this.textStarts), fit(this.textEnds), fit(this.sourceStarts), fit(this.sourceEnds), fit(this.exacts));
  }
}
