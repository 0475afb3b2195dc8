/**
 * explain() of bytes that are not text (random, compressed, an Outlook .msg): the answer it gives
 * any unreadable input, never a cause guessed from the garbage (review user43). And the reading
 * that guessed one: a "failed address and its reason" line found among bytes read as Latin-1.
 */
import { describe, expect, it } from 'vitest';
import { findReplies } from '../../core/explain/bounce.ts';
import { explain } from '../../core/explain/index.ts';
import { binaryContent, latin1 } from '../../core/text/bytes.ts';
import { pseudoRandom } from '../fixtures/binary-mail.ts';


describe('explain() of binary bytes', () => {
  it('is unrecognised input with the reason the CLI gives, and quotes none of the bytes', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      for (const length of [94, 3 * 1024, 100 * 1024]) {
        const bytes = pseudoRandom(length, seed);
        const reason = binaryContent(bytes);
        expect(reason, `seed ${seed}, ${length} bytes`).toMatch(/^binary content: /);
        for (const input of [bytes, bytes.slice().buffer]) {
          const report = explain(input);
          expect(report.findings.map((finding) => [finding.rule, finding.points, finding.evidence])).toEqual([['unrecognised-input', 0, reason]]);
          expect(report.level).toBe('low');
        }
      }
    }
  });

  it('reads text bytes as before: a bounce with one NUL in it is still a bounce', () => {
    const bytes = new TextEncoder().encode('Subject: Undelivered Mail\n\n550 5.1.1 <a@b.example>: Recipient address rejected: User unknown\n\u0000');
    expect(binaryContent(bytes)).toBeNull();
    expect(explain(bytes).findings[0]?.rule).toBe('unknown-recipient');
  });
});

describe('a failed address and its reason (the reading that matched inside random bytes)', () => {
  const rule = (text: string) => explain(text).findings[0]?.rule;

  it('needs the domain to end where the address does, and no control character in it or its reason', () => {
    // Windows of random bytes (as Latin-1) that main read as a failed address with a reason, and
    // answered `refused-unspecified` (5 points, high): `!@l` + `è?´…`, `)@x:` + garbage.
    const windows = [
      '!@lè?´ë¶òbaÆ\u001d\nY\u0011LÞ¦viJ',
      ')@x:+´:rf»«nNä\'Ñ\u0016¿»axp',
      '+@0:¿Ñ¦*ç-¦K\u0016\u001e#ytËoDªö^NVh',
      '\u0013@m: qwe rty uio',
    ];
    for (const text of windows) expect(rule(text), JSON.stringify(text)).toBe('unrecognised-input');
  });

  it('still reads a failed address with its reason in words, as Exim and qmail write them', () => {
    expect(rule('Subject: Mail delivery failed\n\n  someone@b.example\n    mailbox is full: retry timeout exceeded\n')).toBe('mailbox-full');
    expect(rule('Subject: Mail delivery failed\n\n<someone@b.example>:\nmailbox is full\n')).toBe('mailbox-full');
    expect(rule('Subject: Mail delivery failed\n\nsomeone@b.example (generated from x@b.example): mailbox is full\n')).toBe('mailbox-full');
    expect(rule('Subject: Mail delivery failed\n\nsomeone@b.example, mailbox is full\n')).toBe('mailbox-full');
  });

  it('answers no cause for random bytes read as Latin-1 text (a string is not checked as bytes)', () => {
    for (const seed of [11, 12, 13, 14, 15, 16, 17, 18, 19, 20]) {
      expect(rule(latin1(pseudoRandom(10 * 1024, seed))), `seed ${seed}`).toBe('unrecognised-input');
    }
  });

  it('reads the address however it is set off, an IDN domain too, with the reason beside it or below (rev43e)', () => {
    const head = 'Subject: Mail delivery failed: returning message to sender\n\nThe following address(es) failed:\n\n';
    const reasons = (lines: string) => findReplies(head + lines).map((block) => block.text);
    const cases: [string, string][] = [
      ['  user@example.com": mailbox is full\n', 'mailbox is full'],
      ['  [user@example.com]: mailbox is full\n', 'mailbox is full'],
      ['  "user@example.com" mailbox is full\n', 'mailbox is full'],
      ['  <user@example.com>]: mailbox is full\n', 'mailbox is full'],
      ['  user@example.com. Mailbox is full.\n', 'Mailbox is full.'],
      ['  user@bücher.example\n    mailbox is full\n', 'mailbox is full'],
      ['  user@bücher.example: mailbox is full\n', 'mailbox is full'],
      ['  user@xn--bcher-kva.example\n    mailbox is full\n', 'mailbox is full'],
      ['  user@example.com\n    Postfach voll – Empfänger überschritten\n', 'Postfach voll – Empfänger überschritten'],
    ];
    for (const [lines, reason] of cases) expect(reasons(lines), JSON.stringify(lines)).toEqual([reason]);
    // A C1 character (a byte 0x80-0x9F read as Latin-1) is no reason's, nor an address's.
    expect(reasons('  user@example.com: mailbox \u0085is full\n')).toEqual([]);
    expect(reasons('  us\u0090er@example.com: mailbox is full\n')).toEqual([]);
  });

  it('finds no failed address with a reason in 500 random Latin-1 texts of 1 to 100 KB', () => {
    for (let seed = 100; seed < 600; seed++) {
      const length = 1024 + ((seed * 7919) % (99 * 1024));
      const text = latin1(pseudoRandom(length, seed));
      // coded: false is the reading of an address line (a reply code's are read in other tests).
      expect(findReplies(text).filter((block) => !block.coded), `seed ${seed}, ${length} bytes`).toEqual([]);
    }
  });
});
