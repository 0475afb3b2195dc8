/**
 * A small, tolerant MIME reader for bounces: header fields (unfolded, RFC 2047 words decoded),
 * multipart trees, base64 / quoted-printable bodies and charsets (decoded by core/text/encodings.ts,
 * with this reader's own fallback for mislabelled bytes). It is synchronous and pure, so
 * `explain()` stays synchronous, and it is linear in the input: boundaries are found with indexOf,
 * never with regular expressions over the whole message.
 *
 * postal-mime (which `analyzeEmail` uses) does not expose `message/delivery-status` groups or the
 * raw text of `message/rfc822` parts, and bounces are often broken MIME (missing boundaries,
 * undeclared charsets, a DSN pasted as plain text), hence this reader.
 */
import {
  charsetLabel,
  charsetReader,
  decodeBase64,
  decodeEncodedWords,
  decodeQuotedPrintable,
  utf8OrLatin1,
  utf8Strict,
  type CharsetReader,
} from '../text/encodings.ts';

export interface HeaderField {
  /** lowercase field name */
  readonly name: string;
  /** unfolded value, RFC 2047 words decoded */
  readonly value: string;
  /** the value with its folding line breaks kept, when it spans several lines */
  readonly folded?: string;
}

export interface MimeEntity {
  readonly headers: readonly HeaderField[];
  /** lowercase media type, `text/plain` when undeclared */
  readonly type: string;
  readonly params: ReadonlyMap<string, string>;
  /** decoded text of a leaf part; '' for multiparts */
  readonly text: string;
  /** children of a multipart, or the embedded message of message/rfc822 */
  readonly parts: readonly MimeEntity[];
}

/** Parts nested deeper than this, or beyond this count, are not read: bounces are shallow. */
const MAX_DEPTH = 8;
const MAX_PARTS = 200;
/** Leaf bodies are cut at this many characters before decoding; findings never need more. */
const MAX_LEAF_CHARS = 1_000_000;

export function headerValue(headers: readonly HeaderField[], name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const field of headers) if (field.name === lower) return field.value;
  return undefined;
}

export function headerValues(headers: readonly HeaderField[], name: string): string[] {
  const lower = name.toLowerCase();
  return headers.filter((field) => field.name === lower).map((field) => field.value);
}

/** CRLF and lone CR become LF. */
export function normalizeNewlines(text: string): string {
  if (text.indexOf('\r') === -1) return text;
  // CRLF first, then any CR left alone: as /\r\n?/g reads them, left to right ("\r\r\n" is two line
  // ends), in a fifth of its time on 1 MB of CRLF lines (8 ms against 40-65, expl28).
  const lines = text.split('\r\n').join('\n');
  return lines.indexOf('\r') === -1 ? lines : lines.replace(/\r/g, '\n');
}

const FIELD_LINE = /^([!-9;-~]{1,76}):[ \t]?/;

/**
 * Reads header fields from the start of `text` (LF newlines). Stops at the first empty line, or at
 * the first line that is neither a field nor a continuation. Returns the fields and where the body
 * starts.
 */
export function parseHeaderBlock(text: string, start = 0, read: CharsetReader = bounceCharsets()): { headers: HeaderField[]; bodyStart: number } {
  const headers: HeaderField[] = [];
  let name = '';
  // The field's value: its first line's text and each continuation line's, trimmed, joined by a
  // space when the field ends (one join, not a string built line by line, expl28).
  const value: string[] = [];
  let folded = '';
  let position = start;
  // An mbox "From " separator line may precede the fields.
  if (text.startsWith('From ', position)) {
    const end = text.indexOf('\n', position);
    position = end === -1 ? text.length : end + 1;
  }
  // No closure per call: parseFieldGroups calls this once for each line that is not a field (expl28).
  while (position < text.length) {
    let end = text.indexOf('\n', position);
    if (end === -1) end = text.length;
    const line = text.slice(position, end);
    if (line.trim() === '') {
      pushField(headers, name, value, folded, read);
      return { headers, bodyStart: Math.min(end + 1, text.length) };
    }
    if ((line[0] === ' ' || line[0] === '\t') && name) {
      value.push(line.trim());
      if (folded.length < 100_000) folded += '\n' + line;
    } else {
      const match = FIELD_LINE.exec(line);
      if (!match) {
        // Not a header: the body starts here (a pasted bounce without headers, or broken MIME).
        pushField(headers, name, value, folded, read);
        return { headers, bodyStart: position };
      }
      pushField(headers, name, value, folded, read);
      name = (match[1] as string).toLowerCase();
      value.length = 0;
      value.push(line.slice(match[0].length));
      folded = value[0] as string;
    }
    position = end + 1;
  }
  pushField(headers, name, value, folded, read);
  return { headers, bodyStart: text.length };
}

/** The field read so far, if any, onto `headers`. */
function pushField(headers: HeaderField[], name: string, value: readonly string[], folded: string, read: CharsetReader): void {
  if (name) headers.push({ name, value: decodeHeaderWords(value.join(' ').trim(), read), ...(folded.includes('\n') ? { folded } : {}) });
}

