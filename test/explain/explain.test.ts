/**
 * explain() on bounces and headers written from the published formats of Postfix, Exim, qmail,
 * Sendmail, Exchange / Microsoft 365, Gmail, Yahoo and Amazon SES (fixtures/), on pasted error
 * lines, and on text it must refuse to explain.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/index.ts';
import { explain, explainWith } from '../../core/explain/index.ts';
import type { Report } from '../../core/types.ts';
import schema from '../../core/schema/report.schema.json' with { type: 'json' };

const validate = new Ajv().compile(schema);
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const BOUNCE_CATEGORIES = ['authentication', 'relay', 'reputation', 'content', 'policy', 'mailbox', 'transient', 'other'];

/** The report's category: that of its highest-points finding. */
const top = (report: Report) => report.findings[0];

function wellFormed(report: Report): void {
  expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  const sum = Math.round(report.findings.reduce((total, f) => total + f.points * 10, 0)) / 10;
  expect(report.score).toBe(sum);
  const points = report.findings.map((f) => f.points);
  expect(points).toEqual([...points].sort((a, b) => b - a));
  expect(report.findings.length).toBeGreaterThan(0);
}

describe('explain() on bounces', () => {
  const cases: [file: string, rule: string, category: string, level: Report['level'], says: RegExp][] = [
    ['postfix-gmail-dmarc.eml', 'authentication-failed', 'authentication', 'high', /DMARC.*shop\.example/],
    ['office365-515.eml', 'authentication-failed', 'authentication', 'high', /Outlook\.com.*authentication/],
    ['exchange-s3150.eml', 'blocklisted', 'reputation', 'high', /Microsoft’s own block list/],
    ['exim-spamhaus.eml', 'blocklisted', 'reputation', 'high', /Spamhaus.*203\.0\.113\.45/],
    ['yahoo-tss04.eml', 'poor-reputation', 'reputation', 'medium', /TSS0x/],
    ['qmail-unknown-user.eml', 'unknown-recipient', 'mailbox', 'high', /does not exist/],
    ['gmail-unknown-user.eml', 'unknown-recipient', 'mailbox', 'high', /lee@example\.org/],
    ['sendmail-relay.eml', 'relay-denied', 'relay', 'high', /RCPT TO/],
    ['exchange-mailbox-full.eml', 'mailbox-full', 'mailbox', 'high', /mailbox full/],
    ['postfix-unknown-domain.eml', 'unknown-domain', 'mailbox', 'high', /5\.4\.4/],
    ['postfix-timeout-delayed.eml', 'network-error', 'transient', 'medium', /delayed/],
    ['eop-spam-content.eml', 'spam-content', 'content', 'high', /spam filter/],
    ['ses-bounce.json.eml', 'unknown-recipient', 'mailbox', 'high', /tom@example\.net/],
  ];
  for (const [file, rule, category, level, says] of cases) {
    it(`${file} → ${rule}`, () => {
      const report = explain(fixture(file));
      wellFormed(report);
      expect(top(report)?.rule).toBe(rule);
      expect(top(report)?.category).toBe(category);
      expect(report.level).toBe(level);
      expect(top(report)?.message).toMatch(says);
      expect(top(report)?.suggestion.length).toBeGreaterThan(40);
    });
  }

  it('decodes the RFC 3463 code in plain words', () => {
    const message = top(explain(fixture('gmail-unknown-user.eml')))?.message ?? '';
    expect(message).toContain('550 5.1.1 (permanent failure: bad destination mailbox address: the mailbox does not exist)');
  });

  it('gives concrete DMARC advice', () => {
    const suggestion = top(explain(fixture('postfix-gmail-dmarc.eml')))?.suggestion ?? '';
    expect(suggestion).toMatch(/DKIM `d=`/);
    expect(suggestion).toMatch(/_dmarc/);
  });

  it('runs the content check on the attached message and merges its findings as advice', () => {
    const report = explain(fixture('postfix-gmail-dmarc.eml'));
    const merged = report.findings.filter((f) => f.message.startsWith('In the returned message:'));
    expect(merged.length).toBeGreaterThan(0);
    for (const finding of merged) expect(finding.points).toBe(0);
    expect(report.stats.words).toBeGreaterThan(0);
    expect(top(report)?.category).toBe('authentication');
  });

  it('can skip the content check', () => {
    const report = explain(fixture('postfix-gmail-dmarc.eml'), { analyzeReturned: false });
    expect(report.findings.some((f) => f.message.startsWith('In the returned message:'))).toBe(false);
  });

  it('reads the SMTP stage: a bare refusal at MAIL FROM is about the sender', () => {
    const bounce = [
      'From: MAILER-DAEMON@mx.a.example',
      'Subject: failure notice',
      '',
      "Hi. This is the qmail-send program at mx.a.example.",
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      '',
      '<someone@b.example>:',
      'Connected to 192.0.2.10 but sender was rejected.',
      'Remote host said: 550 5.7.1 Access denied',
      '',
    ].join('\n');
    const finding = top(explain(bounce));
    expect(finding?.rule).toBe('sender-rejected');
    expect(finding?.message).toMatch(/MAIL FROM/);
  });

  it('explains each recipient, the first recipient’s cause carrying the most points', () => {
    const bounce = [
      'From: MAILER-DAEMON@mx.a.example (Mail Delivery System)',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'This is the mail system at host mx.a.example.',
      '',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.a.example',
      '',
      'Final-Recipient: rfc822; one@b.example',
      'Action: failed',
      'Status: 5.2.2',
      'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
      '',
      'Final-Recipient: rfc822; two@b.example',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 <two@b.example>: Recipient address rejected: User unknown in local recipient table',
      '',
      '--b--',
      '',
    ].join('\n');
    const report = explain(bounce);
    wellFormed(report);
    expect(report.findings.map((f) => [f.rule, f.points])).toEqual([
      ['mailbox-full', 8],
      ['unknown-recipient', 2],
    ]);
    expect(report.findings[1]?.message).toContain('two@b.example');
  });
});

