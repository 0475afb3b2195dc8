/**
 * GrowingColumns, the column store (core/text/columns.ts) that the tokens, the segments, the hidden
 * spans and the phrase hits share: driven here over an Int32 and a Uint8 column, as they drive it
 * over three to five.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK, ColumnList, firstPast, GrowingColumns, TYPED_FROM } from '../../core/text/columns.ts';

/**
 * An Int32 column (entry i holds i * 7) and a Uint8 one (i % 251) of `count` entries, pushed as the
 * stores push them, the input `total` units long (0: unknown), entry i at unit `at(i)`.
 */
function fill(count: number, total: number, at: (index: number) => number) {
  const columns = new GrowingColumns();
  const values = columns.int32();
  const bytes = columns.uint8();
  const lengths: number[] = [];
  for (let i = 0; i < count; i++) {
    if (columns.inHead) {
      values.head.push(i * 7);
      bytes.head.push(i % 251);
      continue;
    }
    if (columns.full) columns.open(at(i), total, total - at(i));
    const slot = columns.take();
    values.chunk[slot] = i * 7;
    bytes.chunk[slot] = i % 251;
    if (i % 50_000 === 0) lengths.push(columns.length - (i + 1));
  }
  return { columns, values, bytes, lengths };
}

function expectColumns(filled: ReturnType<typeof fill>, count: number): { values: ArrayLike<number>; bytes: ArrayLike<number> } {
  const values = filled.columns.finish(filled.values);
  const bytes = filled.columns.finish(filled.bytes);
  expect(filled.columns.length).toBe(count);
  expect(values.length).toBe(count);
  expect(bytes.length).toBe(count);
  let wrong = 0;
  for (let i = 0; i < count; i++) if (values[i] !== i * 7 || bytes[i] !== i % 251) wrong++;
  expect(wrong).toBe(0);
  return { values, bytes };
}

describe('GrowingColumns', () => {
  it('holds nothing when empty, and finishes each column as its (empty) head', () => {
    const filled = fill(0, 1000, (i) => i);
    expect(filled.columns.length).toBe(0);
    expect(filled.columns.inHead).toBe(true);
    const { values, bytes } = expectColumns(filled, 0);
    expect(values).toBe(filled.values.head);
    expect(bytes).toBe(filled.bytes.head);
  });

  it('keeps exactly TYPED_FROM entries in plain arrays, no typed chunk made, and returns the heads', () => {
    const filled = fill(TYPED_FROM, 2 * TYPED_FROM, (i) => 2 * i);
    expect(filled.columns.count).toBe(0);
    expect(filled.columns.inHead).toBe(false); // the next entry goes to a chunk
    expect(filled.values.parts).toEqual([]);
    const { values, bytes } = expectColumns(filled, TYPED_FROM);
    expect(values).toBe(filled.values.head);
    expect(Array.isArray(bytes)).toBe(true);
  });

  it('switches to typed arrays at entry TYPED_FROM + 1, of each column its own kind', () => {
    // A short input: the reserve would not pass one CHUNK, so the first chunk is CHUNK long.
    const filled = fill(TYPED_FROM + 1, 2 * (TYPED_FROM + 1), (i) => 2 * i);
    expect(filled.columns.count).toBe(1);
    expect(filled.values.parts.map((part) => part.length)).toEqual([CHUNK]);
    expect(filled.bytes.parts.map((part) => part.length)).toEqual([CHUNK]);
    const { values, bytes } = expectColumns(filled, TYPED_FROM + 1);
    expect(values).toBeInstanceOf(Int32Array);
    expect(bytes).toBeInstanceOf(Uint8Array);
  });

  it('ends an even input in one reserved chunk, the head copied in, and returns that chunk', () => {
    const count = 200_000;
    const filled = fill(count, 2 * count, (i) => 2 * i);
    expect(filled.columns.count).toBe(1);
    expect(filled.values.parts[0]?.length).toBeGreaterThan(CHUNK);
    expect(filled.lengths.every((error) => error === 0)).toBe(true);
    const { values, bytes } = expectColumns(filled, count);
    expect((values as Int32Array).buffer).toBe(filled.values.parts[0]?.buffer); // a view of the chunk, not a copy
    expect((bytes as Uint8Array).buffer).toBe(filled.bytes.parts[0]?.buffer);
  });

  it('goes on in CHUNK-sized chunks past a reserve that was too small, and joins them', () => {
    const count = 300_000;
    // A sparse head, then dense: the reserve from the head is too small.
    const at = (i: number) => (i < TYPED_FROM ? 20 * i : 20 * TYPED_FROM + (i - TYPED_FROM));
    const filled = fill(count, at(count), at);
    expect(filled.columns.count).toBeGreaterThan(1);
    expect(filled.values.parts.slice(1).every((part) => part.length === CHUNK)).toBe(true);
    expect(filled.lengths.every((error) => error === 0)).toBe(true);
    expectColumns(filled, count);
  });

  it('makes CHUNK-sized chunks only when the total is unknown (0), and joins them', () => {
    const count = 150_000;
    const filled = fill(count, 0, (i) => i);
    expect(filled.values.parts.map((part) => part.length)).toEqual([CHUNK, CHUNK, CHUNK]);
    expect(filled.bytes.parts.map((part) => part.length)).toEqual([CHUNK, CHUNK, CHUNK]);
    expect(filled.lengths.every((error) => error === 0)).toBe(true);
    const { values, bytes } = expectColumns(filled, count);
    expect(values).toBeInstanceOf(Int32Array);
    expect(bytes).toBeInstanceOf(Uint8Array);
  });

  it('joins a column that ends exactly where a chunk ends', () => {
    const count = TYPED_FROM + 2 * CHUNK;
    const filled = fill(count, 0, (i) => i);
    expect(filled.columns.full).toBe(true);
    expect(filled.values.parts.map((part) => part.length)).toEqual([CHUNK, CHUNK]);
    expectColumns(filled, count);
  });
});

