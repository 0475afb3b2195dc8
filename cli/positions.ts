/**
 * Turns a finding's location (UTF-16 offsets into the HTML, the plain text or the subject that
 * analyze() saw) into line and column in the file the user keeps, so that an editor, a terminal
 * and GitHub code scanning point at the right place.
 *
 * Lines end at LF, CRLF or a lone CR; lines and columns are 1-based and columns count UTF-16 code
 * units (SARIF's default `columnKind`, and what editors such as VS Code show).
 *
 * For an .eml the core sees decoded parts, not the file. A part stored as is (7bit/8bit, only line
 * endings differ) is found in the file, and a quoted-printable part is decoded again with a map
 * back to the file: both are exact. A base64 part (or one that cannot be matched) cannot be
 * mapped: the position stays relative to the decoded part, anchored on the part's
 * `Content-Type` header line, and says so. A finding with no location whose rule names header
 * fields (`headerFields`: date-without-zone → Date) points at the first of those fields in the
 * file, at its evidence when the field holds it as written.
 */
import { rules, type EmailInput, type Finding, type Location } from '../core/index.ts';
import { c1AsWindows1252 } from '../core/text/encodings.ts';
import type { Source } from './source.ts';

/** Where `line`/`column` count from. */
export type PositionOrigin =
  /** the file itself: exact */
  | 'file'
  /** the decoded HTML part of an .eml that is encoded in the file */
  | 'html-part'
  /** the decoded text/plain part of an .eml that is encoded in the file */
  | 'text-part'
  /** the subject given with --subject, or a Subject header that is encoded in the file */
  | 'subject';

export interface Position {
  readonly origin: PositionOrigin;
  readonly line: number;
  readonly column: number;
  /** exclusive: the column just after the last character, as in SARIF */
  readonly endLine: number;
  readonly endColumn: number;
  /** a line in the file to attach the finding to when `origin` is not `file` (a header line) */
  readonly anchorLine: number;
}

/** Offsets of the starts of lines. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 10) this.starts.push(index + 1);
      else if (code === 13) {
        if (text.charCodeAt(index + 1) === 10) index++;
        this.starts.push(index + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line and column of a UTF-16 offset (clamped to the text). */
  locate(offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - (this.starts[low] ?? 0) + 1 };
  }

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))] ?? 0;
  }
}

/** Line endings normalised to LF, as postal-mime hands out the decoded parts. */
function toLf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

interface Region {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

function regionIn(index: LineIndex, start: number, end: number): Region {
  const from = index.locate(start);
  const to = index.locate(Math.max(start, end));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** Offsets in the (LF-normalised) file of a span of a decoded part. */
type ToRaw = (start: number, end: number) => { start: number; end: number };

/** A decoded part of an .eml and, when it can be found, how its offsets map into the file. */
interface PartMap {
  /** lines of the decoded part, for positions that cannot be mapped */
  readonly index: LineIndex;
  readonly toRaw: ToRaw | null;
  /** the part's Content-Type header line, to anchor positions that cannot be mapped */
  readonly anchorLine: number;
}

/**
 * A part stored as is (7bit/8bit): only CRLF → LF differs, so it is found verbatim in the file
 * with its C1 controls read as windows-1252 (`shownRaw`, as core/email.ts reads the part; one
 * character for one, so offsets are the file's). Searching from its own header keeps a short part
 * from matching by chance in the headers.
 */
function verbatim(shownRaw: string, part: string, headerAt: number): ToRaw | null {
  const body = part.replace(/\s+$/, '');
  const found = shownRaw.indexOf(body, headerAt);
  return found < 0 ? null : (start, end) => ({ start: found + start, end: found + end });
}

const UTF8_CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);

/** Where the body of the part whose header is at `headerAt` starts and ends, and its headers. */
function partBody(lfRaw: string, headerAt: number): { headers: string; start: number; end: number } | null {
  const blank = lfRaw.lastIndexOf('\n\n', headerAt);
  const boundaryLine = lfRaw.lastIndexOf('\n--', headerAt);
  const headersStart = Math.max(blank >= 0 ? blank + 2 : 0, boundaryLine >= 0 ? boundaryLine + 1 : 0);
  const headersEnd = lfRaw.indexOf('\n\n', headerAt);
  if (headersEnd < 0) return null;
  const start = headersEnd + 2;
  let end = lfRaw.length;
  for (const [, boundary] of lfRaw.matchAll(/boundary="?([^";\s]+)"?/gi)) {
    // The line break before a boundary belongs to the boundary (RFC 2046).
    const at = lfRaw.indexOf(`\n--${boundary}`, start - 1);
    if (at >= 0 && at < end) end = at;
  }
  return { headers: lfRaw.slice(headersStart, headersEnd), start, end };
}