describe('explain() on reports that are not failures', () => {
  it('an abuse feedback report (ARF) is a complaint, not a bounce', () => {
    const report = explain(fixture('arf-abuse.eml'));
    wellFormed(report);
    expect(top(report)?.rule).toBe('complaint-report');
    expect(top(report)?.category).toBe('other');
    expect(top(report)?.message).toMatch(/marked your message as spam/);
    expect(report.level).toBe('medium');
  });

  it('an out-of-office reply is an auto-reply', () => {
    const report = explain(fixture('auto-reply.eml'));
    expect(top(report)?.rule).toBe('auto-reply');
    expect(report.level).toBe('low');
  });

  it('a success DSN says the message was delivered', () => {
    const report = explain(fixture('delivered.eml'));
    expect(top(report)?.rule).toBe('delivered');
    expect(top(report)?.message).toContain('yara@partner.example');
    expect(report.level).toBe('low');
  });
});

describe('explain() on pasted error lines', () => {
  const lines: [text: string, rule: string, category: string][] = [
    ['550 5.7.1 Unable to relay', 'relay-denied', 'relay'],
    ['550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked.', 'authentication-failed', 'authentication'],
    ['550 5.7.515 Access denied, sending domain [EXAMPLE.COM] does not meet the required authentication level.', 'authentication-failed', 'authentication'],
    ['550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ (AS16012609)', 'blocklisted', 'reputation'],
    ['550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.', 'poor-reputation', 'reputation'],
    ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using b.barracudacentral.org', 'blocklisted', 'reputation'],
    ['421 4.7.0 [TS03] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed.', 'poor-reputation', 'reputation'],
    ['554 5.7.1 Message rejected as spam by Content Filtering.', 'spam-content', 'content'],
    ['550 5.7.1 Your message was rejected because it contains a virus', 'virus-detected', 'content'],
    ['552 5.3.4 Message size exceeds fixed maximum message size', 'message-too-large', 'policy'],
    ['550 5.7.25 The IP address sending this message does not have a PTR record setup', 'reverse-dns', 'reputation'],
    ['451 4.7.1 Greylisting in action, please come back later', 'greylisted', 'transient'],
    ['550 5.2.1 The email account that you tried to reach is disabled.', 'mailbox-disabled', 'mailbox'],
    ['530 5.7.0 Authentication required', 'smtp-auth-required', 'authentication'],
    ['553 5.1.8 <noreply@localhost>... Domain of sender address noreply@localhost does not exist', 'sender-rejected', 'policy'],
  ];
  for (const [text, rule, category] of lines) {
    it(text.slice(0, 60), () => {
      const report = explain(text);
      wellFormed(report);
      expect(top(report)?.rule).toBe(rule);
      expect(top(report)?.category).toBe(category);
    });
  }

  it('names the blocklist and the Microsoft AS code', () => {
    const message = top(explain(lines[3]?.[0] ?? ''))?.message ?? '';
    expect(message).toMatch(/Microsoft’s own block list/);
    expect(message).toMatch(/AS\(16012609\)/);
  });
});