describe('firstPast', () => {
  it('is the first of the first `length` values past the offset (or at it, with orAt), as a walk finds it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 40 }), fc.integer({ min: -2, max: 42 }), fc.boolean(), fc.nat(45), (values, offset, orAt, cut) => {
        const column = Int32Array.from(values.sort((a, b) => a - b));
        const length = Math.min(cut, column.length);
        let expected = 0;
        while (expected < length && ((column[expected] ?? 0) < offset || (!orAt && column[expected] === offset))) expected++;
        expect(firstPast(column, length, offset, orAt)).toBe(expected);
      }),
      { seed: 37, numRuns: 3_000 },
    );
  });
});

describe('ColumnList: iteration and the array-like helpers, one copy for every column list', () => {
  /** A list of `length` entries, entry i being { i }: what a column list builds by `get`. */
  class Squares extends ColumnList<{ i: number }> {
    constructor(readonly length: number) {
      super();
    }
    override get(index: number): { i: number } | undefined {
      return Number.isInteger(index) && index >= 0 && index < this.length ? { i: index * index } : undefined;
    }
  }

  it('each helper reads the entries `get` builds, in order, with their index', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.integer({ min: -3, max: 45 }), fc.integer({ min: -3, max: 45 }), (length, start, end) => {
        const list = new Squares(length);
        const all = Array.from({ length }, (_, index) => ({ i: index * index }));
        expect([...list]).toEqual(all);
        expect(list.slice()).toEqual(all);
        expect(list.slice(start, end)).toEqual(all.slice(Math.max(0, start), Math.max(0, end)));
        expect(list.map((entry, index) => [entry.i, index])).toEqual(all.map((entry, index) => [entry.i, index]));
        expect(list.filter((entry) => entry.i % 2 === 1)).toEqual(all.filter((entry) => entry.i % 2 === 1));
        expect(list.some((entry) => entry.i === 16)).toBe(length > 4);
        const seen: number[] = [];
        list.forEach((entry, index) => seen.push(entry.i - index * index));
        expect(seen).toEqual(all.map(() => 0));
      }),
    );
  });
});