/**
 * A quoted-printable part (how most ESPs store HTML): decoded here again, keeping for every
 * decoded character the span of file text it came from (`=C3=A9` → `é`; soft line breaks
 * dropped). Trusted only when the result is exactly what postal-mime decoded.
 */
function quotedPrintable(lfRaw: string, part: string, headerAt: number): ToRaw | null {
  const body = partBody(lfRaw, headerAt);
  if (!body || !/^content-transfer-encoding:[ \t]*quoted-printable/im.test(body.headers)) return null;
  const charset = (/charset="?([^";\s]+)/i.exec(body.headers)?.[1] ?? 'us-ascii').toLowerCase();

  const bytes: number[] = [];
  const byteFrom: number[] = [];
  const byteTo: number[] = [];
  const push = (byte: number, from: number, to: number) => {
    bytes.push(byte);
    byteFrom.push(from);
    byteTo.push(to);
  };
  const encoder = new TextEncoder();
  for (let index = body.start; index < body.end; ) {
    if (lfRaw[index] === '=') {
      const soft = /^=[ \t]*\n/.exec(lfRaw.slice(index, index + 80));
      if (soft) {
        index += soft[0].length;
        continue;
      }
      const hex = lfRaw.slice(index + 1, index + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        push(Number.parseInt(hex, 16), index, index + 3);
        index += 3;
        continue;
      }
    }
    const code = lfRaw.codePointAt(index) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (code < 0x80) push(code, index, index + 1);
    else for (const byte of encoder.encode(String.fromCodePoint(code))) push(byte, index, index + width);
    index += width;
  }

  const units: string[] = [];
  const unitFrom: number[] = [];
  const unitTo: number[] = [];
  if (UTF8_CHARSETS.has(charset)) {
    const decoder = new TextDecoder('utf-8');
    for (let at = 0; at < bytes.length; ) {
      const lead = bytes[at] ?? 0;
      const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      const text = c1AsWindows1252(decoder.decode(Uint8Array.from(bytes.slice(at, at + length))));
      for (const unit of text.split('')) {
        units.push(unit);
        unitFrom.push(byteFrom[at] ?? body.end);
        unitTo.push(byteTo[Math.min(at + length, bytes.length) - 1] ?? body.end);
      }
      at += length;
    }
  } else {
    let decoder: InstanceType<typeof TextDecoder>;
    try {
      decoder = new TextDecoder(charset);
    } catch {
      return null; // a charset TextDecoder does not know: not mapped
    }
    for (let at = 0; at < bytes.length; at++) {
      const text = c1AsWindows1252(decoder.decode(Uint8Array.of(bytes[at] ?? 0)));
      if (text.length !== 1) return null; // a multi-byte charset: not mapped
      units.push(text);
      unitFrom.push(byteFrom[at] ?? body.end);
      unitTo.push(byteTo[at] ?? body.end);
    }
  }
  // An encoded line break (`=0D=0A`) is one LF in what the core reads (core/email.ts `lfLineEnds`):
  // it spans both encoded bytes.
  // One pass, compacting the three columns in place.
  let kept = 0;
  for (let at = 0; at < units.length; at++) {
    const from = unitFrom[at] ?? body.end;
    if (units[at] === '\r' && units[at + 1] === '\n') {
      unitFrom[at + 1] = from;
      continue;
    }
    units[kept] = units[at] as string;
    unitFrom[kept] = from;
    unitTo[kept] = unitTo[at] ?? body.end;
    kept++;
  }
  units.length = unitFrom.length = unitTo.length = kept;
  const decoded = units.join('');
  const expected = part.replace(/\s+$/, '');
  if (!decoded.startsWith(expected) || decoded.slice(expected.length).trim() !== '') return null;
  // Offsets past the decoded text (the trailing line break postal-mime keeps) clamp to its end.
  return (start, end) => {
    const from = unitFrom[start] ?? body.end;
    const last = Math.min(end, units.length) - 1;
    return { start: from, end: end > start && last >= start ? (unitTo[last] ?? from) : from };
  };
}