describe('explain() on unrecognised input', () => {
  it('says clearly that it cannot explain an ordinary sentence, with 0 points', () => {
    const report = explain('Hi Anna, see you at lunch tomorrow. Bring the slides!');
    wellFormed(report);
    expect(report.findings).toHaveLength(1);
    expect(top(report)?.rule).toBe('unrecognised-input');
    expect(top(report)?.points).toBe(0);
    expect(top(report)?.message).toMatch(/does not recognise this text/);
    expect(report.level).toBe('low');
  });

  it('handles empty input', () => {
    expect(top(explain(''))?.rule).toBe('unrecognised-input');
  });

  it('rejects non-text input with a TypeError', () => {
    expect(() => explain(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('explain() inputs and limits', () => {
  it('gives the same report for a string and its bytes', () => {
    const text = fixture('exim-spamhaus.eml');
    const bytes = new TextEncoder().encode(text);
    expect(explain(bytes)).toEqual(explain(text));
    expect(explain(bytes.buffer as ArrayBuffer)).toEqual(explain(text));
  });

  it('is deterministic', () => {
    const text = fixture('office365-515.eml');
    expect(explain(text)).toEqual(explain(text));
  });

  it('reads CRLF bounces like LF ones', () => {
    const text = fixture('sendmail-relay.eml');
    expect(explain(text.replace(/\n/g, '\r\n'))).toEqual(explain(text));
  });

  it('stays fast on large and hostile input (linear-time scanning)', () => {
    const hostile = [
      'a'.repeat(2_000_000),
      '550 '.repeat(400_000),
      '550-5.7.1 '.repeat(200_000),
      ('<<< 550 x\n').repeat(100_000),
      ('  x@example.com\n    reason\n').repeat(50_000),
      'Content-Type: multipart/mixed; boundary=b\n\n' + '--b\n\n550 x\n'.repeat(50_000),
      'Content-Type: text/html\n\n' + '<script>'.repeat(100_000),
      'From: a@b.example\nAuthentication-Results: x; ' + '('.repeat(200_000) + '\n\nbody',
      'host ' + 'a.'.repeat(300_000) + ' does not exist',
    ];
    for (const text of hostile) {
      // No timing here (npm run bench prints it): a super-linear path would trip the test timeout.
      const report = explain(text);
      expect(BOUNCE_CATEGORIES).toContain(top(report)?.category);
    }
  });
});

describe('explain() on the returned message', () => {
  // The content check's points in the sentence are a number with its plural: "1 point", never "1 points".
  it('says the content check\'s points with the plural that fits the number', () => {
    const withPoints = (points: readonly number[]) =>
      explainWith(
        (input, options) => {
          const report = analyze(input, options);
          return { ...report, findings: points.map((value, index) => ({ rule: `probe-${index}`, category: 'content' as const, points: value, message: `Finding ${index}.`, suggestion: 'None.', evidence: 'x' })) };
        },
        fixture('postfix-gmail-dmarc.eml'),
      ).findings.filter((entry) => entry.rule.startsWith('probe-')).map((entry) => entry.message);
    expect(withPoints([1, 2.5, 0.4])).toEqual([
      'In the returned message: Finding 0. (the content check gives this 1 point).',
      'In the returned message: Finding 1. (the content check gives this 2.5 points).',
      'In the returned message: Finding 2. (the content check gives this 0.4 points).',
    ]);
  });
});

describe('explain(): what a cause is and whether this message failed are two things', () => {
  // RFC 3463: the class says whether this message failed for good (5) or may still go (4); the
  // category says what the cause is. A sending limit is a condition that clears with time
  // (transient), and a 5xx over it means this message was not delivered and must be sent again: a
  // permanent failure's points, worded "could not be delivered" (neither "was delayed" nor "was refused").
  it('a 5xx over a sending limit is transient, carries a permanent failure’s points, and says the message was not delivered', () => {
    const [main] = explain('550 5.4.5 Daily sending quota exceeded.', { analyzeReturned: false }).findings;
    expect(main?.rule).toBe('sending-limit');
    expect(main?.category).toBe('transient');
    expect(main?.points).toBe(8);
    expect(main?.message).toContain('could not be delivered');
  });

  it('a 4xx rate limit is transient with a temporary failure’s points, and the message was delayed', () => {
    const [main] = explain('421 4.7.28 Our system has detected an unusual rate of mail from your IP', { analyzeReturned: false }).findings;
    expect(main?.category).toBe('transient');
    expect(main?.points).toBe(4);
    expect(main?.message).toContain('was delayed');
  });
});
