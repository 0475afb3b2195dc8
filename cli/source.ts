/**
 * Reads a template from disk or stdin and decides whether it is text we can score. A template that
 * is binary or not valid UTF-8 is an input error naming the file, never a silently mangled score.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { extname } from 'node:path';
import { binaryMessage, messageStart } from '../core/email.ts';
import { binaryContent, byteOrderMark, firstInvalidUtf8, latin1, markLength, readUtf16 } from '../core/text/bytes.ts';
import { DEFAULT_MAX_SIZE, formatSize, formatSizeAndLimit } from './limits.ts';

export type SourceKind = 'html' | 'eml';

/** The name reports give a template read from stdin. */
export const STDIN_NAME = '<stdin>';

/** A problem with one input (missing, unreadable, not text, bad MIME): exit code 2, the file named. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/** A usage problem (unknown flag, bad value, bad config): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface Source {
  /** the name shown in reports: a path relative to the working directory, or `<stdin>` */
  readonly file: string;
  readonly kind: SourceKind;
  /** .html: the decoded file; .eml: the raw message decoded as UTF-8 (or Latin-1) for locating parts */
  readonly text: string;
  /** .eml only: the raw bytes, which postal-mime decodes by each part's declared charset (not binary: `decodeEml` refused those) */
  readonly bytes?: Uint8Array;
}

export const TEMPLATE_EXTENSIONS = ['.html', '.htm', '.eml'] as const;

export function kindOf(path: string): SourceKind {
  return extname(path).toLowerCase() === '.eml' ? 'eml' : 'html';
}

function hex(byte: number | undefined): string {
  return `0x${(byte ?? 0).toString(16).padStart(2, '0')}`;
}

/**
 * The text after a UTF-16 byte-order mark (core/text/bytes.ts `readUtf16`), or null when the bytes
 * do not start with one. Bytes that do not decode, or decode to mostly control characters, are
 * binary: an input error that ends with `expected` (what the input should have been).
 */
function decodeUtf16(file: string, bytes: Uint8Array, expected: string): string | null {
  const read = readUtf16(bytes);
  if (read === null) return null;
  if ('binary' in read) throw new InputError(file, `is not a text file (${read.binary}); ${expected}`);
  return read.text;
}

/**
 * The bytes as UTF-8: UTF-16 with a byte-order mark re-encoded (Notepad and PowerShell's `>` save
 * text so), anything else as it is. For what is read as bytes (an .eml, a bounce): the MIME parser
 * and explain read UTF-8 or a part's declared charset, never UTF-16 (issue 11).
 */
export function utf8Bytes(file: string, bytes: Uint8Array, expected: string): Uint8Array {
  const text = decodeUtf16(file, bytes, expected);
  return text === null ? bytes : new TextEncoder().encode(text);
}

/** White space: tab, line breaks, vertical tab, form feed, space. */
function isBlankByte(byte: number | undefined): boolean {
  return byte === 0x20 || (byte !== undefined && byte >= 0x09 && byte <= 0x0d);
}

/**
 * Why an input has nothing to check, or null when it has: no bytes at all, or only white space
 * (after a UTF-8 or UTF-16 byte-order mark, if any). A template build that wrote nothing would
 * otherwise score as an empty body and pass (issue 11).
 */
export function emptyContent(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'is empty (0 bytes)';
  const mark = byteOrderMark(bytes);
  const bom = markLength(mark);
  const utf16 = mark === 'utf-8' ? null : mark;
  if (utf16) {
    if (bytes.length % 2 !== 0) return null;
    const high = utf16 === 'utf-16le' ? 1 : 0;
    for (let index = 2; index < bytes.length; index += 2) {
      if (bytes[index + high] !== 0 || !isBlankByte(bytes[index + 1 - high])) return null;
    }
  } else {
    for (let index = bom; index < bytes.length; index++) if (!isBlankByte(bytes[index])) return null;
  }
  const what = bom === 0 ? 'only white space' : bytes.length === bom ? 'only a byte-order mark' : 'only a byte-order mark and white space';
  return `is empty (${what}, ${bytes.length} ${bytes.length === 1 ? 'byte' : 'bytes'})`;
}

/**
 * Decodes an HTML template: UTF-8 (BOM dropped), or UTF-16 when it starts with a UTF-16 BOM.
 * Legacy single-byte charsets are refused rather than guessed: offsets and phrases would be wrong.
 */
export function decodeHtml(file: string, bytes: Uint8Array): string {
  const expected = 'expected an .html, .htm or .eml template';
  const utf16 = decodeUtf16(file, bytes, expected);
  if (utf16 !== null) return utf16;
  const binary = binaryContent(bytes);
  if (binary) throw new InputError(file, `is not a text file (${binary}); ${expected}`);
  const at = firstInvalidUtf8(bytes);
  if (at >= 0) throw new InputError(file, `is not valid UTF-8 (byte ${hex(bytes[at])} at offset ${at}); save the template as UTF-8`);
  return new TextDecoder('utf-8').decode(bytes);
}

const EML_EXPECTED = 'expected an RFC 5322 message';

/**
 * An .eml is bytes: each part declares its own charset and transfer encoding, which postal-mime
 * decodes. Only binary content is refused here (core/email.ts `binaryMessage`: of a message, its
 * header section; a PNG attached as `Content-Transfer-Encoding: binary` is MIME's). The text kept for locating parts is the message
 * as UTF-8 when it is valid, else Latin-1 (one character per byte, so lines still count right).
 */
