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
 * which holds `filled` entries), copied into `into` (sized for the whole column).
 */
export function joinColumn<T extends Int32Array | Uint8Array>(first: readonly number[], parts: readonly T[], filled: number, into: T): T {
  into.set(first);
  let at = first.length;
  parts.forEach((part, index) => {
    const used = index === parts.length - 1 ? filled : CHUNK;
    into.set(used === CHUNK ? part : part.subarray(0, used), at);
    at += used;
  });
  return into;
}
