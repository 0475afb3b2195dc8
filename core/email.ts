/**
 * `analyzeEmail`: a raw RFC 5322 message (.eml) parsed by postal-mime, which runs in browsers,
 * workers and Node alike, then analysed with its subject, headers, HTML and text parts.
 */
import PostalMime, { type Email } from 'postal-mime';
import type { Analyzer } from './analyze.ts';
import { binaryContent, byteOrderMark, headChars, latin1, readUtf16 } from './text/bytes.ts';
import { c1AsWindows1252 } from './text/encodings.ts';
import type { AnalyzeOptions, EmailInput, Report } from './types.ts';
import { checkRawMessage } from './validate.ts';

export type RawEmail = string | Uint8Array | ArrayBuffer;

export class EmailParseError extends Error {
  override readonly name = 'EmailParseError';
}

/**
 * Header fields → `analyze()`'s `headers` object. The names come from the mail, so they are
 * gathered in a `Map` and handed over as an object without a prototype: a field named
 * `constructor`, `__proto__` or `toString` is a field like any other.
 */
export function headerRecord(fields: Iterable<{ readonly name: string; readonly value: string }>): Record<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const { name, value } of fields) {
    const key = name.toLowerCase();
    const values = byName.get(key);
    if (values) values.push(value);
    else byName.set(key, [value]);
  }
  const record = Object.create(null) as Record<string, string[]>;
  for (const [name, values] of byName) record[name] = values;
  return record;
}

/**
 * The message's own (top-level) header fields, raw: encoded-words stay encoded. postal-mime reads
 * each header line as UTF-8, so a byte of another charset arrives as U+FFFD (what
 * core/headers/fields.ts `rawCharacters` counts); the headers of an attached message (message/rfc822)
 * are not among them.
 */
function headersOf(email: Email): Record<string, string[]> {
  return headerRecord((email.headers ?? []).map(({ key, value }) => ({ name: key, value })));
}

/**
 * The message without a leading UTF-8 byte-order mark, which editors on Windows save: postal-mime
 * would read the BOM as part of the first header name, so the headers would end before they began
 * and every header finding be lost. The one place every entry point passes through (analyzeEmail,
 * the CLI, the extension's popup). The CLI's positions count in the file's text as decoded without
 * a BOM, so they stay right.
 */
function withoutBom(raw: RawEmail): RawEmail {
  if (typeof raw === 'string') return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  return byteOrderMark(bytes) === 'utf-8' ? bytes.subarray(3) : raw;
}

/**
 * How a message starts: with markup (`markup`: `<` after any byte-order mark and white space, as
 * `<!doctype`, `<html` or `<p` do), which is HTML and never a header block; with a header line
 * (`headers`), after an mbox `From ` line if there is one; with a blank line (`blank-line`), which
 * ends a header section that is empty; or with anything else (`other`). Only the first 2 KiB are
 * looked at (bytes one character each, as Latin-1; UTF-16 after its byte-order mark).
 */
export function messageStart(raw: RawEmail): 'markup' | 'headers' | 'blank-line' | 'other' {
  const head = headChars(typeof raw === 'string' || raw instanceof Uint8Array ? raw : new Uint8Array(raw), 2048);
  if (/^\s*</.test(head)) return 'markup';
  // The header line ends at a line break, or at the end of what is looked at (a one-line message,
  // a line longer than 2 KiB).
  if (/^[ \t]*\r?\n/.test(head)) return 'blank-line';
  // RFC 5322's field name: printable ASCII but the colon; white space before the colon is the
  // obsolete syntax it still reads (§4.5.2, `Subject : hi`).
  return /^(?:From [^\r\n]*\r?\n)?[!-9;-~]+[ \t]*:[^\r\n]*(?:\r?\n|$)/.test(head) ? 'headers' : 'other';
}

/** Offset of the blank line that ends the header section (its first LF LF or LF CR LF), or the length. */
function headerSectionEnd(bytes: Uint8Array): number {
  for (let index = bytes.indexOf(0x0a); index >= 0; index = bytes.indexOf(0x0a, index + 1)) {
    const next = bytes[index + 1];
    if (next === 0x0a || (next === 0x0d && bytes[index + 2] === 0x0a)) return index + 1;
  }
  return bytes.length;
}

/**
 * Why bytes (not UTF-16) are not a message's text (core/text/bytes.ts `binaryContent`), or null.
 * A message that starts with header lines and declares a body other than text (`multipart/mixed`,
 * a bounce's `multipart/report`, `image/png`) is judged by its header section only: a part sent
 * as `Content-Transfer-Encoding: binary` (a PNG, a bounce's returned message holding one) is
 * MIME's to read, while binary header lines are no mail. Random bytes that happen to start like a
 * header line (`X: y`, ~1 in 1000 blocks) have random bytes up to their first blank line, and are
 * refused by those. Anything else, a text body included, is judged whole. The one check of
 * analyzeEmail() and explain() (`rawMessageText`) and the CLI's .eml files and bounces
 * (cli/source.ts, cli/commands/explain.ts).
 */
