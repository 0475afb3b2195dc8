/** From UTF-16 offsets to line and column in the file the user keeps (cli/positions.ts). */
import { describe, expect, it } from 'vitest';
import { analyze, emailToInput } from '../../core/index.ts';
import { createLocator, LineIndex, positionsOf } from '../../cli/positions.ts';
import { sourceFromBytes } from '../../cli/source.ts';

describe('LineIndex', () => {
  it('counts LF, CRLF and lone CR as line ends, and columns in UTF-16 units from 1', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh😀i');
    expect(index.locate(0)).toEqual({ line: 1, column: 1 });
    expect(index.locate(3)).toEqual({ line: 2, column: 1 });
    expect(index.locate(5)).toEqual({ line: 2, column: 3 }); // the CR of CRLF ends line 2
    expect(index.locate(7)).toEqual({ line: 3, column: 1 });
    expect(index.locate(10)).toEqual({ line: 4, column: 1 });
    expect(index.locate(14)).toEqual({ line: 4, column: 5 }); // after the surrogate pair
    expect(index.locate(99)).toEqual({ line: 4, column: 6 }); // clamped to the end
    expect(index.lineCount).toBe(4);
  });
});

async function emlLocator(raw: string | Uint8Array) {
  const source = sourceFromBytes('m.eml', 'eml', typeof raw === 'string' ? new TextEncoder().encode(raw) : raw);
  const input = await emailToInput(source.bytes ?? raw);
  return { locate: createLocator(source, input), input };
}

