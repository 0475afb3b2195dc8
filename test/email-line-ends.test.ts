/**
 * The same text reads the same whatever its transfer encoding (core/email.ts `emailToInput`).
 * postal-mime ends the lines of a 7bit, 8bit or quoted-printable part with LF (it reads the part
 * line by line), but hands a base64 part over as its bytes decode, with the CRLF of the text it
 * encoded, and a quoted-printable `=0D=0A` as CRLF too. Every line break counted twice moved the
 * offsets, the characters unchecked-text counts and the word it quotes, and the HTML's size that
 * gmail-clipping weighs and the report's `htmlBytes` give.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, emailToInput, type Finding, type Report } from '../core/index.ts';
import { GMAIL_CLIP_BYTES } from '../core/message/parse-html.ts';

const rules = new URL('./rules/', import.meta.url);
/** A fixture's text with its lines ended as mail ends them on the wire (CRLF). */
const fixture = (path: string): string => readFileSync(new URL(path, rules), 'utf8').replace(/\r?\n/g, '\r\n');

const header = (type: string, encoding: string) =>
  `From: Ann <ann@shop.example>\r\nTo: bo@example.org\r\nSubject: News\r\nDate: Mon, 7 Dec 2026 06:00:00 +0000\r\nMessage-ID: <n1@shop.example>\r\nMIME-Version: 1.0\r\nContent-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n`;
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
/**
 * Quoted-printable that writes every line break as the encoded bytes `=0D=0A`, its lines kept short
 * by soft line breaks (never inside an `=XX`), the last one too (so no line break is added).
 */
const encodedBreaks = (text: string) =>
  text
    .replace(/=/g, '=3D')
    .replace(/\r\n/g, '=0D=0A')
    .replace(/(?:=[0-9A-F]{2}|[^=]){1,60}/g, '$&=\r\n');

/** The one text as each transfer encoding stores it. */
function asEach(type: string, text: string): Record<string, string> {
  return {
    '8bit': header(type, '8bit') + text,
    base64: header(type, 'base64') + base64(text),
    'quoted-printable, =0D=0A': header(type, 'quoted-printable') + encodedBreaks(text),
  };
}

/** Fixtures (a .txt is a text/plain part, an .html a text/html one) and a rule each fires in whatever a line break counts. */
const FIRES: Readonly<Record<string, string>> = {
  'unchecked-text/fail/pitch-after-a-long-digest.txt': 'unchecked-text',
  'form-by-reply/fail/short-form.txt': 'form-by-reply',
  'gmail-clipping/fail/unsubscribe-after-cut.html': 'gmail-clipping',
  'short-pitch/fail/pharma-pitch.html': 'pharma-phrase',
};

describe('a part read the same in every transfer encoding', () => {
  it.each(Object.entries(FIRES))('%s: same input, same report', async (path, rule) => {
    const type = path.endsWith('.html') ? 'text/html' : 'text/plain';
    const text = fixture(path);
    const inputs = await Promise.all(Object.values(asEach(type, text)).map((raw) => emailToInput(raw)));
    const [stored, ...others] = inputs;
    const part = type === 'text/html' ? stored?.html : stored?.text;
    expect(part).toBe(text.replace(/\r\n/g, '\n'));
    // the parts and the subject; the headers differ in Content-Transfer-Encoding
    for (const input of others) expect({ ...input, headers: {} }).toEqual({ ...stored, headers: {} });
    const [report, ...reports] = inputs.map((input) => analyze(input));
    expect(report?.findings.some((finding) => finding.rule === rule)).toBe(true);
    for (const other of reports) expect(other).toEqual(report);
  });

  it('keeps a lone CR, as postal-mime keeps it in a part stored as is', async () => {
    const text = 'one\rtwo\r\nthree\n';
    const read = await Promise.all(Object.values(asEach('text/plain', text)).map(async (raw) => (await emailToInput(raw)).text));
    expect(read).toEqual(['one\rtwo\nthree\n', 'one\rtwo\nthree\n', 'one\rtwo\nthree\n']);
  });
});

/**
 * HTML whose lines, ended with LF, stay under Gmail's clip and, ended with CRLF, pass it: a line
 * break counted one way on one path and the other way on another gives one finding and not the other.
 */
function nearTheClip(): string[] {
  const lines = ['<html><body><table>'];
  let lf = lines[0]!.length;
  for (let item = 1; lf + lines.length <= GMAIL_CLIP_BYTES + 200; item++) {
    lines.push(`<tr><td style="padding:4px 8px">Item ${item} of the spring catalogue, in stock</td></tr>`);
    lf += 1 + lines.at(-1)!.length;
  }
  lines.push('</table><p><a href="https://shop.example/unsubscribe?u=7">Unsubscribe</a></p></body></html>');
  return lines;
}

/** gmail-clipping's findings, each with the source before it read with every CRLF as LF (the cut's place). */
function clipFindings(report: Report, html: string): (Omit<Finding, 'location'> & { before: string })[] {
  return report.findings
    .filter((finding) => finding.rule === 'gmail-clipping')
    .map(({ location, ...finding }) => ({ ...finding, before: html.slice(0, location?.start ?? 0).replace(/\r\n/g, '\n') }));
}

describe('the HTML weighs the same as a template with either line end and as a message in any encoding', () => {
  it('every line break counted as sent (CRLF): same size, same findings, cut at the same character', async () => {
    const lines = nearTheClip();
    // each line ended, the last too (a part stored as is reads so)
    const lf = `${lines.join('\n')}\n`;
    const crlf = `${lines.join('\r\n')}\r\n`;
    // LF alone would keep it under the clip, CRLF passes it.
    expect(Buffer.byteLength(lf)).toBeLessThanOrEqual(GMAIL_CLIP_BYTES);
    expect(Buffer.byteLength(crlf)).toBeGreaterThan(GMAIL_CLIP_BYTES);
    const messages = await Promise.all(Object.values(asEach('text/html', crlf)).map((raw) => emailToInput(raw)));
    const read: [string, Report][] = [
      [lf, analyze({ html: lf })],
      [crlf, analyze({ html: crlf })],
      ...messages.map((input): [string, Report] => [input.html ?? '', analyze(input)]),
    ];
    for (const [html, report] of read) {
      expect(report.stats.htmlBytes).toBe(Buffer.byteLength(crlf));
      expect(report.stats.clippedAtByte).toBe(GMAIL_CLIP_BYTES);
      expect(clipFindings(report, html)).toEqual(clipFindings(read[0]![1], lf));
    }
    // the cut and the unsubscribe link after it
    expect(clipFindings(read[0]![1], lf).map((finding) => finding.points)).toHaveLength(2);
  });
});