function mapPart(lfRaw: string, shownRaw: string, rawIndex: LineIndex, part: string, contentType: RegExp): PartMap {
  const index = new LineIndex(part);
  const headers = [...lfRaw.matchAll(contentType)];
  const anchorLine = headers[0] ? rawIndex.locate(headers[0].index).line : 1;
  if (part.trim() === '') return { index, toRaw: null, anchorLine };
  // A message can hold several parts of the type (an attached .html): the one that decodes to
  // what the core read is the one.
  for (const header of headers) {
    const toRaw = verbatim(shownRaw, part, header.index) ?? quotedPrintable(lfRaw, part, header.index);
    if (toRaw) return { index, toRaw, anchorLine: rawIndex.locate(header.index).line };
  }
  // A message without any Content-Type is one text/plain body after the headers (RFC 2045).
  if (headers.length === 0) {
    const toRaw = verbatim(shownRaw, part, Math.max(0, lfRaw.indexOf('\n\n')));
    if (toRaw) return { index, toRaw, anchorLine };
  }
  return { index, toRaw: null, anchorLine };
}

/** What a locator reads of a finding besides its location: the rule (its header fields) and the evidence. */
export type LocatedFinding = Pick<Finding, 'rule' | 'evidence'>;

/**
 * Where a finding is in the file: from its location, or, for a finding about header fields
 * (core/rules/rule.ts `headerFields`) in an .eml, the header field.
 */
export type Locator = (location: Location | undefined, finding?: LocatedFinding) => Position | null;

/** The header fields each rule's findings are about, as the rules name them. */
const HEADER_FIELDS: ReadonlyMap<string, readonly string[]> = new Map(rules.flatMap((rule) => (rule.headerFields ? [[rule.id, rule.headerFields] as const] : [])));

/** A header field of an .eml: its lower-case name, where it starts, where its value starts, and where it ends (folded lines included, the last line break not). */
interface HeaderField {
  readonly name: string;
  readonly start: number;
  readonly valueStart: number;
  readonly end: number;
}

/** The header fields of an LF-normalised message, in order (an mbox `From ` line and other lines that are not fields skipped). */
function headerFieldsOf(lfRaw: string): HeaderField[] {
  const blank = lfRaw.indexOf('\n\n');
  const headerEnd = blank < 0 ? lfRaw.length : blank;
  const fields: { name: string; start: number; valueStart: number; end: number }[] = [];
  let current: (typeof fields)[number] | null = null;
  for (let start = 0; start <= headerEnd; ) {
    const newline = lfRaw.indexOf('\n', start);
    const end = newline < 0 || newline > headerEnd ? headerEnd : newline;
    const first = lfRaw[start];
    if ((first === ' ' || first === '\t') && current) current.end = end;
    else {
      const name = /^([!-9;-~]+)[ \t]*:/.exec(lfRaw.slice(start, Math.min(end, start + 200)));
      current = name ? { name: (name[1] ?? '').toLowerCase(), start, valueStart: start + name[0].length, end } : null;
      if (current) fields.push(current);
    }
    start = end + 1;
  }
  return fields;
}

/** A locator for an HTML template: `html` offsets are offsets into the file's text. */
function htmlLocator(source: Source, subject: string | undefined): Locator {
  const index = new LineIndex(source.text);
  const subjectIndex = new LineIndex(subject ?? '');
  return (location) => {
    if (!location) return null;
    if (location.in === 'subject') return { origin: 'subject', ...regionIn(subjectIndex, location.start, location.end), anchorLine: 1 };
    // An HTML file has no separate text part: `text` offsets are never left unmapped by the core,
    // but if they were, the text is the file's text.
    return { origin: 'file', ...regionIn(index, location.start, location.end), anchorLine: 1 };
  };
}