export function decodeEml(file: string, bytes: Uint8Array): string {
  const binary = binaryMessage(bytes);
  if (binary) throw new InputError(file, `is not a text file (${binary}); ${EML_EXPECTED}`);
  // postal-mime reads whatever precedes the first blank line as headers: HTML or a note saved as
  // .eml would be scored as a message with an empty body, and pass. Stricter than analyzeEmail,
  // which refuses only markup: a file named .eml is expected to be a message as saved.
  const start = messageStart(bytes);
  if (start === 'blank-line') {
    throw new InputError(file, 'is not a MIME message: it starts with a blank line, where its header lines (`Name: value`) belong (a blank line ends them); remove it, or name it .html if it is HTML');
  }
  if (start === 'other' || start === 'markup') {
    throw new InputError(file, 'is not a MIME message: it does not start with header lines (`Name: value`, such as `From:` or `Content-Type:`); name it .html if it is HTML');
  }
  // A UTF-8 BOM is no character of the message (the core drops it before parsing, core/email.ts):
  // UTF-8 decoding drops it, and so must Latin-1's, or the first header line would not be found.
  // Latin-1 by core/text/bytes.ts, not TextDecoder('latin1'), which is windows-1252 in browsers and
  // in Node once nodejs/node#60893 is in (Latin-1 in this project's Node 20.20).
  if (firstInvalidUtf8(bytes) < 0) return new TextDecoder('utf-8').decode(bytes);
  return latin1(byteOrderMark(bytes) === 'utf-8' ? bytes.subarray(3) : bytes);
}

/** An input's bytes as a source to score; an empty input (`emptyContent`) is an input error, never an empty body that passes. */
export function sourceFromBytes(file: string, kind: SourceKind, bytes: Uint8Array): Source {
  const empty = emptyContent(bytes);
  if (empty) throw new InputError(file, empty);
  if (kind === 'html') return { file, kind, text: decodeHtml(file, bytes) };
  const utf8 = utf8Bytes(file, bytes, EML_EXPECTED);
  return { file, kind, text: decodeEml(file, utf8), bytes: utf8 };
}

/**
 * A file-system error in plain words, after the file's name (`x.html: no such file`), for a file
 * read (an input, the config) or written (`--output`): never a bare ENOENT or EISDIR.
 */
export function describeFsError(error: unknown, doing: 'read' | 'write' = 'read'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cannot = doing === 'read' ? 'cannot be read' : 'cannot be written';
  switch (code) {
    case 'ENOENT':
      return doing === 'read' ? 'no such file' : 'its folder does not exist';
    case 'ENOTDIR':
      return doing === 'read' ? 'no such file (a part of its path is a file, not a folder)' : 'a part of its path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return `${cannot} (permission denied)`;
    case 'EISDIR':
      return 'is a directory';
    case 'EROFS':
      return `${cannot} (the file system is read-only)`;
    case 'ENOSPC':
      return `${cannot} (no space left on the device)`;
    case 'ELOOP':
      return `${cannot} (a loop of symbolic links)`;
    default:
      return `${cannot} (${error instanceof Error ? error.message : String(error)})`;
  }
}

function tooLarge(file: string, maxSize: number, size: number | undefined, hint: string): InputError {
  const [shown, limit] = size === undefined ? ['', formatSize(maxSize)] : formatSizeAndLimit(size, maxSize);
  const what = size === undefined ? `is larger than the ${limit} input limit: stopped reading there` : `is ${shown}, above the ${limit} input limit: not read`;
  return new InputError(file, `${what}${hint}`);
}

const MAX_SIZE_HINT = ' (raise the limit with --max-size)';

/**
 * A file's bytes, at most `maxSize` of them. A regular file's size is checked from its `stat`
 * before anything is read; a pipe, a device (`/dev/zero`) or a file that grows while it is read
 * stops at the limit. Either way the input is an error naming the file and the limit.
 */
export async function readFileBytes(path: string, file: string, maxSize: number = DEFAULT_MAX_SIZE, hint: string = MAX_SIZE_HINT): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new InputError(file, describeFsError(error));
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(file, 'is a directory');
    if (info.isFile() && info.size > maxSize) throw tooLarge(file, maxSize, info.size, hint);
    const chunks: Uint8Array[] = [];
    let total = 0;
    // One read for a regular file of known size (plus one to see its end); 64 KiB steps otherwise.
    let step = info.isFile() ? info.size + 1 : 64 * 1024;
    for (;;) {
      const buffer = new Uint8Array(Math.max(1, Math.min(step, maxSize + 1 - total)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxSize) throw tooLarge(file, maxSize, undefined, hint);
      step = 64 * 1024;
    }
    return chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks, total);
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(file, describeFsError(error));
  } finally {
    await handle.close();
  }
}

export async function readSource(path: string, file: string, kind: SourceKind = kindOf(path), maxSize: number = DEFAULT_MAX_SIZE): Promise<Source> {
  return sourceFromBytes(file, kind, await readFileBytes(path, file, maxSize));
}

/**
 * Reads stdin as bytes, at most `maxSize` of them: `spamrisk - < /dev/zero` and `yes | spamrisk -`
 * stop at the limit with an error instead of filling memory. Stopping early closes stdin, so the
 * writer gets EPIPE and ends too. `file` is what the error calls stdin: `<stdin>`, or the name
 * --stdin-filename gives it (options.ts `stdinDisplayName`), as the report calls it.
 */
export async function readStdin(stream: AsyncIterable<Uint8Array | string>, file: string, maxSize: number = DEFAULT_MAX_SIZE): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += bytes.length;
    if (total > maxSize) throw tooLarge(file, maxSize, undefined, MAX_SIZE_HINT);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

/**
 * stdin has no file name: a message that starts with header lines (`Name: value`) is an .eml,
 * anything else (markup, or text) is HTML.
 */
export function sniffKind(bytes: Uint8Array): SourceKind {
  return messageStart(bytes) === 'headers' ? 'eml' : 'html';
}
