/**
 * The bounce reader's MIME layer and facts: encodings, charsets, multipart trees, DSN fields,
 * transcripts and SMTP stages, status codes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findReplies, readBounce, stageOf } from '../../core/explain/bounce.ts';
import { decodeBytes, decodeHeaderWords, normalizeNewlines, parseFieldGroups, parseHeaderBlock, parseMime } from '../../core/explain/mime.ts';
import { decodeBase64, decodeQuotedPrintable, MAX_CHARSET_LABELS } from '../../core/text/encodings.ts';
import { decodeStatus, describeStatus } from '../../core/explain/status-codes.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('encodings', () => {
  it('decodes base64 and quoted-printable', () => {
    expect(text(decodeBase64('SGVsbG8sIHfDtnJsZCE='))).toBe('Hello, wörld!');
    expect(text(decodeQuotedPrintable('caf=C3=A9 =\nsoft'))).toBe('café soft');
  });

  it('decodes RFC 2047 words, including ISO-2022-JP', () => {
    expect(decodeHeaderWords('=?UTF-8?Q?Undeliverable=3A_caf=C3=A9?=')).toBe('Undeliverable: café');
    expect(decodeHeaderWords('=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=')).toBe('テスト');
    expect(decodeHeaderWords('=?utf-8?b?YQ==?= =?utf-8?b?Yg==?=')).toBe('ab');
  });
});

describe('charsets, by the bounce reader’s policy', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);

  it('reads UTF-8 and ASCII labels as UTF-8, else as Latin-1 with every byte kept', () => {
    expect(decodeBytes(bytes(0x63, 0xc3, 0xa9), 'UTF-8')).toBe('cé');
    expect(decodeBytes(bytes(0x63, 0xe9), 'utf-8')).toBe('cé');
    expect(decodeBytes(bytes(0x92), 'us-ascii')).toBe('\u0092');
  });

  it('reads other labels in their charset, and an unknown one as UTF-8, else Latin-1', () => {
    expect(decodeBytes(bytes(0x80, 0x93, 0x94), 'windows-1252')).toBe('€“”');
    expect(decodeBytes(bytes(0x80, 0x93, 0x94), 'iso-8859-1')).toBe('€“”');
    expect(decodeBytes(bytes(0xf0, 0xd2, 0xc9), 'koi8-r')).toBe('При');
    expect(decodeBytes(bytes(0xc3, 0xa9), 'x-no-such')).toBe('é');
    expect(decodeBytes(bytes(0xe9), 'x-no-such')).toBe('é');
  });

  it('a mislabelled UTF-8 header word comes out as Latin-1 here, as U+FFFD for the header rules', () => {
    expect(decodeHeaderWords('=?utf-8?q?caf=E9?=')).toBe('café');
    expect(decodeHeaderWords('=?windows-1252?q?=93Hi=94?= =?utf-8?q?_caf=C3=A9?=')).toBe('“Hi” café');
  });

  describe('one charset reader per message', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('tries at most MAX_CHARSET_LABELS labels in a whole bounce, not per header', () => {
      const Real = globalThis.TextDecoder;
      const tried = new Set<string>();
      class Counting extends Real {
        constructor(label?: string, options?: TextDecoderOptions) {
          tried.add(String(label));
          super(label, options);
        }
      }
      vi.stubGlobal('TextDecoder', Counting);
      const fields = Array.from({ length: 100 }, (_, index) => `X-H${index}: =?x-made-up-${index}?Q?a?=`).join('\n');
      const status = Array.from({ length: 100 }, (_, index) => `X-S${index}: =?x-status-${index}?Q?a?=`).join('\n');
      readBounce(
        `From: MAILER-DAEMON@b.example\nSubject: Undelivered\n${fields}\nContent-Type: multipart/report; boundary=b\n\n--b\nContent-Type: text/plain\n\n550 5.1.1 no such user\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; b.example\n\nFinal-Recipient: rfc822; a@c.example\nStatus: 5.1.1\n${status}\n--b--\n`,
      );
      expect(tried.size).toBeGreaterThan(0);
      expect(tried.size).toBeLessThanOrEqual(MAX_CHARSET_LABELS);
    });
  });

  it('a bad UTF-8 word is read as Latin-1 on its own, the good word before it stays UTF-8', () => {
    expect(decodeHeaderWords('=?utf-8?Q?=C3=A9?= =?utf-8?Q?=FF?=')).toBe('éÿ');
    expect(decodeHeaderWords('=?utf-8?Q?=E2=82?= =?us-ascii?Q?=AC?=')).toBe('€');
    expect(decodeHeaderWords('=?iso-2022-jp?B?GyRCJEgbKEI=?= =?iso-2022-jp?B?GyRCJEobKEI=?=')).toBe('とな');
  });
});

describe('MIME trees', () => {
  it('splits nested multiparts and keeps the embedded message', () => {
    const root = parseMime(
      [
        'Content-Type: multipart/report; report-type=delivery-status; boundary="outer"',
        '',
        '--outer',
        'Content-Type: text/plain; charset=iso-8859-1',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Zustellung fehlgeschlagen: Empf=E4nger unbekannt',
        '--outer',
        'Content-Type: message/rfc822',
        '',
        'Subject: hi',
        'Content-Type: text/plain',
        '',
        'body',
        '--outer--',
      ].join('\r\n'),
    );
    expect(root.parts.map((part) => part.type)).toEqual(['text/plain', 'message/rfc822']);
    expect(root.parts[0]?.text).toContain('Empfänger unbekannt');
    expect(root.parts[1]?.parts[0]?.text.trim()).toBe('body');
  });

  it('reads delivery-status field groups', () => {
    const groups = parseFieldGroups('Reporting-MTA: dns; a\n\nFinal-Recipient: rfc822; x@y\nAction: failed\nDiagnostic-Code: smtp; 550 5.1.1\n  user unknown\n');
    expect(groups).toHaveLength(2);
    expect(groups[1]?.find((field) => field.name === 'diagnostic-code')?.value).toBe('smtp; 550 5.1.1 user unknown');
  });

  // parseFieldGroups skips a line that opens no field itself (expl28); these are what parseHeaderBlock's
  // own reading gave, line by line, before.
  it('makes CRLF and a lone CR each one LF, left to right', () => {
    for (const text of ['a\r\nb', 'a\rb', 'a\r\r\nb', 'a\r\n\rb', '\r\n\r\n', '\n\r', 'a\r', 'no line end', '\r'.repeat(5) + '\n']) {
      expect(normalizeNewlines(text), JSON.stringify(text)).toBe(text.replace(/\r\n?/g, '\n'));
    }
    expect(normalizeNewlines('a\r\r\nb\rc')).toBe('a\n\nb\nc');
  });

  it('skips lines that open no field, and reads fields after them and after an mbox "From " line', () => {
    const groups = parseFieldGroups('Final-Recipient: rfc822; x@y\nDiagnostic-Code: smtp; 550\n-\n-\n  indented\nStatus: 5.1.1\n\n-\nFrom a@b Mon\nAction: failed\n');
    expect(groups.map((group) => group.map((field) => `${field.name}=${field.value}`))).toEqual([
      ['final-recipient=rfc822; x@y', 'diagnostic-code=smtp; 550'],
      ['status=5.1.1'],
      ['action=failed'],
    ]);
  });

  it('unfolds a value of many continuation lines, each trimmed, joined by one space', () => {
    const groups = parseFieldGroups(`Diagnostic-Code: smtp; 550\n${' -\n'.repeat(3)}\tend \n`);
    expect(groups[0]?.[0]).toEqual({ name: 'diagnostic-code', value: 'smtp; 550 - - - end', folded: 'smtp; 550\n -\n -\n -\n\tend ' });
  });

  it('reads a Diagnostic-Code followed by 100,000 "-" lines, or folded over them, in one pass', () => {
    // No timing here (bench-explain --hostile prints it: dsn-dash-lines, dsn-dash-folded); a pass per line would trip the timeout.
    expect(parseFieldGroups(`Action: failed\nDiagnostic-Code: smtp; 550\n${'-\n'.repeat(100_000)}Status: 5.1.1\n`)).toHaveLength(2);
    const folded = parseFieldGroups(`Diagnostic-Code: smtp; 550\n${' -\n'.repeat(100_000)}`);
    expect(folded[0]?.[0]?.value).toHaveLength('smtp; 550'.length + 2 * 100_000);
  });
});

describe('bounce facts', () => {
  it('finds multi-line replies and their SMTP stage', () => {
    const blocks = findReplies(
      [
        '<a@b.example>: host mx.b.example[192.0.2.1] said: 550-5.7.1 first line',
        '    550 5.7.1 second line (in reply to RCPT TO command)',
        '',
        '... while talking to mx.c.example.:',
        '>>> MAIL From:<me@a.example>',
        '<<< 553 5.1.8 <me@a.example>... Domain of sender address me@a.example does not exist',
      ].join('\n'),
    );
    const coded = blocks.filter((block) => block.coded);
    expect(coded.map((block) => block.text)).toEqual([
      '550-5.7.1 first line 550 5.7.1 second line (in reply to RCPT TO command)',
      '553 5.1.8 <me@a.example>... Domain of sender address me@a.example does not exist',
    ]);
    expect(coded.map((block) => stageOf(block))).toEqual(['rcpt', 'mail']);
  });

  it('reads Exim’s reason lines under an address when no code is quoted', () => {
    const blocks = findReplies('The following address(es) failed:\n\n  x@y.example\n    all hosts have been failing for a long time\n');
    expect(blocks.filter((block) => !block.coded).map((block) => block.text)).toEqual(['all hosts have been failing for a long time']);
  });

  it('reads an Amazon SES JSON notification', () => {
    const facts = readBounce('From: no-reply@sns.amazonaws.com\nSubject: AWS Notification Message\n\n{"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":"a@b.example","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}]}}\n');
    expect(facts.kind).toBe('bounce');
    expect(facts.recipients).toEqual([{ address: 'a@b.example', action: 'failed', status: '5.1.1', diagnosticType: 'smtp', diagnostic: '550 5.1.1 user unknown' }]);
  });

  it('tells bounces, feedback reports, auto-replies and plain messages apart', () => {
    expect(readBounce('From: MAILER-DAEMON@x\nSubject: Undelivered Mail Returned to Sender\n\nsorry').kind).toBe('bounce');
    expect(readBounce('Subject: Abuse Report\nFrom: fbl@x\n\nreport').kind).toBe('feedback');
    expect(readBounce('From: a@b\nSubject: Out of Office: hi\nAuto-Submitted: auto-replied\n\naway').kind).toBe('auto-reply');
    expect(readBounce('From: a@b\nSubject: hi\n\nhello').kind).toBe('message');
    expect(readBounce('hello there').kind).toBe('unknown');
  });
});

describe('status codes', () => {
  it('decodes RFC 3463 codes in plain words', () => {
    expect(describeStatus('5.1.1')).toBe('5.1.1 (permanent failure: bad destination mailbox address: the mailbox does not exist)');
    expect(describeStatus('4.2.2')).toBe('4.2.2 (temporary failure: mailbox full)');
    expect(decodeStatus('5.7.26')?.detailWords).toMatch(/multiple authentication checks failed/);
    expect(decodeStatus('5.7.515')?.detailWords).toMatch(/Microsoft/);
    expect(decodeStatus('5.9.99')?.detailWords).toBeUndefined();
    expect(decodeStatus('5.9.99')?.subjectWords).toBe('unknown subject');
    expect(decodeStatus('hello')).toBeNull();
  });
});

describe('hostile MIME gets an answer, not a stack overflow (issue 10)', () => {
  const depthOf = (entity: ReturnType<typeof parseMime>): number => {
    // iterative: the tree is the parser's answer, so this must not recurse on it either
    let deepest = 0;
    const stack: [ReturnType<typeof parseMime>, number][] = [[entity, 1]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop() as [ReturnType<typeof parseMime>, number];
      deepest = Math.max(deepest, depth);
      for (const part of node.parts) stack.push([part, depth + 1]);
    }
    return deepest;
  };
  const partsOf = (entity: ReturnType<typeof parseMime>): number => 1 + entity.parts.reduce((sum, part) => sum + partsOf(part), 0);

  it('10,000 nested multiparts or embedded messages are read 8 levels deep, the rest kept as text', () => {
    const multiparts = Array.from({ length: 10_000 }, (_, level) => `Content-Type: multipart/mixed; boundary="b${level}"\n\n--b${level}\n`).join('') + 'Content-Type: text/plain\n\n550 5.1.1 user unknown';
    const tree = parseMime(multiparts);
    expect(depthOf(tree)).toBeLessThanOrEqual(9);
    const messages = 'Subject: x\nContent-Type: message/rfc822\n\n'.repeat(10_000) + 'Subject: inner\n\nhello';
    expect(depthOf(parseMime(messages))).toBeLessThanOrEqual(9);
    expect(readBounce(multiparts).kind).toBeDefined();
  });

  it('100,000 parts are read up to 200', () => {
    const many = 'Content-Type: multipart/mixed; boundary=b\n\n' + '--b\nContent-Type: text/plain\n\nx\n'.repeat(100_000) + '--b--\n';
    expect(partsOf(parseMime(many))).toBeLessThanOrEqual(202); // the root, 200 parts and the rest of the body as one
  });

  it('boundaries that never close, that prefix each other, or repeat, still split', () => {
    const unclosed = parseMime('Content-Type: multipart/mixed; boundary=b\n\n--b\n\none\n--b\n\ntwo');
    expect(unclosed.parts.map((part) => part.text.trim())).toEqual(['one', 'two']);
    const prefixed = parseMime('Content-Type: multipart/mixed; boundary=b\n\n' + '--bb\n'.repeat(50_000) + '--b\n\nreal\n--b--');
    expect(prefixed.parts.at(-1)?.text.trim()).toBe('real');
  });

  it('100,000 folded header lines and 100,000 encoded words are one field', () => {
    const folded = parseHeaderBlock('X-Long: a\n' + ' b\n'.repeat(100_000) + 'Subject: s\n\nbody');
    expect(folded.headers.map((field) => field.name)).toEqual(['x-long', 'subject']);
    expect(decodeHeaderWords('=?utf-8?q?a?= '.repeat(100_000)).startsWith('aaaa')).toBe(true);
  });
});
