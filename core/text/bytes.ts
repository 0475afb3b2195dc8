/**
 * Raw bytes read as characters before their charset is known: the byte-order mark they start
 * with, and Latin-1 (one character per byte, every byte kept). For the start of a raw message
 * (core/email.ts), bytes that are not UTF-8 (core/text/encodings.ts) and the CLI's files (cli/source.ts);
 * and whether bytes are text at all (`binaryContent`).
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
  return fromCodes(utf16Units(raw.subarray(start, start + count * 2), mark === 'utf-16le'));
}

/** UTF-16 code units of the bytes, two bytes each in the given order (an odd last byte is no unit). */
function utf16Units(bytes: Uint8Array, littleEndian: boolean): Uint16Array {
  const units = new Uint16Array(bytes.length >> 1);
  for (let index = 0; index < units.length; index++) {
    const first = bytes[index * 2] ?? 0;
    const second = bytes[index * 2 + 1] ?? 0;
    units[index] = littleEndian ? first | (second << 8) : (first << 8) | second;
  }
  return units;
}

/** A byte that plain text does not hold: a C0 control other than tab, line feed, vertical tab, form feed and carriage return, or DEL. */
function isControlByte(byte: number): boolean {
  return (byte < 0x20 && (byte < 0x09 || byte > 0x0d)) || byte === 0x7f;
}

/**
 * Length of the valid UTF-8 sequence at `index`, or 0 when the byte there does not start one
 * (a stray continuation byte, an overlong form, a surrogate, past U+10FFFF, cut short).
 */
function utf8SequenceAt(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] as number;
  if (lead < 0x80) return 1;
  let length: number;
  let min = 0x80;
  let max = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) min = 0xa0; // no overlong forms
    if (lead === 0xed) max = 0x9f; // no UTF-16 surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) min = 0x90;
    if (lead === 0xf4) max = 0x8f; // nothing above U+10FFFF
  } else return 0;
  for (let k = 1; k < length; k++) {
    const next = bytes[index + k];
    if (next === undefined || next < (k === 1 ? min : 0x80) || next > (k === 1 ? max : 0xbf)) return 0;
  }
  return length;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; ) {
    const length = utf8SequenceAt(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return -1;
}

/**
 * The share of non-text at or above which an input is binary. Text has a control byte here and
 * there (a NUL a template engine left behind, a bounce padded with one) and a Latin-1 file a few
 * bytes that are not UTF-8; a PNG, a zip or an Outlook .msg has a third or more of both.
 */
export const BINARY_SHARE = 0.3;
/**
 * ... and binary data always has control bytes among them (compressed data ~11 %), while text in
 * a legacy charset (Latin-1, KOI8-R) has many bytes that are not UTF-8 but no controls: that is a
 * charset to convert, not binary.
 */
const BINARY_CONTROL_SHARE = 0.03;

/** What is in the bytes: how many are NUL, and how many are not text (control bytes, or not part of valid UTF-8). */
export interface ByteProfile {
  readonly length: number;
  readonly nul: number;
  /** NUL bytes at odd offsets: UTF-16LE text without a BOM has one after every ASCII character */
  readonly nulAtOdd: number;
  /** control bytes (C0 but tab, line breaks, form feed; DEL) */
  readonly controls: number;
  /** control bytes and bytes that are not part of valid UTF-8 */
  readonly nonText: number;
}

export function profileBytes(bytes: Uint8Array): ByteProfile {
  let nul = 0;
  let nulAtOdd = 0;
  let controls = 0;
  let nonText = 0;
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index] as number;
    if (byte < 0x80) {
      if (byte === 0) {
        nul++;
        if (index % 2 === 1) nulAtOdd++;
      }
      if (isControlByte(byte)) {
        controls++;
        nonText++;
      }
      index++;
      continue;
    }
    const length = utf8SequenceAt(bytes, index);
    if (length === 0) {
      nonText++;
      index++;
    } else index += length;
  }
  return { length: bytes.length, nul, nulAtOdd, controls, nonText };
}

/**
 * Why these bytes are not text, or null when they are. Binary means mostly non-text: one NUL in a
 * valid UTF-8 template (react-email's stripe-email.html has one) or at the end of a bounce does not
 * make a file binary (issue 10). The one check for every entry that takes bytes: the CLI's files
 * (cli/source.ts), analyzeEmail() (core/email.ts) and explain() (core/explain/index.ts). Text in
 * UTF-16 is judged after it is read as UTF-8 (its byte-order mark's NULs are no binary).
 */
export function binaryContent(bytes: Uint8Array): string | null {
  const profile = profileBytes(bytes);
  const { length, nul, nulAtOdd, controls, nonText } = profile;
  if (length === 0) return null;
  if (nul === length) return `its ${length === 1 ? 'only byte is' : `${length} bytes are all`} NUL (0x00): no text at all`;
  // ASCII text in UTF-16 without a byte-order mark: a NUL after (LE) or before (BE) each character.
  if (nul >= length * 0.4 && Math.max(nulAtOdd, nul - nulAtOdd) >= nul * 0.95) {
    return `it looks like UTF-16 text without a byte-order mark (every other byte is NUL); save it as UTF-8`;
  }
  if (nonText >= length * BINARY_SHARE && controls >= length * BINARY_CONTROL_SHARE) {
    return `binary content: ${Math.round((nonText / length) * 100)} % of its bytes are control bytes or not UTF-8`;
  }
  return null;
}

/** Text with many C0 control characters (other than tab, line breaks, form feed) is binary data that happened to decode. */
function mostlyControls(text: string): boolean {
  let controls = 0;
  for (let index = 0; index < text.length; index++) {
    if (isControlByte(text.charCodeAt(index))) controls++;
  }
  return controls > 0 && controls >= text.length * BINARY_SHARE;
}

/** Why the bytes after a UTF-16 byte-order mark are not text (`readUtf16`). */
export const BINARY_AFTER_UTF16_MARK = 'binary content after a UTF-16 byte-order mark';

/**
 * Bytes that start with a UTF-16 byte-order mark (Notepad and PowerShell's `>` save text so): the
 * text after it, or why it is not text (`BINARY_AFTER_UTF16_MARK`: units that do not decode, or
 * decode to mostly control characters); null when the bytes have no UTF-16 mark. The one reading
 * of UTF-16 for the CLI's files (cli/source.ts), analyzeEmail() and explain() (core/email.ts
 * `rawMessageText`): the MIME parsers read UTF-8 or a part's declared charset, never UTF-16.
 */
export function readUtf16(bytes: Uint8Array): { readonly text: string } | { readonly binary: string } | null {
  const mark = byteOrderMark(bytes);
  if (mark !== 'utf-16le' && mark !== 'utf-16be') return null;
  const text = utf16Text(bytes.subarray(2), mark === 'utf-16le');
  return text === null || mostlyControls(text) ? { binary: BINARY_AFTER_UTF16_MARK } : { text };
}

/**
 * UTF-16 bytes → text, or null where `new TextDecoder(label, { fatal: true })` throws: an odd byte
 * left over, or a surrogate without its pair. Pure (core has no TextDecoder: it runs where the
 * runtime may not give one, and the lib it is checked against has none).
 */
function utf16Text(bytes: Uint8Array, littleEndian: boolean): string | null {
  if (bytes.length % 2 !== 0) return null;
  const units = utf16Units(bytes, littleEndian);
  for (let index = 0; index < units.length; index++) {
    const unit = units[index] ?? 0;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = units[index + 1] ?? 0;
      if (next < 0xdc00 || next > 0xdfff) return null;
      index++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return null;
  }
  return fromCodes(units);
}
