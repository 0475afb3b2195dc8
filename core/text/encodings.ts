/**
 * Bytes of a message to text, in one place: base64 (and strict base64 for a DKIM key, core/dns-records/dkim.ts)
 * and quoted-printable (RFC 2045), UTF-8, bytes in
 * a named charset, and RFC 2047 encoded words (`=?charset?B|Q?…?=`). The header rules
 * (core/headers/fields.ts) and the bounce reader (core/explain/mime.ts) both read through it; each
 * keeps only its own policy for bytes that are not what their label says.
 *
 * Core is pure: no `atob`, no Buffer. Legacy charsets (windows-1252, ISO-8859-x, KOI8-R, Shift_JIS,
 * ISO-2022-JP …) are read by the WHATWG Encoding API's `TextDecoder` where the runtime has one
 * (browsers, workers, Node), looked up on `globalThis` when a charset is read; UTF-8 and the
 * windows-1252 family (ASCII and ISO-8859-1 among its labels) are read by our own decoders in every
 * runtime, and without a TextDecoder any other charset is reported as not read (`charsetReader`).
 * Every function here is linear in its input.
 */
import { latin1 } from './bytes.ts';

// --- base64 and quoted-printable ----------------------------------------------------------------

/** Base64 digit values by character code; `-` and `_` (the URL-safe alphabet) count as `+` and `/`. */
const BASE64_VALUES = (() => {
  const table = new Int16Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let index = 0; index < alphabet.length; index += 1) table[alphabet.charCodeAt(index)] = index;
  table['-'.charCodeAt(0)] = 62;
  table['_'.charCodeAt(0)] = 63;
  return table;
})();

/**
 * Base64 → bytes, tolerantly: characters outside the alphabet (line breaks, blanks, stray marks) are
 * skipped, the first `=` ends the data, and bits left over at the end (a truncated group) are
 * dropped. Never throws.
 */
export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let length = 0;
  let buffer = 0;
  let bits = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 61) break; // '=' padding ends the data
    const value = code < 128 ? (BASE64_VALUES[code] as number) : -1;
    if (value < 0) continue;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[length++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, length);
}

/**
 * Base64 → bytes, strictly (RFC 4648 §4): white space is ignored and the padding may be left out,
 * but any other character, a `=` before the end or a group of one digit makes it null. For data
 * that must be exactly base64 (a DKIM record's key), where `decodeBase64` reads mail tolerantly.
 */
export function decodeBase64Strict(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  const body = clean.replace(/={1,2}$/, '');
  if (body.length % 4 === 1 || body.includes('=')) return null;
  if (clean.length !== body.length && clean.length % 4 !== 0) return null;
  for (let index = 0; index < body.length; index += 1) {
    const code = body.charCodeAt(index);
    // not in the alphabet, or of the URL-safe one (`-`, `_`)
    if (code >= 128 || (BASE64_VALUES[code] as number) < 0 || code === 45 || code === 95) return null;
  }
  return decodeBase64(body);
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/** A character above U+00FF as its UTF-8 bytes (a quoted-printable text that was already decoded once). */
function pushUtf8(out: number[], code: number): void {
  if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
  else out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
}

/**
 * Quoted-printable → bytes (RFC 2045 §6.7, LF line ends): `=XX` in either case is a byte, `=` before
 * a line end (after blanks or not) is a soft break, and any other `=` is kept as it is. With
 * `underscoreIsSpace`, RFC 2047's Q encoding: `_` is a space. A character of the text itself is its
 * byte, or its UTF-8 bytes above U+00FF (text that has already been decoded as UTF-8 once).
 */
export function decodeQuotedPrintable(text: string, underscoreIsSpace = false): Uint8Array {
  const out: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 61 /* = */) {
      const next = text.charCodeAt(index + 1);
      if (next === 10) {
        index += 1; // soft line break
        continue;
      }
      const high = hexValue(next);
      const low = hexValue(text.charCodeAt(index + 2));
      if (high >= 0 && low >= 0) {
        out.push(high * 16 + low);
        index += 2;
        continue;
      }
      // "=  \n": a soft break with trailing blanks
      let scan = index + 1;
      while (text[scan] === ' ' || text[scan] === '\t') scan += 1;
      if (text[scan] === '\n') {
        index = scan;
        continue;
      }
      out.push(code);
    } else if (underscoreIsSpace && code === 95) {
      out.push(32);
    } else if (code < 0x100) {
      out.push(code);
    } else {
      pushUtf8(out, code);
    }
  }
  return Uint8Array.from(out);
}

