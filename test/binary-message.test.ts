/**
 * Which raw messages are binary (core/email.ts `binaryMessage`, `rawMessageText`), for analyzeEmail(),
 * explain() and the CLI alike (review rev43e): a message that starts with header lines is judged by
 * its header section, so a part sent as `Content-Transfer-Encoding: binary` is read as MIME says;
 * anything else whole. UTF-16 with a byte-order mark is read as the text it is, as the CLI reads it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEmail, EmailParseError, explain } from '../core/index.ts';
import { binaryMessage } from '../core/email.ts';
import { BINARY_AFTER_UTF16_MARK, binaryContent } from '../core/text/bytes.ts';
import { bounceOf, concat, png, pseudoRandom, utf16, withLogo } from './fixtures/binary-mail.ts';

const summary = (report: { score: number; findings: readonly { rule: string; points: number }[] }) => ({
  score: report.score,
  findings: report.findings.map((finding) => [finding.rule, finding.points]),
});

describe('a message with a part sent as raw binary', () => {
  it('is read by analyzeEmail() as the same message with the part in base64', async () => {
    for (const size of [8 * 1024, 30 * 1024]) {
      const image = png(size, size);
      const raw = withLogo(image, 'binary');
      // The whole is binary (what main refused); its header section is not.
      expect(binaryContent(raw), `${size} bytes`).toMatch(/^binary content: /);
      expect(binaryMessage(raw)).toBeNull();
      expect(summary(await analyzeEmail(raw))).toEqual(summary(await analyzeEmail(withLogo(image, 'base64'))));
    }
  });

  it('returned in a bounce is no reason to leave the bounce unread', () => {
    const image = png(30 * 1024, 7);
    const binary = explain(bounceOf(withLogo(image, 'binary')));
    expect(binary.findings[0]?.rule).toBe('unknown-recipient');
    expect(binary.findings.map((finding) => finding.rule)).toEqual(explain(bounceOf(withLogo(image, 'base64'))).findings.map((finding) => finding.rule));
  });
});

describe('binary bytes are still refused', () => {
  it('when they start like a header line: their header section (up to the first blank line) is binary', async () => {
    const raw = concat('X: y\n', pseudoRandom(64 * 1024, 5));
    // Random bytes have no blank line for a while: the section is kilobytes of them.
    expect(binaryMessage(raw)).toMatch(/^binary content: /);
    const error: unknown = await analyzeEmail(raw).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(EmailParseError);
    expect((error as Error).message).toBe(`Not a MIME message: it is not text (${binaryMessage(raw) ?? ''}); analyzeEmail() expects an RFC 5322 message`);
    expect(explain(raw).findings.map((finding) => [finding.rule, finding.evidence])).toEqual([['unrecognised-input', binaryMessage(raw)]]);
  });

  it('10 MB of random bytes, whole', async () => {
    const raw = pseudoRandom(10 * 1024 * 1024, 10);
    expect(binaryMessage(raw)).toMatch(/^binary content: /);
    await expect(analyzeEmail(raw)).rejects.toBeInstanceOf(EmailParseError);
    expect(explain(raw).findings.map((finding) => finding.rule)).toEqual(['unrecognised-input']);
  });

  it('with binary header lines, whatever follows', () => {
    const raw = concat('Subject: hi\n', pseudoRandom(200, 3), '\n\nhello there\n');
    expect(binaryMessage(raw)).toMatch(/^binary content: /);
  });
});

describe('UTF-16 with a byte-order mark', () => {
  const SPAM = 'From: a@example.com\r\nTo: b@example.org\r\nSubject: Win money now\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nCongratulations! You have won $1,000,000. Click here to claim your prize now!\r\n';
  const BOUNCE = 'Subject: Undelivered Mail Returned to Sender\r\n\r\n<b@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <b@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)\r\n';

  it('is read by analyzeEmail() and explain() as the text it is', async () => {
    const expected = summary(await analyzeEmail(SPAM));
    expect(expected.score).toBeGreaterThan(5);
    const bounce = explain(BOUNCE);
    expect(bounce.findings[0]?.rule).toBe('unknown-recipient');
    for (const endian of ['le', 'be'] as const) {
      const bytes = utf16(SPAM, endian);
      expect(summary(await analyzeEmail(bytes)), endian).toEqual(expected);
      expect(summary(await analyzeEmail(bytes.slice().buffer)), endian).toEqual(expected);
      expect(explain(utf16(BOUNCE, endian)).findings, endian).toEqual(bounce.findings);
    }
  });

  it('is refused when what follows the mark is binary, with the reason the CLI gives', async () => {
    for (const endian of ['le', 'be'] as const) {
      const raw = pseudoRandom(1024 * 1024, 16);
      raw.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
      const error: unknown = await analyzeEmail(raw).catch((thrown: unknown) => thrown);
      expect(error, endian).toBeInstanceOf(EmailParseError);
      expect((error as Error).message).toBe(`Not a MIME message: it is not text (${BINARY_AFTER_UTF16_MARK}); analyzeEmail() expects an RFC 5322 message`);
      expect(explain(raw).findings.map((finding) => [finding.rule, finding.evidence])).toEqual([['unrecognised-input', BINARY_AFTER_UTF16_MARK]]);
    }
    // Units that decode, but to control characters (NUL-padded data after the mark).
    const controls = new Uint8Array(4096);
    controls.set([0xff, 0xfe]);
    for (let index = 2; index < controls.length; index += 2) controls[index] = 0x01;
    await expect(analyzeEmail(controls)).rejects.toThrow(BINARY_AFTER_UTF16_MARK);
  });
});

describe('a message whose body is text', () => {
  it('is judged whole: a binary body under text headers is no text (no Content-Type, or text/plain)', async () => {
    const image = png(8 * 1024, 4);
    for (const head of ['Subject: x\n\n', 'Subject: x\nContent-Type: text/plain\n\n', 'Subject: x\r\nContent-Type:\r\n text/html; charset=utf-8\r\n\r\n']) {
      const raw = concat(head, image);
      expect(binaryMessage(raw), JSON.stringify(head)).toBe(binaryContent(raw));
      expect(binaryMessage(raw)).toMatch(/^binary content: /);
      await expect(analyzeEmail(raw)).rejects.toBeInstanceOf(EmailParseError);
    }
    // Declared as an image, the body is MIME's to read: only the header section is judged.
    expect(binaryMessage(concat('Subject: x\nContent-Type: image/png\nContent-Transfer-Encoding: binary\n\n', image))).toBeNull();
    // Text in a legacy charset sent as `binary` is text (no control bytes).
    const koi8 = Uint8Array.from({ length: 2000 }, (_, index) => (index % 7 === 6 ? 0x20 : 0xc0 + (index % 32)));
    expect(binaryMessage(concat('Subject: x\nContent-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: binary\n\n', koi8))).toBeNull();
  });
});
