/**
 * Reads a template from disk or stdin and decides whether it is text we can score. A template that
 * is binary or not valid UTF-8 is an input error naming the file, never a silently mangled score.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

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
  /** .eml only: the raw bytes, which postal-mime decodes by each part's declared charset */
  readonly bytes?: Uint8Array;
}

export const TEMPLATE_EXTENSIONS = ['.html', '.htm', '.eml'] as const;

export function kindOf(path: string): SourceKind {
  return extname(path).toLowerCase() === '.eml' ? 'eml' : 'html';
}

/** git's test: a NUL byte in the first 8,000 bytes means binary. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let index = 0; index < end; index++) if (bytes[index] === 0) return true;
  return false;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    if (lead < 0x80) {
      index++;
      continue;
    }
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
    } else return index;
    for (let k = 1; k < length; k++) {
      const next = bytes[index + k];
      if (next === undefined || next < (k === 1 ? min : 0x80) || next > (k === 1 ? max : 0xbf)) return index;
    }
    index += length;
  }
  return -1;
}

/** Text with many C0 control characters (other than tab, line breaks, form feed) is binary data that happened to decode. */
function mostlyControls(text: string): boolean {
  const sample = text.slice(0, 8000);
  let controls = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) controls++;
  }
  return controls > 0 && controls >= sample.length / 20;
}

function hex(byte: number | undefined): string {
  return `0x${(byte ?? 0).toString(16).padStart(2, '0')}`;
}

/**
 * Decodes an HTML template: UTF-8 (BOM dropped), or UTF-16 when it starts with a UTF-16 BOM.
 * Legacy single-byte charsets are refused rather than guessed: offsets and phrases would be wrong.
 */
export function decodeHtml(file: string, bytes: Uint8Array): string {
  const notText = () => new InputError(file, 'is not a text file (binary content); expected an .html, .htm or .eml template');
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    let text: string;
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw notText();
    }
    if (mostlyControls(text)) throw notText();
    return text;
  }
  if (looksBinary(bytes)) throw notText();
  const at = firstInvalidUtf8(bytes);
  if (at >= 0) throw new InputError(file, `is not valid UTF-8 (byte ${hex(bytes[at])} at offset ${at}); save the template as UTF-8`);
  const text = new TextDecoder('utf-8').decode(bytes);
  if (mostlyControls(text)) throw notText();
  return text;
}

/**
 * An .eml is bytes: each part declares its own charset and transfer encoding, which postal-mime
 * decodes. Only binary content is refused here. The text kept for locating parts is the message
 * as UTF-8 when it is valid, else Latin-1 (one character per byte, so lines still count right).
 */
export function decodeEml(file: string, bytes: Uint8Array): string {
  const text = new TextDecoder(firstInvalidUtf8(bytes) < 0 ? 'utf-8' : 'latin1').decode(bytes);
  if (looksBinary(bytes) || mostlyControls(text)) throw new InputError(file, 'is not a text file (binary content); expected an RFC 5322 message');
  return text;
}

export function sourceFromBytes(file: string, kind: SourceKind, bytes: Uint8Array): Source {
  return kind === 'eml' ? { file, kind, text: decodeEml(file, bytes), bytes } : { file, kind, text: decodeHtml(file, bytes) };
}

export function describeFsError(error: unknown): string {
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
export async function readStdin(stream: AsyncIterable<Uint8Array | string> = process.stdin): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
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