// --- UTF-8 ----------------------------------------------------------------------------------------

/**
 * UTF-8 → text as the WHATWG Encoding Standard's decoder reads it (§8.1.1): overlong forms,
 * surrogates and code points above U+10FFFF are errors, and each maximal ill-formed subsequence is
 * one error. `fatal`: null at the first error; otherwise each error is a U+FFFD, as `TextDecoder`
 * writes it. A leading byte-order mark is kept as U+FEFF, as `TextDecoder` with `ignoreBOM: true`
 * keeps it (a plain `new TextDecoder()` drops it): an RFC 2047 word or a part starting with one
 * keeps that character.
 */
function utf8(bytes: Uint8Array, fatal: boolean): string | null {
  let out = '';
  const units: number[] = [];
  let needed = 0;
  let seen = 0;
  let code = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] as number;
    if (needed === 0) {
      if (byte < 0x80) units.push(byte);
      else if (byte >= 0xc2 && byte <= 0xdf) {
        needed = 1;
        code = byte & 0x1f;
      } else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        needed = 2;
        code = byte & 0x0f;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        needed = 3;
        code = byte & 0x07;
      } else if (fatal) return null;
      else units.push(0xfffd);
    } else if (byte < lower || byte > upper) {
      // The sequence so far is one error; this byte starts afresh.
      if (fatal) return null;
      units.push(0xfffd);
      needed = seen = code = 0;
      lower = 0x80;
      upper = 0xbf;
      index -= 1;
    } else {
      lower = 0x80;
      upper = 0xbf;
      code = (code << 6) | (byte & 0x3f);
      seen += 1;
      if (seen === needed) {
        if (code > 0xffff) units.push(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff));
        else units.push(code);
        needed = seen = code = 0;
      }
    }
    if (units.length >= 4096) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  if (needed !== 0) {
    if (fatal) return null;
    units.push(0xfffd);
  }
  return out + String.fromCharCode(...units);
}

/** UTF-8 → text, or null when the bytes are not well-formed UTF-8 (so the caller can read them otherwise). */
export function utf8Strict(bytes: Uint8Array): string | null {
  return utf8(bytes, true);
}

/** UTF-8 → text, each ill-formed sequence a U+FFFD (what `new TextDecoder('utf-8', { ignoreBOM: true })` writes: a leading BOM kept). */
export function utf8Lenient(bytes: Uint8Array): string {
  return utf8(bytes, false) as string;
}

/** Raw bytes whose charset nobody declared → text: UTF-8 when they are valid UTF-8, else Latin-1 (every byte kept). */
export function utf8OrLatin1(bytes: Uint8Array): string {
  return utf8Strict(bytes) ?? latin1(bytes);
}

// --- charsets -------------------------------------------------------------------------------------

/**
 * A MIME charset label as the Encoding API reads it: trimmed, lower case, without RFC 2231's
 * `*language` suffix (`UTF-8*en` → `utf-8`).
 */
export function charsetLabel(charset: string): string {
  const star = charset.indexOf('*');
  return (star === -1 ? charset : charset.slice(0, star)).trim().toLowerCase();
}

const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']);

