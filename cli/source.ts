/**
 * Reads a template from disk or stdin and decides whether it is text we can score. A template that
 * is binary or not valid UTF-8 is an input error naming the file, never a silently mangled score.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

export type SourceKind = 'html' | 'eml';

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
  /** .eml only: the raw bytes, which postal-mime decodes by each part's declared charset */
  readonly bytes?: Uint8Array;
}

export const TEMPLATE_EXTENSIONS = ['.html', '.htm', '.eml'] as const;

export function kindOf(path: string): SourceKind {
  return extname(path).toLowerCase() === '.eml' ? 'eml' : 'html';
}

/** git's test: a NUL byte in the first 8,000 bytes means binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let index = 0; index < end; index++) if (bytes[index] === 0) return true;
  return false;
}

/** Where UTF-8 decoding first fails, for a message that helps find the bad byte. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // Binary search on prefixes: a prefix that decodes (allowing a cut multi-byte tail) is valid.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low;
}

function hex(byte: number | undefined): string {
  return `0x${(byte ?? 0).toString(16).padStart(2, '0')}`;
}

/**
 * Decodes an HTML template: UTF-8 (BOM dropped), or UTF-16 when it starts with a UTF-16 BOM.
 * Legacy single-byte charsets are refused rather than guessed: offsets and phrases would be wrong.
 */
export function decodeHtml(file: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw new InputError(file, 'is not a text file (it contains NUL bytes); expected an .html, .htm or .eml template');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(file, `is not valid UTF-8 (byte ${hex(bytes[at])} at offset ${at}); save the template as UTF-8`);
  }
}

/**
 * An .eml is bytes: each part declares its own charset and transfer encoding, which postal-mime
 * decodes. Only binary content is refused here. The text kept for locating parts is the message
 * as UTF-8 when it is valid, else Latin-1 (one character per byte, so lines still count right).
 */
export function decodeEml(file: string, bytes: Uint8Array): string {
  if (looksBinary(bytes)) throw new InputError(file, 'is not a text file (it contains NUL bytes); expected an RFC 5322 message');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

export function sourceFromBytes(file: string, kind: SourceKind, bytes: Uint8Array): Source {
  return kind === 'eml' ? { file, kind, text: decodeEml(file, bytes), bytes } : { file, kind, text: decodeHtml(file, bytes) };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

export async function readSource(path: string, file: string, kind: SourceKind = kindOf(path)): Promise<Source> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(file, describeFsError(error));
  }
  return sourceFromBytes(file, kind, bytes);
}

/** Reads all of stdin as bytes. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * stdin has no file name: a message that starts with header lines (`Name: value`) is an .eml,
 * anything else (markup, or text) is HTML.
 */
export function sniffKind(bytes: Uint8Array): SourceKind {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '');
  if (/^\s*</.test(head)) return 'html';
  return /^(?:From [^\r\n]*\r?\n)?[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r?\n/.test(head) ? 'eml' : 'html';
}
