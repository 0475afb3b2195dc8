/**
 * Chunking, the bookkeeping of a column store (core/text/columns.ts) that the tokens and the
 * segments share: driven here over one column, as they drive it over four and five.
 */
import { describe, expect, it } from 'vitest';
import { CHUNK, Chunking, TYPED_FROM } from '../../core/text/columns.ts';

/** One Int32 column of `count` entries (entry i holds i * 7), the input `total` units long, entry i at unit `at(i)`. */
function fill(count: number, total: number, at: (index: number) => number) {
  const head: number[] = [];
  const parts: Int32Array[] = [];
  const chunks = new Chunking();
  const lengths: number[] = [];
  for (let i = 0; i < count; i++) {
    if (chunks.count === 0 && head.length < TYPED_FROM) {
      head.push(i * 7);
      continue;
    }
    if (chunks.full) parts.push(new Int32Array(chunks.open(head.length, at(i), total, total - at(i))));
    (parts[chunks.count - 1] as Int32Array)[chunks.take()] = i * 7;
    if (i % 50_000 === 0) lengths.push(chunks.length(head.length) - (i + 1));
  }
  return { head, parts, chunks, lengths };
}

function expectColumn(column: ArrayLike<number>, count: number): void {
  expect(column.length).toBe(count);
  let wrong = 0;
  for (let i = 0; i < count; i++) if (column[i] !== i * 7) wrong++;
  expect(wrong).toBe(0);
}

describe('Chunking', () => {
  it('has no chunk and the head as its length below TYPED_FROM entries', () => {
    const { chunks } = fill(100, 1000, (i) => i);
    expect(chunks.count).toBe(0);
    expect(chunks.length(100)).toBe(100);
  });

  it('ends an even input in one reserved chunk, the head copied in, and returns that chunk', () => {
    const count = 200_000;
    const { head, parts, chunks, lengths } = fill(count, 2 * count, (i) => 2 * i);
    expect(chunks.count).toBe(1);
    expect(parts[0]?.length).toBeGreaterThan(CHUNK);
    expect(lengths.every((error) => error === 0)).toBe(true);
    const column = chunks.finish(head, parts, Int32Array);
    expectColumn(column, count);
    expect(column.buffer).toBe(parts[0]?.buffer); // a view of the chunk, not a copy
  });

  it('goes on in CHUNK-sized chunks past a reserve that was too small, and joins them', () => {
    const count = 300_000;
    // A sparse head, then dense: the reserve from the head is too small.
    const at = (i: number) => (i < TYPED_FROM ? 20 * i : 20 * TYPED_FROM + (i - TYPED_FROM));
    const { head, parts, chunks, lengths } = fill(count, at(count), at);
    expect(chunks.count).toBeGreaterThan(1);
    expect(parts.slice(1).every((part) => part.length === CHUNK)).toBe(true);
    expect(lengths.every((error) => error === 0)).toBe(true);
    expectColumn(chunks.finish(head, parts, Int32Array), count);
  });

  it('makes CHUNK-sized chunks only when the total is unknown (0), and joins them', () => {
    const count = 150_000;
    const { head, parts, chunks, lengths } = fill(count, 0, (i) => i);
    expect(parts.map((part) => part.length)).toEqual([CHUNK, CHUNK, CHUNK]);
    expect(chunks.length(head.length)).toBe(count);
    expect(lengths.every((error) => error === 0)).toBe(true);
    const column = chunks.finish(head, parts, Int32Array);
    expect(column).toBeInstanceOf(Int32Array);
    expectColumn(column, count);
  });
});
