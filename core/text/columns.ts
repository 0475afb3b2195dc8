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
