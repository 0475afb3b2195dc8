/**
 * The map from the visible text back to the HTML source, stored by column: a run of text per entry,
 * its offsets in four arrays and whether it is exact in a fifth (typed arrays once there are many). Hostile markup makes a
 * run per tag (two million `<div>`s past the depth limit): as objects those took ~130 MB.
 */
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

/** Segments past this many are kept in typed arrays; fewer in plain ones (a typed array has a fixed cost per allocation that every small message would pay). */
const TYPED_FROM = 4096;

/** Segments as a parse finds them: appended, or the last one extended. */
export class SegmentBuilder {
  // Each field keeps one type (element stores stay monomorphic): plain arrays for the first
  // TYPED_FROM segments, typed ones (doubling) after.
  private readonly textStarts: number[] = [];
  private readonly textEnds: number[] = [];
  private readonly sourceStarts: number[] = [];
  private readonly sourceEnds: number[] = [];
  private readonly exacts: number[] = [];
  private typedLength = 0;
  private typedTextStarts: Int32Array | null = null;
  private typedTextEnds: Int32Array | null = null;
  private typedSourceStarts: Int32Array | null = null;
  private typedSourceEnds: Int32Array | null = null;
  private typedExacts: Uint8Array | null = null;

  get length(): number {
    return this.typedTextStarts ? this.typedLength : this.textStarts.length;
  }

  push(textStart: number, textEnd: number, sourceStart: number, sourceEnd: number, exact: boolean): void {
    if (!this.typedTextStarts) {
      if (this.textStarts.length < TYPED_FROM) {
        this.textStarts.push(textStart);
        this.textEnds.push(textEnd);
        this.sourceStarts.push(sourceStart);
        this.sourceEnds.push(sourceEnd);
        this.exacts.push(exact ? 1 : 0);
        return;
      }
      this.grow(TYPED_FROM * 2);
    } else if (this.typedLength === this.typedTextStarts.length) this.grow(this.typedLength * 2);
    const at = this.typedLength++;
    (this.typedTextStarts as Int32Array)[at] = textStart;
    (this.typedTextEnds as Int32Array)[at] = textEnd;
    (this.typedSourceStarts as Int32Array)[at] = sourceStart;
    (this.typedSourceEnds as Int32Array)[at] = sourceEnd;
    (this.typedExacts as Uint8Array)[at] = exact ? 1 : 0;
  }

  private grow(capacity: number): void {
    const copy = <T extends Int32Array | Uint8Array>(from: ArrayLike<number>, to: T): T => {
      to.set(from);
      return to;
    };
    if (!this.typedTextStarts) this.typedLength = this.textStarts.length;
    this.typedTextStarts = copy(this.typedTextStarts ?? this.textStarts, new Int32Array(capacity));
    this.typedTextEnds = copy(this.typedTextEnds ?? this.textEnds, new Int32Array(capacity));
    this.typedSourceStarts = copy(this.typedSourceStarts ?? this.sourceStarts, new Int32Array(capacity));
    this.typedSourceEnds = copy(this.typedSourceEnds ?? this.sourceEnds, new Int32Array(capacity));
    this.typedExacts = copy(this.typedExacts ?? this.exacts, new Uint8Array(capacity));
  }

  /**
   * Extends the last segment to `textEnd`/`sourceEnd` when it is exact and both the text and the
   * source continue it; false (nothing changed) otherwise.
   */
  extendLast(textStart: number, textEnd: number, sourceStart: number, sourceEnd: number): boolean {
    if (this.typedTextStarts) {
      const last = this.typedLength - 1;
      const ends = this.typedTextEnds as Int32Array;
      const sources = this.typedSourceEnds as Int32Array;
      if (last < 0 || (this.typedExacts as Uint8Array)[last] !== 1 || ends[last] !== textStart || sources[last] !== sourceStart) return false;
      ends[last] = textEnd;
      sources[last] = sourceEnd;
      return true;
    }
    const last = this.textStarts.length - 1;
    if (last < 0 || this.exacts[last] !== 1 || this.textEnds[last] !== textStart || this.sourceEnds[last] !== sourceStart) return false;
    this.textEnds[last] = textEnd;
    this.sourceEnds[last] = sourceEnd;
    return true;
  }

  done(): SegmentList {
    if (!this.typedTextStarts) return new SegmentList(this.textStarts.length, this.textStarts, this.textEnds, this.sourceStarts, this.sourceEnds, this.exacts);
    const n = this.typedLength;
    // Trimmed when the doubling left much unused (a copy), else shared.
    const fit = <T extends Int32Array | Uint8Array>(column: T | null): T => (column && column.length - n > 1024 ? (column.slice(0, n) as T) : ((column as T).subarray(0, n) as T));
    return new SegmentList(n, fit(this.typedTextStarts), fit(this.typedTextEnds), fit(this.typedSourceStarts), fit(this.typedSourceEnds), fit(this.typedExacts));
  }
}