export function binaryMessage(bytes: Uint8Array): string | null {
  if (messageStart(bytes) !== 'headers') return binaryContent(bytes);
  const section = bytes.subarray(0, headerSectionEnd(bytes));
  // The top-level type, its value folded onto the next line or not (a linear scan of the section).
  const type = /^content-type[ \t]*:\s*([a-z0-9!#$&^_.+-]+)\//im.exec(latin1(section))?.[1]?.toLowerCase();
  return binaryContent(type === undefined || type === 'text' ? bytes : section);
}

/**
 * A raw message as text to parse, or why it is not text: a string as it is; bytes after a UTF-16
 * byte-order mark decoded (core/text/bytes.ts `readUtf16`, as the CLI reads such a file); other
 * bytes as they are, unless `binaryMessage` refuses them. Random or compressed bytes, an Outlook
 * .msg, a PNG would otherwise be parsed as a message of garbage and scored, slowly.
 */
export function rawMessageText(raw: RawEmail): { readonly raw: string | Uint8Array } | { readonly binary: string } {
  if (typeof raw === 'string') return { raw };
  const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  const utf16 = readUtf16(bytes);
  if (utf16 !== null) return 'binary' in utf16 ? utf16 : { raw: utf16.text };
  const binary = binaryMessage(bytes);
  return binary ? { binary } : { raw: bytes };
}

/**
 * A decoded part with its lines ended as postal-mime ends those of a part stored as is (7bit,
 * 8bit) or quoted-printable: at LF, a CR before it dropped. A base64 part comes out as its bytes
 * decode, with the CRLF of the text it encoded (and quoted-printable's `=0D=0A` as CRLF too): the
 * same text would count every line break twice, moving offsets and the characters the phrase rules'
 * cut counts (unchecked-text). (The HTML's size, gmail-clipping's and `htmlBytes`, counts a line
 * break as sent, CRLF, whatever the text holds: measureBytes.) A lone CR stays, as it stays in a
 * part stored as is.
 */
function lfLineEnds(part: string): string {
  return part.includes('\r\n') ? part.replace(/\r\n/g, '\n') : part;
}

/**
 * What postal-mime read from the message, as `analyze()` input. HTML is refused (EmailParseError):
 * postal-mime reads whatever precedes the first blank line as headers, so a template would be
 * scored as a message with an empty body, and pass. Anything else is read as leniently as
 * postal-mime reads it (an mbox `From ` line, a leading blank line, bare CR line ends, an .emlx
 * byte count); the CLI refuses more of those for a file named .eml (cli/source.ts `decodeEml`).
 */
export async function emailToInput(raw: RawEmail): Promise<EmailInput> {
  checkRawMessage(raw, 'analyzeEmail()');
  const read = rawMessageText(raw);
  if ('binary' in read) throw new EmailParseError(`Not a MIME message: it is not text (${read.binary}); analyzeEmail() expects an RFC 5322 message`);
  return messageTextToInput(read.raw);
}

/**
 * `emailToInput` after its binary check: a message already read as text (`rawMessageText`'s
 * `raw`, or bytes `binaryMessage` passed, as the CLI's .eml files are, cli/source.ts `decodeEml`),
 * so that its bytes are judged once, not once by the caller and again here. Markup is still
 * refused (it looks at the first 2 KiB only).
 */
export async function messageTextToInput(text: string | Uint8Array): Promise<EmailInput> {
  if (messageStart(text) === 'markup') throw new EmailParseError('Not a MIME message: it starts with markup (`<`), where its header lines (`Name: value`) belong; for HTML, call analyze({ html })');
  let email: Email;
  try {
    email = await PostalMime.parse(withoutBom(text));
  } catch (error) {
    throw new EmailParseError(`Could not parse the message as MIME: ${error instanceof Error ? error.message : String(error)}`);
  }
  // postal-mime reads a part's charset with the runtime's TextDecoder: browsers read windows-1252
  // (and ISO-8859-1 and US-ASCII, its labels) with € “ ” ™ for 0x80–0x9F, Node 20.18.3 and later
  // (before nodejs/node#60893) as Latin-1, with C1 controls. The same message must read the same
  // in the extension and the CLI: C1 controls are read as the windows-1252 bytes they were.
  return {
    ...(email.html ? { html: c1AsWindows1252(lfLineEnds(email.html)) } : {}),
    ...(email.text ? { text: c1AsWindows1252(lfLineEnds(email.text)) } : {}),
    ...(email.subject !== undefined ? { subject: c1AsWindows1252(email.subject) } : {}),
    headers: headersOf(email),
  };
}

export async function analyzeEmailWith(analyzer: Analyzer, raw: RawEmail, options?: AnalyzeOptions): Promise<Report> {
  return analyzer.analyze(await emailToInput(raw), options);
}
