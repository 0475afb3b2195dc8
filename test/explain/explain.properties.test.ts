/**
 * Seeded property tests: whatever text arrives (a bounce fragment, headers, garbage), explain()
 * returns a well-formed report, the same one every time, whose top finding has a bounce category.
 */
import fc from 'fast-check';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import schema from '../../core/schema/report.schema.json' with { type: 'json' };

const validate = new Ajv().compile(schema);
const SEED = 20240514;
const BOUNCE_CATEGORIES = ['authentication', 'relay', 'reputation', 'content', 'policy', 'mailbox', 'transient', 'other'];

/** Pieces of bounces and headers, glued in random order with random text. */
const piece = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'From: MAILER-DAEMON@x.example\n', 'Subject: Undelivered Mail Returned to Sender\n', 'Content-Type: multipart/report; boundary="b"\n',
    'Content-Type: message/delivery-status\n', 'Content-Type: message/rfc822\n', '--b\n', '--b--\n', '\n\n', '\r\n',
    'Final-Recipient: rfc822; a@b.example\n', 'Action: failed\n', 'Action: delayed\n', 'Status: 5.1.1\n', 'Status: 4.4.7\n',
    'Diagnostic-Code: smtp; 550 5.7.26 unauthenticated\n', '<<< 550 5.1.1 User unknown\n', '>>> RCPT To:<a@b.example>\n',
    '<a@b.example>: host mx[192.0.2.1] said: 554 5.7.1 blocked using zen.spamhaus.org\n', '    (in reply to RCPT TO command)\n',
    'X-Spam-Status: Yes, score=7.1 required=5.0 tests=BAYES_99,URIBL_BLACK\n', 'X-Spam-Report: * 3.5 BAYES_99 x\n',
    'Authentication-Results: mx; spf=fail smtp.mailfrom=a@b.example; dkim=pass header.d=c.example; dmarc=fail header.from=b.example\n',
    'X-Forefront-Antispam-Report: SCL:5;SFV:SPM;CAT:BULK;\n', 'Content-Transfer-Encoding: base64\n', 'SGVsbG8=\n', '=?utf-8?B?w6k=?=',
    '{"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":"a@b.example","status":"5.1.1"}]}}', '\u0000', '\uD800',
  ),
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

describe('explain() properties', () => {
  it('never throws and always returns a well-formed, deterministic report', () => {
    fc.assert(
      fc.property(text, (input) => {
        const report = explain(input);
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
        expect(report.findings.length).toBeGreaterThan(0);
        const sum = Math.round(report.findings.reduce((total, f) => total + f.points * 10, 0)) / 10;
        expect(report.score).toBe(sum);
        const points = report.findings.map((f) => f.points);
        expect(points).toEqual([...points].sort((a, b) => b - a));
        expect(BOUNCE_CATEGORIES).toContain(report.findings[0]?.category);
        expect(explain(input)).toEqual(report);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