describe('positions in an .eml', () => {
  it('map exactly into a part stored as is, whatever its line ends', async () => {
    const raw = 'Subject: Hi there\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>one</p>\r\n<p>two café three</p>\r\n';
    const { locate, input } = await emlLocator(raw);
    const start = (input.html ?? '').indexOf('three');
    expect(locate({ in: 'html', start, end: start + 5 })).toMatchObject({ origin: 'file', line: 5, column: 13, endLine: 5, endColumn: 18 });
    expect(locate({ in: 'subject', start: 3, end: 8 })).toMatchObject({ origin: 'file', line: 1, column: 13, endColumn: 18 });
  });

  it('map exactly into a quoted-printable part, through soft line breaks and encoded bytes', async () => {
    const raw = [
      'Subject: =?UTF-8?Q?Caf=C3=A9?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'plain caf=C3=A9',
      '--b1',
      'Content-Type: text/html; charset="UTF-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p style=3D"color:red">Caf=C3=A9 =E2=82=AC 5, a long line that gets wrapp=',
      'ed here: target word</p>',
      '--b1--',
      '',
    ].join('\r\n');
    const { locate, input } = await emlLocator(raw);
    const html = input.html ?? '';
    expect(html).toBe('<p style="color:red">Café € 5, a long line that gets wrapped here: target word</p>\n');
    const at = (needle: string) => ({ in: 'html' as const, start: html.indexOf(needle), end: html.indexOf(needle) + needle.length });
    expect(locate(at('target'))).toMatchObject({ origin: 'file', line: 15, column: 10, endLine: 15, endColumn: 16 });
    // `Café` spans `Caf=C3=A9` in the file; `wrapped` spans the soft line break.
    expect(locate(at('Café'))).toMatchObject({ origin: 'file', line: 14, column: 24, endLine: 14, endColumn: 33 });
    expect(locate(at('wrapped'))).toMatchObject({ origin: 'file', line: 14, column: 69, endLine: 15, endColumn: 3 });
    expect(locate(at('€'))).toMatchObject({ origin: 'file', line: 14, column: 34, endColumn: 43 });
    const plain = input.text ?? '';
    expect(locate({ in: 'text', start: plain.indexOf('caf'), end: plain.length })).toMatchObject({ origin: 'file', line: 9, column: 7, endColumn: 16 });
  });

  it('map Latin-1 parts, quoted-printable or 8-bit', async () => {
    const qp = 'Subject: x\nContent-Type: text/html; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n<p>caf=E9 cr=E8me target</p>\n';
    const first = await emlLocator(qp);
    const html = first.input.html ?? '';
    expect(html).toContain('café crème target');
    expect(first.locate({ in: 'html', start: html.indexOf('target'), end: html.indexOf('target') + 6 })).toMatchObject({ origin: 'file', line: 5, column: 19 });
    const eightBit = new Uint8Array([...new TextEncoder().encode('Subject: x\nContent-Type: text/html; charset=iso-8859-1\n\n<p>caf'), 0xe9, ...new TextEncoder().encode(' target</p>\n')]);
    const source = sourceFromBytes('m.eml', 'eml', eightBit);
    const input = await emailToInput(eightBit);
    const at = (input.html ?? '').indexOf('target');
    expect(createLocator(source, input)({ in: 'html', start: at, end: at + 6 })).toMatchObject({ origin: 'file', line: 4, column: 9 });
  });

  it('stay in the decoded part, anchored on its header, when it is base64', async () => {
    const raw = 'Subject: =?UTF-8?B?SGkgdGhlcmU=?=\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\nPHA+b25lPC9wPgo8cD50d28gdGhyZWU8L3A+Cg==\n';
    const { locate, input } = await emlLocator(raw);
    expect(input.html).toBe('<p>one</p>\n<p>two three</p>\n');
    expect(locate({ in: 'html', start: 18, end: 23 })).toMatchObject({ origin: 'html-part', line: 2, column: 8, anchorLine: 2 });
    expect(locate({ in: 'subject', start: 3, end: 8 })).toMatchObject({ origin: 'subject', column: 4, anchorLine: 1 });
  });

  it('map a quoted-printable part whose line breaks are the encoded bytes =0D=0A, which the core reads as LF', async () => {
    const raw = 'Subject: x\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n<p>one</p>=0D=0A<p>two target</p>=0D=0A\n';
    const { locate, input } = await emlLocator(raw);
    expect(input.html).toBe('<p>one</p>\n<p>two target</p>\n\n');
    const at = (input.html ?? '').indexOf('target');
    // `=0D=0A` is the one character LF: `target` starts 29 characters into the body line
    expect(locate({ in: 'html', start: at, end: at + 6 })).toMatchObject({ origin: 'file', line: 5, column: 24, endColumn: 30 });
    expect(locate({ in: 'html', start: 10, end: 11 })).toMatchObject({ origin: 'file', line: 5, column: 11, endColumn: 17 });
  });

  it('stay in a base64 part with its line ends as the core reads them (LF), whatever the encoded text had', async () => {
    const encoded = Buffer.from('<p>one</p>\r\n<p>two three</p>\r\n').toString('base64');
    const { locate, input } = await emlLocator(`Subject: x\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${encoded}\n`);
    expect(input.html).toBe('<p>one</p>\n<p>two three</p>\n');
    expect(locate({ in: 'html', start: 18, end: 23 })).toMatchObject({ origin: 'html-part', line: 2, column: 8 });
  });

  it('map a text-only message into its text', async () => {
    const raw = 'Subject: x\nContent-Type: text/plain\n\nline one\nline two win\n';
    const { locate } = await emlLocator(raw);
    expect(locate({ in: 'text', start: 18, end: 21 })).toMatchObject({ origin: 'file', line: 5, column: 10 });
  });

  it('leave findings without a location unplaced', async () => {
    const { locate } = await emlLocator('Subject: x\n\nbody\n');
    expect(locate(undefined)).toBeNull();
    expect(locate(undefined, { rule: 'link-shortener', evidence: 'bit.ly/x' })).toBeNull();
  });

  it('place a header finding on its header field, with its evidence when written there as is', async () => {
    const raw = [
      'From: Acme Billing <billing@acme-shop.example>',
      'Reply-To: acme.billing@gmail.com',
      'To: you@example.org',
      'Subject: Your invoice',
      'Date: Tue, 03 Jun 2025 10:00:00',
      'Message-ID: <1@acme-shop.example>',
      'Content-Type: text/plain',
      '',
      'Your invoice is attached.',
      '',
    ].join('\r\n');
    const { locate, input } = await emlLocator(raw);
    const report = analyze(input);
    const placed = Object.fromEntries(report.findings.map((finding, index) => [finding.rule, positionsOf(report.findings, locate)[index]]));
    // Reply-To is line 2: the address starts at column 11.
    expect(placed['freemail-reply-to']).toMatchObject({ origin: 'file', line: 2, column: 11, endLine: 2, endColumn: 11 + 'acme.billing@gmail.com'.length, anchorLine: 2 });
    expect(placed['date-without-zone']).toMatchObject({ origin: 'file', line: 5, column: 7, anchorLine: 5 });
    // Evidence not written in the field as is (here: words about it) still gets the field's line.
    expect(locate(undefined, { rule: 'missing-date', evidence: 'a date in words' })).toMatchObject({ origin: 'file', line: 5, column: 1, endColumn: 1 + 'Date: Tue, 03 Jun 2025 10:00:00'.length });
    // A field the message lacks: unplaced, as before.
    expect(locate(undefined, { rule: 'high-priority', evidence: 'X-Priority: 1' })).toBeNull();
  });

  it('place malformed-mime-headers on the Content-Type line and on the Subject line', async () => {
    // Two Latin-1 bytes in the subject (é, è), and a Content-Type without MIME-Version.
    const raw = Buffer.from(
      ['From: Shop <news@shop.example>', 'Subject: Soldes d\u00e9but f\u00e8vrier', 'To: you@example.org', 'Content-Type: multipart/alternative; boundary="b"', '', '--b', 'Content-Type: text/plain', '', 'Hello', '--b--', ''].join('\r\n'),
      'latin1',
    );
    const { locate, input } = await emlLocator(raw);
    const report = analyze(input);
    const findings = report.findings.filter((finding) => finding.rule === 'malformed-mime-headers');
    const positions = positionsOf(findings, locate);
    const at = (evidence: RegExp) => positions[findings.findIndex((finding) => evidence.test(finding.evidence))];
    // The Content-Type finding is found by its text, on line 4; the subject's evidence shows � for
    // the raw bytes, so it is not the line as written and falls back on the Subject field, line 2.
    expect(at(/^Content-Type: multipart\/alternative/)).toMatchObject({ origin: 'file', line: 4, column: 1, endLine: 4, anchorLine: 4 });
    expect(at(/\uFFFD/)).toMatchObject({ origin: 'file', line: 2, column: 1, endLine: 2, anchorLine: 2 });
  });

  it('are the same for an .eml saved with a UTF-8 byte-order mark, UTF-8 or Latin-1', async () => {
    const lines = ['From: billing@acme-shop.example', 'Reply-To: acme.billing@gmail.com', 'Subject: Your caf\u00e9 invoice', 'Date: Tue, 03 Jun 2025 10:00:00', 'Content-Type: text/plain; charset=utf-8', '', 'Your invoice is attached: free shipping!', ''];
    for (const encoding of ['utf8', 'latin1'] as const) {
      const plain = Buffer.from(lines.join('\r\n'), encoding);
      const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
      const placed = async (raw: Uint8Array) => {
        const { locate, input } = await emlLocator(raw);
        const report = analyze(input);
        return report.findings.map((finding, index) => [finding.rule, positionsOf(report.findings, locate)[index]]);
      };
      const expected = await placed(plain);
      // The first line's field (From, without a name) is among the findings placed: a BOM must not hide it.
      expect(expected.find(([rule]) => rule === 'from-without-name')?.[1], encoding).toMatchObject({ origin: 'file', line: 1, column: 7 });
      expect(expected.some(([rule]) => rule === 'freemail-reply-to'), encoding).toBe(true);
      expect(await placed(withBom), encoding).toEqual(expected);
    }
  });

  it('follow a header field over its folded lines and past an mbox From line', async () => {
    const raw = 'From someone@example.org Tue Jun  3 10:00:00 2025\nSubject: x\nAuthentication-Results: mx.example.org;\n dkim=pass;\n dmarc=fail header.from=acme.example\nContent-Type: text/plain\n\nhi\n';
    const { locate } = await emlLocator(raw);
    expect(locate(undefined, { rule: 'sender-alignment', evidence: 'dmarc=fail' })).toMatchObject({ origin: 'file', line: 5, column: 2, endColumn: 12, anchorLine: 3 });
    expect(locate({ in: 'subject', start: 0, end: 1 })).toMatchObject({ origin: 'file', line: 2, column: 10 });
  });
});