/**
 * The labels the WHATWG Encoding Standard reads as windows-1252 (ASCII and Latin-1 among them:
 * mail clients and browsers read ISO-8859-1 mail as windows-1252).
 */
const WINDOWS_1252_LABELS = new Set([
  'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1',
  'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252',
]);

/** windows-1252's 0x80–0x9F (WHATWG index-windows-1252); the other bytes are their own code points. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
] as const;

/** Bytes as windows-1252 (WHATWG index-windows-1252: 0x81, 0x8D, 0x8F, 0x90 and 0x9D stay C1 controls). */
export function windows1252(bytes: Uint8Array): string {
  let out = '';
  const units = new Uint16Array(Math.min(bytes.length, 4096));
  for (let start = 0; start < bytes.length; start += units.length) {
    const end = Math.min(bytes.length, start + units.length);
    for (let index = start; index < end; index += 1) {
      const byte = bytes[index] as number;
      units[index - start] = byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] as number) : byte;
    }
    out += String.fromCharCode(...units.subarray(0, end - start));
  }
  return out;
}

/**
 * Text with its C1 controls (U+0080–U+009F) read as windows-1252 bytes: `\u0080` → `€`, `\u0093` →
 * `“`, the five bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) kept. One
 * character for one, so offsets hold. For text another decoder read (postal-mime, core/email.ts;
 * the CLI's positions, cli/positions.ts) with a runtime's `TextDecoder` that reads windows-1252
 * as Latin-1 (see `charsetReader`): in a browser, which reads it as windows-1252, nothing changes.
 */
export function c1AsWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (char) => String.fromCharCode(WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] as number));
}

interface TextDecoderLike {
  /** the Encoding Standard's name of the encoding the label names (`sjis` → `shift_jis`) */
  readonly encoding?: string;
  decode(input: Uint8Array): string;
}
type TextDecoderConstructor = new (label: string, options?: { fatal?: boolean }) => TextDecoderLike;

/**
 * Different charset labels one reader tries at most: a real message names two or three; a hostile
 * one could name thousands. A reader is made for one message (the bounce reader, core/explain/mime.ts)
 * or one header value (core/headers/fields.ts), so this bounds the labels tried per message or per value.
 */
export const MAX_CHARSET_LABELS = 32;

/**
 * Bytes in a charset → text, or null when this reader cannot read that charset; with `fatal`, null
 * too when the bytes are not well-formed in it (where otherwise each error is a U+FFFD).
 * `encoding(charset)` names the encoding a label reads as, so that `utf8` and `UTF-8`, or `sjis`
 * and `shift_jis`, are one (a label it cannot read names itself).
 */
export interface CharsetReader {
  (bytes: Uint8Array, charset: string, fatal?: boolean): string | null;
  encoding(charset: string): string;
}

interface Decoders {
  readonly lenient: TextDecoderLike | null;
  fatal?: TextDecoderLike | null;
}

/**
 * A reader of bytes in named charsets, for one message or one header value. UTF-8 (`utf8Lenient`,
 * `utf8Strict` when fatal) and the windows-1252 labels (`windows1252`, which has no errors) are read
 * by our own decoders, the same in every runtime: Node's TextDecoder reads windows-1252 as Latin-1,
 * with C1 controls for 0x80–0x9F, from 20.18.3 and 22.13.0 on (nodejs/node#60888; this project's
 * Node 20.20 among them) until nodejs/node#60893's fix reaches the line (newer lines have it), as
 * does Cloudflare's workerd (cloudflare/workerd#6027), where browsers write € “ ” ™. Any other label is
 * read by the runtime's `TextDecoder`, looked up on `globalThis` here (`encoding`: `undefined` to
 * look it up, `null` to read as a runtime without one does, where another label gives null). The
 * decoders of each label are made once per reader, and at most MAX_CHARSET_LABELS different labels
 * are tried (a label the runtime refuses costs a thrown error, about 25 µs in Node): past that, a
 * new label gives null.
 */
