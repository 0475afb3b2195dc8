import { describe, expect, it } from 'vitest';
import { analyzeEmail, emailToInput } from '../../../core/index.ts';
import { showControls } from '../../../core/headers/fields.ts';
import { testRule } from '../test-rule.ts';

testRule('malformed-mime-headers', import.meta.dirname);

/** A raw message as bytes: each `\xNN` of the text is one byte, as a file on disk holds it. */
function bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

/** UTF-8 bytes of a text. */
function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

const HEAD = 'From: Acme Outdoor <news@acme.example>\r\nTo: sam@example.org\r\nDate: Tue, 14 May 2024 09:30:00 +0000\r\nMessage-ID: <20240514093000.4f2a@acme.example>\r\n';

/** The rule's findings on a raw message, as English message and evidence. */
async function findings(raw: Uint8Array): Promise<{ message: string; evidence: string }[]> {
  const report = await analyzeEmail(raw);
  return report.findings.filter((finding) => finding.rule === 'malformed-mime-headers').map(({ message, evidence }) => ({ message, evidence }));
}

async function hits(raw: Uint8Array): Promise<string[]> {
  const report = await analyzeEmail(raw);
  return report.findings.filter((finding) => finding.rule === 'malformed-mime-headers').map((finding) => finding.evidence);
}

describe('malformed-mime-headers on raw messages (what postal-mime hands over)', () => {
  it('reads a Latin-1 subject byte as U+FFFD (the headers are read as UTF-8) and fires on two of them', async () => {
    const raw = bytes(`${HEAD}Subject: Offre sp\xe9ciale \xe9t\xe9\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nBonjour.\r\n`);
    const input = await emailToInput(raw);
    const header = input.headers?.['subject'];
    expect(Array.isArray(header) ? header[0] : header).toBe('Offre sp\ufffdciale \ufffdt\ufffd');
    expect(await hits(raw)).toEqual(['Offre sp\ufffdciale \ufffdt\ufffd']);
  });

  it('lets a raw UTF-8 subject and an encoded-word subject go', async () => {
    expect(await hits(utf8(`${HEAD}Subject: Offre spéciale été\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBonjour.\r\n`))).toEqual([]);
    expect(await hits(bytes(`${HEAD}Subject: =?ISO-8859-1?Q?Offre_sp=E9ciale_=E9t=E9?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nBonjour.\r\n`))).toEqual([]);
  });

  it('lets a subject folded with tabs go (Outlook folds long subjects so; postal-mime keeps the tabs)', async () => {
    const raw = utf8(`${HEAD}Subject: Summer catalogue: new tents, stoves and packs,\r\n\tall 20 % off until Sunday,\r\n\tfree delivery over 50 \u20ac\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello.\r\n`);
    const input = await emailToInput(raw);
    expect(input.headers?.['subject']).toEqual(['Summer catalogue: new tents, stoves and packs,\tall 20 % off until Sunday,\tfree delivery over 50 \u20ac']);
    expect(await hits(raw)).toEqual([]);
  });

  it('fires on an HTML message without MIME-Version', async () => {
    const raw = bytes(`${HEAD}Subject: Summer catalogue\r\nContent-Type: text/html; charset=us-ascii\r\n\r\n<p>Our summer catalogue is out.</p>\r\n`);
    expect(await hits(raw)).toEqual(['Content-Type: text/html; charset=us-ascii']);
  });

  it('reads only the message\'s own headers, not those of an attached or forwarded message', async () => {
    const inner = `From: someone@old.example\r\nSubject: Offre sp\xe9ciale \xe9t\xe9\r\nContent-Type: text/html\r\n\r\n<p>Old offer.</p>\r\n`;
    const attached = bytes(
      `${HEAD}Subject: Fwd: an offer\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n` +
        `--b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nSee the attached message.\r\n` +
        `--b1\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename="offer.eml"\r\n\r\n${inner}--b1--\r\n`,
    );
    expect(await hits(attached)).toEqual([]);
    const inline = bytes(`${HEAD}Subject: Fwd: an offer\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n---------- Forwarded message ---------\r\n${inner}`);
    expect(await hits(inline)).toEqual([]);
  });
});

describe('malformed-mime-headers shows control characters', () => {
  it('as control pictures, C0 at U+2400 + code and DEL at U+2421, leaving tab and line ends', () => {
    expect(showControls('a\u0000b\u000bc\u001bd\u001fe\u007ff\tg\r\nh')).toBe('a\u2400b\u240bc\u241bd\u241fe\u2421f\tg\r\nh');
    expect(showControls('Summer catalogue')).toBe('Summer catalogue');
  });

  it('gives control characters alone their own message, and raw bytes with or without them the charset one', async () => {
    const controls = await findings(bytes(`${HEAD}Subject: Summer\x01catalogue\x0b\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nHello.\r\n`));
    expect(controls).toHaveLength(1);
    expect(controls[0]?.evidence).toBe('Summer\u2401catalogue\u240b');
    expect(controls[0]?.message).toContain('2 control characters');
    expect(controls[0]?.message).not.toContain('charset');
    const mixed = await findings(bytes(`${HEAD}Subject: Summer\x01catalogue \xe9t\xe9\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nHello.\r\n`));
    expect(mixed).toHaveLength(1);
    expect(mixed[0]?.evidence).toBe('Summer\u2401catalogue \ufffdt\ufffd');
    expect(mixed[0]?.message).toContain('3 characters');
    expect(mixed[0]?.message).toContain('charset other than UTF-8');
  });
});
