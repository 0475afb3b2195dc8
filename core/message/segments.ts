/**
 * The map from the visible text back to the HTML source, stored by column: a run of text per entry,
 * its offsets in four arrays and whether it is exact in a fifth (typed arrays once there are many). Hostile markup makes a
 * run per tag (two million `<div>`s past the depth limit): as objects those took ~130 MB.
 */
import { ColumnList, GrowingColumns } from '../text/columns.ts';
import type { TextSegment } from './message.ts';

export class SegmentList extends ColumnList<TextSegment> {
  readonly length: number;
  readonly textStarts: ArrayLike<number>;
  readonly textEnds: ArrayLike<number>;
  readonly sourceStarts: ArrayLike<number>;
  readonly sourceEnds: ArrayLike<number>;
  /** 1 when text and source are the same characters */
  readonly exacts: ArrayLike<number>;

  constructor(length: number, textStarts: ArrayLike<number>, textEnds: ArrayLike<number>, sourceStarts: ArrayLike<number>, sourceEnds: ArrayLike<number>, exacts: ArrayLike<number>) {
    super();
    this.length = length;
    this.textStarts = textStarts;
    this.textEnds = textEnds;
    this.sourceStarts = sourceStarts;
    this.sourceEnds = sourceEnds;
    this.exacts = exacts;
    Object.freeze(this);
  }

  /** The segment at `index`, or undefined outside 0…length-1. */
  override get(index: number): TextSegment | undefined {
    if (!(Number.isInteger(index) && index >= 0 && index < this.length)) return undefined;
    return {
      textStart: this.textStarts[index] ?? 0,
      textEnd: this.textEnds[index] ?? 0,
      sourceStart: this.sourceStarts[index] ?? 0,
      sourceEnd: this.sourceEnds[index] ?? 0,
      exact: this.exacts[index] === 1,
    };
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
  private readonly columns = new GrowingColumns();
  private readonly textStarts = this.columns.int32();
  private readonly textEnds = this.columns.int32();
  private readonly sourceStarts = this.columns.int32();
  private readonly sourceEnds = this.columns.int32();
  private readonly exacts = this.columns.uint8();
  /** length of the source the segments map, when known (0: unknown, no estimate) */
  private readonly total: number;

  /** `total`: length of the source, to size the columns by how dense the first segments were. */
  constructor(total = 0) {
    this.total = total;
  }

  get length(): number {
    return this.columns.length;
  }

  push(textStart: number, textEnd: number, sourceStart: number, sourceEnd: number, exact: boolean): void {
    const { columns } = this;
    if (columns.inHead) {
      this.textStarts.head.push(textStart);
      this.textEnds.head.push(textEnd);
      this.sourceStarts.head.push(sourceStart);
      this.sourceEnds.head.push(sourceEnd);
      this.exacts.head.push(exact ? 1 : 0);
      return;
    }
    // A segment holds a character of text, which came from at least one of source (or a tag).
    if (columns.full) columns.open(sourceStart, this.total, this.total - sourceStart);
    const at = columns.take();
    this.textStarts.chunk[at] = textStart;
    this.textEnds.chunk[at] = textEnd;
    this.sourceStarts.chunk[at] = sourceStart;
    this.sourceEnds.chunk[at] = sourceEnd;
    this.exacts.chunk[at] = exact ? 1 : 0;
  }

  /**
   * Extends the last segment to `textEnd`/`sourceEnd` when it is exact and both the text and the
   * source continue it; false (nothing changed) otherwise.
   */
  extendLast(textStart: number, textEnd: number, sourceStart: number, sourceEnd: number): boolean {
    if (this.columns.count > 0) {
      const at = this.columns.filled - 1;
      const ends = this.textEnds.chunk;
      const sources = this.sourceEnds.chunk;
      if (this.exacts.chunk[at] !== 1 || ends[at] !== textStart || sources[at] !== sourceStart) return false;
      ends[at] = textEnd;
      sources[at] = sourceEnd;
      return true;
    }
    const ends = this.textEnds.head;
    const sources = this.sourceEnds.head;
    const last = ends.length - 1;
    if (last < 0 || this.exacts.head[last] !== 1 || ends[last] !== textStart || sources[last] !== sourceStart) return false;
    ends[last] = textEnd;
    sources[last] = sourceEnd;
    return true;
  }

  done(): SegmentList {
    const { columns } = this;
    return new SegmentList(
      columns.length,
      columns.finish(this.textStarts),
      columns.finish(this.textEnds),
      columns.finish(this.sourceStarts),
      columns.finish(this.sourceEnds),
      columns.finish(this.exacts),
    );
  }
}
