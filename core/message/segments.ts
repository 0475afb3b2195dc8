/**
 * The map from the visible text back to the HTML source, stored by column: a run of text per entry,
 * its offsets in four arrays and whether it is exact in a fifth (typed arrays once there are many). Hostile markup makes a
 * run per tag (two million `<div>`s past the depth limit): as objects those took ~130 MB.
 */
import { Chunking, TYPED_FROM } from '../text/columns.ts';
import type { TextSegment } from './message.ts';

export class SegmentList implements Iterable<TextSegment> {
  readonly length: number;
  readonly textStarts: ArrayLike<number>;
  readonly textEnds: ArrayLike<number>;
  readonly sourceStarts: ArrayLike<number>;
  readonly sourceEnds: ArrayLike<number>;
  /** 1 when text and source are the same characters */
  readonly exacts: ArrayLike<number>;

  constructor(length: number, textStarts: ArrayLike<number>, textEnds: ArrayLike<number>, sourceStarts: ArrayLike<number>, sourceEnds: ArrayLike<number>, exacts: ArrayLike<number>) {
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
    if (!(Number.isInteger(index) && index >= 0 && index < this.length)) return undefined;
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
    const builder = new SegmentBuilder();
    for (const segment of segments) builder.push(segment.textStart, segment.textEnd, segment.sourceStart, segment.sourceEnd, segment.exact);
    return builder.done();
  }
}

/** Segments as a parse finds them: appended, or the last one extended. */
export class SegmentBuilder {
  // Each field keeps one type (element stores stay monomorphic): plain arrays for the first
  // TYPED_FROM segments, typed chunks after.
  private readonly textStarts: number[] = [];
  private readonly textEnds: number[] = [];
  private readonly sourceStarts: number[] = [];
  private readonly sourceEnds: number[] = [];
  private readonly exacts: number[] = [];
  private readonly chunkTextStarts: Int32Array[] = [];
  private readonly chunkTextEnds: Int32Array[] = [];
  private readonly chunkSourceStarts: Int32Array[] = [];
  private readonly chunkSourceEnds: Int32Array[] = [];
  private readonly chunkExacts: Uint8Array[] = [];
  private readonly chunks = new Chunking();
  /** length of the source the segments map, when known (0: unknown, no estimate) */
  private readonly total: number;

  /** `total`: length of the source, to size the columns by how dense the first segments were. */
  constructor(total = 0) {
    this.total = total;
  }

  get length(): number {
    return this.chunks.length(this.textStarts.length);
  }

  push(textStart: number, textEnd: number, sourceStart: number, sourceEnd: number, exact: boolean): void {
    const { chunks } = this;
    if (chunks.count === 0 && this.textStarts.length < TYPED_FROM) {
      this.textStarts.push(textStart);
      this.textEnds.push(textEnd);
      this.sourceStarts.push(sourceStart);
      this.sourceEnds.push(sourceEnd);
      this.exacts.push(exact ? 1 : 0);
      return;
    }
    if (chunks.full) {
      // A segment holds a character of text, which came from at least one of source (or a tag).
      const size = chunks.open(this.textStarts.length, sourceStart, this.total, this.total - sourceStart);
      this.chunkTextStarts.push(new Int32Array(size));
      this.chunkTextEnds.push(new Int32Array(size));
      this.chunkSourceStarts.push(new Int32Array(size));
      this.chunkSourceEnds.push(new Int32Array(size));
      this.chunkExacts.push(new Uint8Array(size));
    }
    const last = chunks.count - 1;
    const at = chunks.take();
    (this.chunkTextStarts[last] as Int32Array)[at] = textStart;
    (this.chunkTextEnds[last] as Int32Array)[at] = textEnd;
    (this.chunkSourceStarts[last] as Int32Array)[at] = sourceStart;
    (this.chunkSourceEnds[last] as Int32Array)[at] = sourceEnd;
    (this.chunkExacts[last] as Uint8Array)[at] = exact ? 1 : 0;
  }

  /**
   * Extends the last segment to `textEnd`/`sourceEnd` when it is exact and both the text and the
   * source continue it; false (nothing changed) otherwise.
   */
  extendLast(textStart: number, textEnd: number, sourceStart: number, sourceEnd: number): boolean {
    const chunks = this.chunks.count;
    if (chunks > 0) {
      const at = this.chunks.filled - 1;
      const ends = this.chunkTextEnds[chunks - 1] as Int32Array;
      const sources = this.chunkSourceEnds[chunks - 1] as Int32Array;
      if ((this.chunkExacts[chunks - 1] as Uint8Array)[at] !== 1 || ends[at] !== textStart || sources[at] !== sourceStart) return false;
      ends[at] = textEnd;
      sources[at] = sourceEnd;
      return true;
    }
    const last = this.textStarts.length - 1;
    if (last < 0 || this.exacts[last] !== 1 || this.textEnds[last] !== textStart || this.sourceEnds[last] !== sourceStart) return false;
    this.textEnds[last] = textEnd;
    this.sourceEnds[last] = sourceEnd;
    return true;
  }

  done(): SegmentList {
    const { chunks } = this;
    if (chunks.count === 0) return new SegmentList(this.textStarts.length, this.textStarts, this.textEnds, this.sourceStarts, this.sourceEnds, this.exacts);
    return new SegmentList(
      this.length,
      chunks.finish(this.textStarts, this.chunkTextStarts, Int32Array),
      chunks.finish(this.textEnds, this.chunkTextEnds, Int32Array),
      chunks.finish(this.sourceStarts, this.chunkSourceStarts, Int32Array),
      chunks.finish(this.sourceEnds, this.chunkSourceEnds, Int32Array),
      chunks.finish(this.exacts, this.chunkExacts, Uint8Array),
    );
  }
}