export function charsetReader(encoding?: TextDecoderConstructor | null): CharsetReader {
  const Decoder = encoding === undefined ? (globalThis as { TextDecoder?: TextDecoderConstructor }).TextDecoder : encoding;
  const decoders = new Map<string, Decoders>();
  const decodersOf = (label: string): Decoders | null => {
    if (!Decoder) return null;
    let found = decoders.get(label);
    if (found === undefined) {
      if (decoders.size >= MAX_CHARSET_LABELS) return null;
      let lenient: TextDecoderLike | null = null;
      try {
        lenient = new Decoder(label);
      } catch {
        // a label this runtime does not know
      }
      found = { lenient };
      decoders.set(label, found);
    }
    return found;
  };
  const read = (bytes: Uint8Array, charset: string, fatal = false): string | null => {
    const label = charsetLabel(charset);
    if (UTF8_LABELS.has(label)) return fatal ? utf8Strict(bytes) : utf8Lenient(bytes);
    if (WINDOWS_1252_LABELS.has(label)) return windows1252(bytes);
    const found = decodersOf(label);
    if (!found?.lenient) return null;
    let decoder: TextDecoderLike | null = found.lenient;
    if (fatal) {
      if (found.fatal === undefined) {
        found.fatal = null;
        try {
          found.fatal = new (Decoder as TextDecoderConstructor)(label, { fatal: true });
        } catch {
          // a runtime without the fatal option: no strict reading of this label
        }
      }
      decoder = found.fatal;
    }
    if (decoder === null) return null;
    try {
      return decoder.decode(bytes);
    } catch {
      return null; // fatal: not well-formed
    }
  };
  return Object.assign(read, {
    encoding(charset: string): string {
      const label = charsetLabel(charset);
      if (UTF8_LABELS.has(label)) return 'utf-8';
      if (WINDOWS_1252_LABELS.has(label)) return 'windows-1252';
      return decodersOf(label)?.lenient?.encoding ?? label;
    },
  });
}

/** Bytes in a charset → text, or null when the charset is not one we can read (see `charsetReader`). */
export function decodeCharset(bytes: Uint8Array, charset: string): string | null {
  return charsetReader()(bytes, charset);
}

// --- RFC 2047 encoded words -----------------------------------------------------------------------

/** Longest charset label and longest encoded text of an encoded word we read; a longer one is left as it is written. */
export const MAX_CHARSET_CHARS = 40;
export const MAX_ENCODED_TEXT_CHARS = 2000;

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** The encoded word starting at `start` (at its `=?`): its parts and where it ends, or null when none starts there. */
function encodedWordAt(value: string, start: number): { charset: string; encoding: string; text: string; end: number } | null {
  let index = start + 2;
  const charsetEnd = Math.min(value.length, index + MAX_CHARSET_CHARS);
  while (index < charsetEnd && value[index] !== '?' && !isBlank(value.charCodeAt(index))) index += 1;
  if (value[index] !== '?' || index === start + 2) return null;
  const charset = value.slice(start + 2, index);
  const encoding = value[index + 1] ?? '';
  if ((encoding !== 'b' && encoding !== 'B' && encoding !== 'q' && encoding !== 'Q') || value[index + 2] !== '?') return null;
  const textStart = index + 3;
  index = textStart;
  const textEnd = Math.min(value.length, textStart + MAX_ENCODED_TEXT_CHARS);
  while (index < textEnd && value[index] !== '?' && !isBlank(value.charCodeAt(index))) index += 1;
  if (value[index] !== '?' || value[index + 1] !== '=') return null;
  return { charset, encoding, text: value.slice(textStart, index), end: index + 2 };
}

export interface DecodedWords {
  /** the value with its encoded words decoded */
  readonly text: string;
  /** false when a word's charset could not be read (that word is then `unreadable` in `text`) */
  readonly complete: boolean;
}

