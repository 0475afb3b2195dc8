/**
 * Column storage shared by the tokenizer's TokenList and the parse's SegmentList: plain arrays for
 * the first TYPED_FROM entries (a typed array has a fixed cost per allocation that every small
 * message would pay), then typed chunks of CHUNK entries joined into one typed array per column at
 * the end. Chunks rather than a doubling array: doubling allocated about twice the final size in
 * arrays that were garbage at once, and the collector frees array memory late.
 */
export const TYPED_FROM = 4096;
export const CHUNK = 65536;

/**
 * One column: the plain-array head `first`, then every chunk in `parts` (all full but the last,
 * which holds `filled` entries), copied into `into` (sized for the whole column). A reserved first
 * chunk (`reserve`) has room for the head at its start: its entries start at `first.length`.
 */
export function joinColumn<T extends Int32Array | Uint8Array>(first: readonly number[], parts: readonly T[], filled: number, into: T, reserved = false): T {
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
export function reserve(entries: number, consumed: number, total: number, most: number): number {
  const rest = Math.min(most, Math.ceil(((total - consumed) * entries * 1.5) / Math.max(1, consumed)));
  return rest > CHUNK ? entries + rest : 0;
}

/**
 * A column that is its reserved first chunk (of `n` entries, the head `first` among them): the
 * head copied in, and the chunk itself, or a view of its first `n` when most of the reserve was
 * used (the unused tail was never written, so it costs address space, not memory), or a copy when
 * the estimate was far too high.
 */
export function finishReserved<T extends Int32Array | Uint8Array>(first: readonly number[], part: T, n: number): T {
  part.set(first);
  if (n === part.length) return part;
  return (n * 2 >= part.length ? part.subarray(0, n) : part.slice(0, n)) as T;
}

/**
 * The bookkeeping of columns kept as a plain-array head then typed chunks, the same for every
 * column of a store (tokens, segments): when the next entry needs new chunks and how long they
 * are, where the entry goes in the last one, how many entries there are, and how a column is made
 * one typed array at the end. The store keeps its columns itself, each field of one type so that
 * its element stores stay monomorphic, and makes one chunk of each column when `full`.
 */
export class Chunking {
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

  /** The last chunk is full (or there is none): call `open` before the next entry. */
  get full(): boolean {
    return this.filled === this.size;
  }

  /**
   * The length of the chunks to make now, the head holding `head` entries. The first is sized by
   * `reserve(head, consumed, total, most)` when that passes one CHUNK (not when `total` is 0,
   * unknown), with room for the head at its start; the others hold CHUNK entries.
   */
  open(head: number, consumed: number, total: number, most: number): number {
    const reservation = this.count === 0 && total > 0 ? reserve(head, consumed, total, most) : 0;
    const size = reservation || CHUNK;
    if (this.count === 0) {
      this.reserved = reservation > 0;
      this.firstSize = size;
    }
    this.count++;
    this.filled = reservation ? head : 0;
    this.size = size;
    return size;
  }

  /** Where the next entry goes in the last chunk. */
  take(): number {
    return this.filled++;
  }

  /** How many entries the columns hold, the `head` entries of the plain arrays included. */
  length(head: number): number {
    if (this.count === 0) return head;
    if (this.count === 1 && this.reserved) return this.filled;
    return (this.reserved ? this.firstSize : head + CHUNK) + (this.count - 2) * CHUNK + this.filled;
  }

  /**
   * One column (its head `first`, its chunks `parts`) as one typed array of `length(first.length)`
   * entries: the reserved first chunk itself (`finishReserved`) or the parts joined into a new one
   * (`joinColumn`). Only once there are chunks.
   */
  finish<T extends Int32Array | Uint8Array>(first: readonly number[], parts: readonly T[], Column: new (length: number) => T): T {
    const n = this.length(first.length);
    if (this.count === 1 && this.reserved) return finishReserved(first, parts[0] as T, n);
    return joinColumn(first, parts, this.filled, new Column(n), this.reserved);
  }
}
