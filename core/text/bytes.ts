/**
 * Raw bytes read as characters before their charset is known: the byte-order mark they start
 * with, and Latin-1 (one character per byte, every byte kept). For the start of a raw message
 * (core/email.ts), bytes that are not UTF-8 (core/text/encodings.ts) and the CLI's files (cli/source.ts).
 */

export type ByteOrderMark = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The byte-order mark the bytes start with (EF BB BF, FF FE, FE FF), or null. */
export function byteOrderMark(bytes: Uint8Array): ByteOrderMark | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** How many bytes a byte-order mark takes. */
export function markLength(mark: ByteOrderMark | null): number {
  return mark === null ? 0 : mark === 'utf-8' ? 3 : 2;
}

/** Each code a character, in chunks (a spread of every code at once would overflow the stack). */
function fromCodes(codes: Uint8Array | Uint16Array): string {
  let out = '';
  for (let index = 0; index < codes.length; index += 4096) out += String.fromCharCode(...codes.subarray(index, index + 4096));
  return out;
}

/** Bytes as Latin-1: one character per byte. */
export function latin1(bytes: Uint8Array): string {
  return fromCodes(bytes);
}

/**
 * The first `count` characters of a raw message, after its byte-order mark: of a string after a
 * U+FEFF; of bytes, each byte a character (Latin-1) after a UTF-8 mark or none, or UTF-16 code
 * units after a UTF-16 mark (an odd last byte is no unit). For a look at how a message starts.
 */
export function headChars(raw: string | Uint8Array, count: number): string {
  if (typeof raw === 'string') {
    const start = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
    return raw.slice(start, start + count);
  }
  const mark = byteOrderMark(raw);
  const start = markLength(mark);
  if (mark !== 'utf-16le' && mark !== 'utf-16be') return latin1(raw.subarray(start, start + count));
  const units = new Uint16Array(Math.min(raw.length - start, count * 2) >> 1);
  for (let i = 0; i < units.length; i++) {
    const first = raw[start + i * 2] ?? 0;
    const second = raw[start + 1 + i * 2] ?? 0;
    units[i] = mark === 'utf-16le' ? first | (second << 8) : (first << 8) | second;
  }
  return fromCodes(units);
}