/** A locator for an .eml, given what postal-mime decoded from it. */
function emlLocator(source: Source, input: EmailInput): Locator {
  const lfRaw = toLf(source.text);
  // The file as the core reads its parts: C1 controls as windows-1252 (core/email.ts), one character for one.
  const shownRaw = c1AsWindows1252(lfRaw);
  const rawIndex = new LineIndex(lfRaw);
  let html: PartMap | undefined;
  let text: PartMap | undefined;
  const htmlPart = () => (html ??= mapPart(lfRaw, shownRaw, rawIndex, input.html ?? '', /^content-type:[ \t]*text\/html/gim));
  const textPart = () => (text ??= mapPart(lfRaw, shownRaw, rawIndex, input.text ?? '', /^content-type:[ \t]*text\/plain/gim));

  const fields = headerFieldsOf(lfRaw);
  const subject = input.subject ?? '';
  const subjectIndex = new LineIndex(subject);
  // The Subject header maps exactly when its raw value is the decoded subject (no encoded words,
  // not folded); otherwise positions count in the decoded subject, anchored on the header line.
  const subjectField = fields.find((field) => field.name === 'subject');
  let subjectAt: number | null = null;
  let subjectLine = 1;
  if (subjectField) {
    const valueStart = subjectField.valueStart + (/^[ \t]*/.exec(lfRaw.slice(subjectField.valueStart, subjectField.end))?.[0].length ?? 0);
    const lineEnd = lfRaw.indexOf('\n', valueStart);
    const value = lfRaw.slice(valueStart, lineEnd < 0 ? undefined : lineEnd);
    subjectLine = rawIndex.locate(subjectField.start).line;
    const folded = lineEnd >= 0 && lineEnd < subjectField.end;
    if (!folded && value.replace(/\s+$/, '') === subject.replace(/\s+$/, '')) subjectAt = valueStart;
  }

  /** A finding with no location, about header fields its rule names: the field, and the evidence in it when it is there as written. */
  const inHeaderField = (finding: LocatedFinding | undefined): Position | null => {
    const names = finding ? HEADER_FIELDS.get(finding.rule) : undefined;
    if (!finding || !names) return null;
    // Evidence is shortened at its end (…) and on one line: its start, as written, is searched.
    const head = finding.evidence.split('…')[0]?.trim() ?? '';
    const named = names.flatMap((name) => fields.filter((field) => field.name === name));
    for (const field of named) {
      const at = head === '' ? -1 : lfRaw.slice(field.start, field.end).indexOf(head);
      if (at >= 0) return { origin: 'file', ...regionIn(rawIndex, field.start + at, field.start + at + head.length), anchorLine: rawIndex.locate(field.start).line };
    }
    const field = named[0];
    if (!field) return null;
    const lineEnd = lfRaw.indexOf('\n', field.start);
    return { origin: 'file', ...regionIn(rawIndex, field.start, lineEnd < 0 || lineEnd > field.end ? field.end : lineEnd), anchorLine: rawIndex.locate(field.start).line };
  };

  return (location, finding) => {
    if (!location) return inHeaderField(finding);
    if (location.in === 'subject') {
      if (subjectAt !== null) {
        return { origin: 'file', ...regionIn(rawIndex, subjectAt + location.start, subjectAt + location.end), anchorLine: subjectLine };
      }
      return { origin: 'subject', ...regionIn(subjectIndex, location.start, location.end), anchorLine: subjectLine };
    }
    const part = location.in === 'html' ? htmlPart() : textPart();
    if (part.toRaw) {
      const raw = part.toRaw(location.start, location.end);
      return { origin: 'file', ...regionIn(rawIndex, raw.start, raw.end), anchorLine: part.anchorLine };
    }
    const region = regionIn(part.index, location.start, location.end);
    return { origin: location.in === 'html' ? 'html-part' : 'text-part', ...region, anchorLine: part.anchorLine };
  };
}

/**
 * The locator for a source. `input` is what analyze() was given: the decoded parts for an .eml,
 * and the subject given with --subject for HTML.
 */
export function createLocator(source: Source, input: EmailInput): Locator {
  return source.kind === 'eml' ? emlLocator(source, input) : htmlLocator(source, input.subject);
}

export function positionsOf(findings: readonly Finding[], locate: Locator): (Position | null)[] {
  return findings.map((finding) => locate(finding.location, finding));
}