/** `type/subtype; a=b; c="d"` → lowercased type and parameters. */
export function parseContentType(value: string | undefined): { type: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  if (!value) return { type: 'text/plain', params };
  // The media type is the first token; a missing `;` before the parameters is tolerated.
  const typeMatch = /^\s*([\w!#$%&'*+.^`|~-]{1,100}\/[\w!#$%&'*+.^`|~-]{1,100})/.exec(value);
  const type = (typeMatch?.[1] ?? '').toLowerCase();
  let rest = typeMatch ? value.slice(typeMatch[0].length) : value;
  // A tiny tokenizer: name = token | quoted-string, separated by ';'.
  while (rest.length > 0) {
    const equals = rest.indexOf('=');
    if (equals === -1) break;
    const name = rest.slice(0, equals).trim().replace(/^;+/, '').trim().toLowerCase();
    rest = rest.slice(equals + 1).trimStart();
    let paramValue = '';
    if (rest.startsWith('"')) {
      let index = 1;
      while (index < rest.length && rest[index] !== '"') {
        if (rest[index] === '\\' && index + 1 < rest.length) index += 1;
        paramValue += rest[index];
        index += 1;
      }
      rest = rest.slice(index + 1);
      const next = rest.indexOf(';');
      rest = next === -1 ? '' : rest.slice(next + 1);
    } else {
      const next = rest.indexOf(';');
      paramValue = (next === -1 ? rest : rest.slice(0, next)).trim();
      rest = next === -1 ? '' : rest.slice(next + 1);
    }
    if (name && !params.has(name)) params.set(name, paramValue);
  }
  return { type: type || 'text/plain', params };
}

// ---------------------------------------------------------------------------------------------
// Charsets: how a bounce's bytes are read

/** Labels read as UTF-8 with a Latin-1 fallback, not as the Encoding API reads them (`us-ascii` there is windows-1252). */
const UTF8_OR_ASCII = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);

/**
 * The bounce reader's policy over a charset reader: bounces often say UTF-8 (or nothing) over
 * Latin-1 text, so UTF-8 and ASCII labels are read as UTF-8 when the bytes are well-formed and as
 * Latin-1 (every byte kept) when not; another label is read by `read` (core/text/encodings.ts), and
 * as UTF-8-else-Latin-1 when it cannot be read. Never null, but with `fatal` (an RFC 2047 run read
 * whole, `decodeEncodedWords`), where it is null when the bytes are not well-formed in the charset.
 * A reader is made for one message (`parseMime`, readBounce in bounce.ts), so that
 * MAX_CHARSET_LABELS bounds the labels tried per message.
 */
export function bounceCharsets(read: CharsetReader = charsetReader()): CharsetReader {
  const bounce = (bytes: Uint8Array, charset: string, fatal = false): string | null => {
    const label = charsetLabel(charset) || 'utf-8';
    if (UTF8_OR_ASCII.has(label)) return fatal ? utf8Strict(bytes) : utf8OrLatin1(bytes);
    if (fatal) return read(bytes, label, true);
    return read(bytes, label) ?? utf8OrLatin1(bytes);
  };
  return Object.assign(bounce, {
    encoding: (charset: string) => (UTF8_OR_ASCII.has(charsetLabel(charset) || 'utf-8') ? 'utf-8' : read.encoding(charset)),
  });
}

/** Bytes → text in `charset` (a MIME label), by the bounce reader's policy (`bounceCharsets`). */
export function decodeBytes(bytes: Uint8Array, charset = 'utf-8', read: CharsetReader = bounceCharsets()): string {
  return read(bytes, charset) as string;
}

/** A string whose characters are all ≤ U+00FF, as bytes (one per character). */
function latin1Bytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code > 0xff) return null;
    bytes[index] = code;
  }
  return bytes;
}

/** A header value with its RFC 2047 words decoded (core/text/encodings.ts), their bytes read by `bounceCharsets`. */
export function decodeHeaderWords(value: string, read: CharsetReader = bounceCharsets()): string {
  return decodeEncodedWords(value, read).text;
}

function decodeLeaf(body: string, headers: readonly HeaderField[], params: ReadonlyMap<string, string>, read: CharsetReader): string {
  const encoding = (headerValue(headers, 'content-transfer-encoding') ?? '').trim().toLowerCase();
  const charset = params.get('charset') ?? 'utf-8';
  const source = body.length > MAX_LEAF_CHARS ? body.slice(0, MAX_LEAF_CHARS) : body;
  if (encoding === 'base64') return normalizeNewlines(decodeBytes(decodeBase64(source), charset, read));
  if (encoding === 'quoted-printable') return normalizeNewlines(decodeBytes(decodeQuotedPrintable(source), charset, read));
  // 7bit / 8bit: re-decode legacy charsets when the text still holds raw bytes (ISO-2022-JP's
  // escape sequences, or Latin-1 input).
  const label = charset.toLowerCase();
  if (label !== 'utf-8' && label !== 'us-ascii' && label !== 'utf8' && label !== 'ascii') {
    const bytes = latin1Bytes(source);
    if (bytes && bytes.some((byte) => byte === 0x1b || byte > 0x7f)) return normalizeNewlines(decodeBytes(bytes, charset, read));
  }
  return source;
}

