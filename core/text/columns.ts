/**
 * Column storage shared by the tokens, the text-to-source segments, the hidden spans and the phrase
 * hits (a GrowingColumns each, a GrowingColumn a field): plain arrays for the first TYPED_FROM
 * entries (a typed array has a fixed cost per allocation that every small message would pay), then
 * typed chunks of CHUNK entries joined into one typed array per column at the end. Chunks rather
 * than a doubling array: doubling allocated about twice the final size in arrays that were garbage
 * at once, and the collector frees array memory late.
 */
export const TYPED_FROM = 4096;
export const CHUNK = 65536;

/**
 * The first of the first `length` values of an ascending column past `offset` (`orAt`: at or past
 * it), by binary search; `length` when none is. The one search of TokenList's `indexFrom`,
 * `indexEndingAfter` and `indexAt` (tokens never overlap, so their starts and their ends both
 * ascend) and of the phrase hits' `covering` (their first tokens ascend).
 */
export function firstPast(column: ArrayLike<number>, length: number, offset: number, orAt: boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const value = column[middle] ?? 0;
    if (value < offset || (!orAt && value === offset)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A list stored by column (TokenList, SegmentList, HiddenSpanList, PhraseHitList): its entries as
 * objects, each built by `get` for whoever asks for one; loops over every entry that need only a
 * field or two read the columns instead. The one copy of iteration and the array-like helpers.
 */
export abstract class ColumnList<T> implements Iterable<T> {
  abstract readonly length: number;

  /** The entry at `index`, or undefined outside 0…length-1 (no negative indexing). */
  abstract get(index: number): T | undefined;

  [Symbol.iterator](): Iterator<T> {
    // A plain iterator object: a generator costs several times more per entry, and rules walk
    // every token of a 10 MB paste this way.
    let index = 0;
    return {
      next: (): IteratorResult<T> => (index < this.length ? { value: this.get(index++) as T, done: false } : { value: undefined, done: true }),
    };
  }

  /** The entries from `start` up to (not including) `end`, as objects (no negative indexing: a negative start is 0). */
  slice(start = 0, end = this.length): T[] {
    const entries: T[] = [];
    for (let index = Math.max(0, start); index < Math.min(end, this.length); index++) entries.push(this.get(index) as T);
    return entries;
  }

  some(test: (entry: T, index: number) => unknown): boolean {
    for (let index = 0; index < this.length; index++) if (test(this.get(index) as T, index)) return true;
    return false;
  }

  filter(test: (entry: T, index: number) => unknown): T[] {
    const kept: T[] = [];
    for (let index = 0; index < this.length; index++) {
      const entry = this.get(index) as T;
      if (test(entry, index)) kept.push(entry);
    }
    return kept;
  }

  map<U>(to: (entry: T, index: number) => U): U[] {
    const mapped: U[] = [];
    for (let index = 0; index < this.length; index++) mapped.push(to(this.get(index) as T, index));
    return mapped;
  }

  forEach(visit: (entry: T, index: number) => void): void {
    for (let index = 0; index < this.length; index++) visit(this.get(index) as T, index);
  }
}

/**
 * One column: the plain-array head `first`, then every chunk in `parts` (all full but the last,
 * which holds `filled` entries), copied into `into` (sized for the whole column). A reserved first
 * chunk (`reserve`) has room for the head at its start: its entries start at `first.length`.
 */
function joinColumn<T extends Int32Array | Uint8Array>(first: readonly number[], parts: readonly T[], filled: number, into: T, reserved = false): T {
  into.set(first);
  let at = first.length;
  parts.forEach((part, index) => {
    const used = index === parts.length - 1 ? filled : part.length;
    const from = index === 0 && reserved ? first.length : 0;
    into.set(used === part.length && from === 0 ? part : part.subarray(from, used), at);
    at += used - from;
  });
  return into;
}

/**
 * How many entries to make room for in one first chunk, head included, once the head is full:
 * `entries` came from the first `consumed` of `total` units of input (characters of text, of
 * HTML), so about as many again per unit of the rest, and half more; 0 when that would not
 * pass one CHUNK. Then the column ends as that one chunk and is never copied: with chunks only,
 * the chunks and their joined copy are alive together at the end (10 MB of words, two million
 * tokens, peaked ~26 MB higher). Only an estimate: more entries go on in chunks, as before; far
 * fewer are copied out (`finishReserved`). `most`: no more than this many can follow.
 */
function reserve(entries: number, consumed: number, total: number, most: number): number {
  const rest = Math.min(most, Math.ceil(((total - consumed) * entries * 1.5) / Math.max(1, consumed)));
  return rest > CHUNK ? entries + rest : 0;
}

/**
 * A column that is its reserved first chunk (of `n` entries, the head `first` among them): the
 * head copied in, and the chunk itself, or a view of its first `n` when most of the reserve was
 * used (the unused tail was never written, so it costs address space, not memory), or a copy when
 * the estimate was far too high.
 */
function finishReserved<T extends Int32Array | Uint8Array>(first: readonly number[], part: T, n: number): T {
  part.set(first);
  if (n === part.length) return part;
  return (n * 2 >= part.length ? part.subarray(0, n) : part.slice(0, n)) as T;
}

/**
 * One column of a store: the plain-array head its store pushes onto for the first TYPED_FROM
 * entries, then the typed chunks its GrowingColumns opens, `chunk` the last of them (the store
 * writes at `GrowingColumns.take()`). A store keeps each column in a field of its own, so that each
 * of its element stores (`starts.chunk[at] = …`) sees one kind of array and stays monomorphic.
 */
export class GrowingColumn<T extends Int32Array | Uint8Array> {
  readonly head: number[] = [];
  /** the last chunk: undefined until the first is opened, so that a small message makes no typed array */
  chunk!: T;
  readonly parts: T[] = [];
  private readonly Typed: new (length: number) => T;

  constructor(Typed: new (length: number) => T) {
    this.Typed = Typed;
  }

  /** Makes the next chunk, `size` entries long. */
  open(size: number): void {
    const part = new this.Typed(size);
    this.parts.push(part);
    this.chunk = part;
  }

  /** The same kind of typed array as the chunks, `length` entries long. */
  allocate(length: number): T {
    return new this.Typed(length);
  }
}

/**
 * The columns of one store (tokens, segments, hidden spans, phrase hits), which grow together: a
 * plain-array head while `inHead`, then typed chunks (`open` makes one in every column, the first
 * sized by `reserve`), each entry at `take()` in the last chunk; at the end `finish` makes a column
 * its head (no chunk was ever made) or one typed array. The store makes its columns with `int32()`
 * and `uint8()` before its first entry, and reads and writes their heads and last chunks itself.
 */
export class GrowingColumns {
  /** chunks made so far, per column */
  count = 0;
  /** entries written in the last chunk (the head's room included in a reserved one) */
  filled = 0;
  /** length of the last chunk (0 when there is none) */
  private size = 0;
  /** the first chunk was sized from an estimate, with room for the head (`reserve`) */
  private reserved = false;
  /** length of the first chunk */
  private firstSize = 0;
  private readonly columns: GrowingColumn<Int32Array | Uint8Array>[] = [];

  int32(): GrowingColumn<Int32Array> {
    const column = new GrowingColumn(Int32Array);
    this.columns.push(column);
    return column;
  }

  uint8(): GrowingColumn<Uint8Array> {
    const column = new GrowingColumn(Uint8Array);
    this.columns.push(column);
    return column;
  }

  /** Entries held by the plain-array heads (all heads are as long). */
  private get head(): number {
    return (this.columns[0] as GrowingColumn<Int32Array | Uint8Array>).head.length;
  }

  /** The next entry goes on the plain-array heads: there is no chunk and fewer than TYPED_FROM entries. */
  get inHead(): boolean {
    return this.count === 0 && this.head < TYPED_FROM;
  }

  /** The last chunk is full (or there is none): call `open` before the next entry. */
  get full(): boolean {
    return this.filled === this.size;
  }

  /**
   * Makes the next chunk of every column. The first is sized by `reserve(head, consumed, total,
   * most)` when that passes one CHUNK (not when `total` is 0, unknown), with room for the head at
   * its start; the others hold CHUNK entries.
   */
  open(consumed: number, total: number, most: number): void {
    const head = this.head;
    const reservation = this.count === 0 && total > 0 ? reserve(head, consumed, total, most) : 0;
    const size = reservation || CHUNK;
    if (this.count === 0) {
      this.reserved = reservation > 0;
      this.firstSize = size;
    }
    this.count++;
    this.filled = reservation ? head : 0;
    this.size = size;
    for (const column of this.columns) column.open(size);
  }

  /** Where the next entry goes in the last chunk. */
  take(): number {
    return this.filled++;
  }

  /** How many entries the columns hold, the head's included. */
  get length(): number {
    if (this.count === 0) return this.head;
    if (this.count === 1 && this.reserved) return this.filled;
    return (this.reserved ? this.firstSize : this.head + CHUNK) + (this.count - 2) * CHUNK + this.filled;
  }

  /**
   * One column whole: its head itself when no chunk was made; else one typed array of `length`
   * entries, the reserved first chunk itself (`finishReserved`) or the head and chunks joined into
   * a new one (`joinColumn`).
   */
  finish<T extends Int32Array | Uint8Array>(column: GrowingColumn<T>): ArrayLike<number> {
    if (this.count === 0) return column.head;
    const n = this.length;
    if (this.count === 1 && this.reserved) return finishReserved(column.head, column.parts[0] as T, n);
    return joinColumn(column.head, column.parts, this.filled, column.allocate(n), this.reserved);
  }
}
