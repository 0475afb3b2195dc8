/**
 * Header names come from the mail: a field named like an Object.prototype member (`constructor`,
 * `__proto__`, `toString`, `hasOwnProperty` …) is a field like any other (issue 10). Seeded
 * properties over messages built from such fields, through analyzeEmail() and explain().
 */
import fc from 'fast-check';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyzeEmail, emailToInput, explain } from '../../core/index.ts';
import schema from '../../core/schema/report.schema.json' with { type: 'json' };

const validate = new Ajv().compile(schema);
const SEED = 20261204;

const PROTOTYPE_NAMES = [
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable',
  'toLocaleString', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'prototype', 'length', 'push',
];
/** A prototype name in any letter case (header names are case-insensitive). */
const prototypeName = fc
  .tuple(fc.constantFrom(...PROTOTYPE_NAMES), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }))
  .map(([name, upper]) => [...name].map((char, index) => (upper[index] ? char.toUpperCase() : char)).join(''));
const value = fc.stringMatching(/^[ -~]{0,40}$/).map((text) => text.trim() || 'x');
const fields = fc.array(fc.tuple(prototypeName, value), { minLength: 1, maxLength: 8 });

function message(extra: readonly [string, string][], body = '<p>Hello, here is the invoice you asked for.</p>'): string {
  return [
    'From: Shop <news@shop.example>',
    'To: you@example.org',
    'Subject: Your invoice',
    'Date: Tue, 3 Dec 2024 10:00:00 +0000',
    'Message-ID: <1@shop.example>',
    ...extra.map(([name, text]) => `${name}: ${text}`),
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    body,
  ].join('\r\n');
}

function bounceReturning(returned: string): string {
  return [
    'From: MAILER-DAEMON@mx.example.org',
    'To: news@shop.example',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    '<you@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <you@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.shop.example',
    '',
    'Final-Recipient: rfc822; you@example.org',
    'Action: failed',
    'Status: 5.1.1',
    '',
    '--b1',
    'Content-Type: message/rfc822',
    '',
    returned,
    '--b1--',
    '',
  ].join('\r\n');
}

describe('header fields named like Object.prototype members', () => {
  it('analyzeEmail() reports, and hands every such field to analyze() with its values', async () => {
    await fc.assert(
      fc.asyncProperty(fields, async (extra) => {
        const raw = message(extra);
        const report = await analyzeEmail(raw);
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
        const input = await emailToInput(raw);
        const headers = input.headers ?? {};
        for (const [name, text] of extra) {
          const key = name.toLowerCase();
          expect(Object.hasOwn(headers, key), key).toBe(true);
          expect(headers[key]).toContain(text.trim());
        }
        // The same number of values as fields of that name: nothing inherited was pushed to.
        const counts = new Map<string, number>();
        for (const [name] of extra) counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1);
        for (const [key, count] of counts) expect(headers[key]?.length).toBe(count);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('explain() reports on a bounce whose returned message carries them, and on the headers alone', () => {
    fc.assert(
      fc.property(fields, (extra) => {
        const bounce = explain(bounceReturning(message(extra)));
        expect(validate(bounce), JSON.stringify(validate.errors)).toBe(true);
        expect(bounce.findings[0]?.rule).toBe('unknown-recipient');
        const headersOnly = explain(message([...extra, ['Authentication-Results', 'mx.example.org; spf=fail smtp.mailfrom=shop.example']], ''));
        expect(validate(headersOnly), JSON.stringify(validate.errors)).toBe(true);
        expect(headersOnly.findings.some((finding) => finding.rule === 'spf-fail')).toBe(true);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('the fields of the issue, one by one', async () => {
    for (const name of ['Constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const raw = message([[name, 'a'], [name, 'b']]);
      expect((await analyzeEmail(raw)).version).toBe(1);
      expect((await emailToInput(raw)).headers?.[name.toLowerCase()]).toEqual(['a', 'b']);
      expect(explain(bounceReturning(raw)).findings[0]?.category).toBe('mailbox');
    }
  });
});