/** Splits a multipart body at its boundary; tolerant of missing close delimiters and trailing blanks. */
function splitMultipart(body: string, boundary: string): string[] {
  const text = '\n' + body;
  const marker = '\n--' + boundary;
  const parts: string[] = [];
  let partStart = -1;
  let from = 0;
  let preambleEnd = -1;
  while (parts.length < MAX_PARTS) {
    const found = text.indexOf(marker, from);
    if (found === -1) break;
    const after = found + marker.length;
    const next = text[after];
    // The boundary must end here (not be the prefix of a longer, nested boundary).
    const closing = next === '-' && text[after + 1] === '-';
    if (!closing && next !== undefined && next !== '\n' && next !== ' ' && next !== '\t') {
      from = after;
      continue;
    }
    if (partStart >= 0) parts.push(text.slice(partStart, found));
    else if (preambleEnd === -1) preambleEnd = found;
    if (closing) {
      partStart = -1;
      break;
    }
    const lineEnd = text.indexOf('\n', after);
    partStart = lineEnd === -1 ? text.length : lineEnd + 1;
    from = partStart;
  }
  if (partStart >= 0 && partStart < text.length) parts.push(text.slice(partStart));
  // Broken bounces sometimes put their text before the first boundary: keep it as a text part.
  const preamble = preambleEnd > 0 ? text.slice(1, preambleEnd) : '';
  if (parts.length > 0 && /\d{3}|@/.test(preamble)) parts.unshift('\n' + preamble);
  return parts;
}

interface ParseState {
  parts: number;
  /** the message's one charset reader */
  readonly read: CharsetReader;
}

function parseEntity(text: string, depth: number, state: ParseState, defaultType = 'text/plain'): MimeEntity {
  const { headers, bodyStart } = parseHeaderBlock(text, 0, state.read);
  const body = text.slice(bodyStart);
  const declared = headerValue(headers, 'content-type');
  const { type, params } = declared ? parseContentType(declared) : { type: defaultType, params: new Map<string, string>() };
  state.parts += 1;
  const tooDeep = depth >= MAX_DEPTH || state.parts > MAX_PARTS;

  if (type.startsWith('multipart/') && !tooDeep) {
    const boundary = params.get('boundary');
    const chunks = boundary ? splitMultipart(body, boundary) : [];
    if (chunks.length > 0) {
      const childType = type === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
      const parts = chunks.map((chunk) => parseEntity(chunk, depth + 1, state, childType));
      return { headers, type, params, text: '', parts };
    }
    // A multipart without usable boundaries: keep its body readable as text.
    return { headers, type: 'text/plain', params, text: body, parts: [] };
  }
  if ((type === 'message/rfc822' || type === 'message/global') && !tooDeep) {
    const inner = decodeLeaf(body, headers, new Map([['charset', 'utf-8']]), state.read);
    return { headers, type, params, text: '', parts: [parseEntity(inner, depth + 1, state)] };
  }
  return { headers, type, params, text: decodeLeaf(body, headers, params, state.read), parts: [] };
}

/** Parses a whole message (LF or CRLF newlines); `read` reads its charsets (one reader per message). */
export function parseMime(source: string, read: CharsetReader = bounceCharsets()): MimeEntity {
  return parseEntity(normalizeNewlines(source), 0, { parts: 0, read });
}

/** Every entity of the tree, depth first, without descending into embedded messages. */
export function walkOwnParts(entity: MimeEntity, visit: (part: MimeEntity) => void): void {
  visit(entity);
  if (entity.type === 'message/rfc822' || entity.type === 'message/global') return;
  for (const part of entity.parts) walkOwnParts(part, visit);
}

/**
 * Groups of fields separated by blank lines, as in message/delivery-status (RFC 3464 §2). One pass over
 * the lines: a blank line, or one that opens no field (nor an mbox "From " line, which parseHeaderBlock
 * steps over), is skipped here as parseHeaderBlock would have skipped it, without a call per line (a
 * Diagnostic-Code followed by 1 MB of "-" lines took 200 ms under tsx, expl28). Linear.
 */
export function parseFieldGroups(text: string, read: CharsetReader = bounceCharsets()): HeaderField[][] {
  const groups: HeaderField[][] = [];
  const source = normalizeNewlines(text);
  let position = 0;
  while (position < source.length && groups.length < MAX_PARTS) {
    let end = source.indexOf('\n', position);
    if (end === -1) end = source.length;
    const line = source.slice(position, end);
    if (line.trim() === '' || (!line.startsWith('From ') && !FIELD_LINE.test(line))) {
      position = end + 1;
      continue;
    }
    const { headers, bodyStart } = parseHeaderBlock(source, position, read);
    if (headers.length > 0) groups.push(headers);
    position = bodyStart <= position ? end + 1 : bodyStart;
  }
  return groups;
}