/**
 * What a display name holds where an encoded word's charset could not be read: U+FFFD, the
 * character a decoder writes for what it cannot read, so the readable words on either side stay
 * apart (`Pay` `=?x-unknown?…?=` `Pal` is not `PayPal`) and rules that read words skip it.
 */
export const UNREADABLE_WORD = '\ufffd';

/**
 * A run of adjacent words in one encoding → text: its bytes joined and read strictly, so that a
 * character whose bytes a mailer split across two words (RFC 2047 §5 forbids it, mailers do it)
 * comes out whole; when the joined bytes are not well-formed, word by word (each ISO-2022-JP word
 * ends with its escape back to ASCII, and two escapes meeting are an error; one bad UTF-8 word must
 * not spoil the others), as postal-mime reads them. Null for a word `decode` cannot read.
 */
function decodeRun(words: readonly Uint8Array[], charset: string, decode: CharsetReader): (string | null)[] {
  if (words.length > 1) {
    const joined = decode(concat(words), charset, true);
    if (joined !== null) return [joined];
  }
  return words.map((bytes) => decode(bytes, charset));
}

/**
 * Decodes the RFC 2047 encoded words of a header value (`=?charset?B|Q?…?=`; RFC 2231's
 * `charset*language` read as the charset). Blanks (space, tab, CR, LF) between two encoded words
 * are dropped (RFC 2047 §6.2), and adjacent words in one encoding are read as one run
 * (`decodeRun`). `decode` reads bytes in a charset, null when it cannot (default: a `charsetReader`
 * for this value); such a word is `unreadable` in the text (default: left out; adjacent unreadable
 * words are one `unreadable`) and `complete` is false. Linear: one pass, each word bounded
 * (MAX_CHARSET_CHARS, MAX_ENCODED_TEXT_CHARS).
 */
export function decodeEncodedWords(value: string, decode: CharsetReader = charsetReader(), unreadable = ''): DecodedWords {
  let start = value.indexOf('=?');
  if (start === -1) return { text: value, complete: true };
  let text = '';
  let complete = true;
  let last = 0;
  // Whether `text` ends with an `unreadable` put there since the last readable text.
  let endsUnreadable = false;
  // The run of adjacent encoded words in one encoding, not yet decoded: its first word's charset
  // label, its encoding's name and each word's bytes.
  let runCharset = '';
  let runEncoding: string | null = null;
  let runBytes: Uint8Array[] = [];
  const flush = () => {
    if (runEncoding === null) return;
    for (const decoded of decodeRun(runBytes, runCharset, decode)) {
      if (decoded === null) {
        complete = false;
        if (!endsUnreadable) text += unreadable;
        endsUnreadable = true;
      } else if (decoded !== '') {
        text += decoded;
        endsUnreadable = false;
      }
    }
    runEncoding = null;
    runBytes = [];
  };
  while (start !== -1) {
    const word = encodedWordAt(value, start);
    if (!word) {
      start = value.indexOf('=?', start + 1);
      continue;
    }
    const adjacent = runEncoding !== null && allBlank(value, last, start);
    const encoding = decode.encoding(word.charset);
    if (!adjacent || encoding !== runEncoding) flush();
    if (!adjacent && start > last) {
      text += value.slice(last, start);
      endsUnreadable = false;
    }
    const bytes = word.encoding === 'b' || word.encoding === 'B' ? decodeBase64(word.text) : decodeQuotedPrintable(word.text, true);
    if (runEncoding === null) runCharset = word.charset;
    runEncoding = encoding;
    runBytes.push(bytes);
    last = word.end;
    start = value.indexOf('=?', last);
  }
  flush();
  return { text: text + value.slice(last), complete };
}

/** Whether `value` from `start` to `end` is all blanks (`isBlank`), or empty. */
function allBlank(value: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) if (!isBlank(value.charCodeAt(index))) return false;
  return true;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
