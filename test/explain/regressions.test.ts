/**
 * Regressions of explain() found in review: each case pins the reading a reply had before a
 * change swallowed it, beside the neighbour that change was made for.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';

const plain = (line: string) => `Subject: Undelivered\n\n${line}\n`;
const dsn = (line: string) =>
  `From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; u@x.example\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; ${line}\n--b--\n`;
const rule = (text: string) => explain(text).findings[0]?.rule;
const category = (text: string) => explain(text).findings[0]?.category;

describe('an enhanced code of another class than the reply code is not its status (RFC 3463 §2)', () => {
  for (const line of ['550 4.1.3 Access denied', '550-4.1.3 Access denied', '550 Access denied, see 4.1.3']) {
    it(`${line} is a refusal, not a delay`, () => {
      for (const text of [plain(line), dsn(line)]) {
        expect(category(text)).not.toBe('transient');
        expect(rule(text)).not.toMatch(/^delivery-(?:delayed|expired)$/);
      }
    });
  }
  it('a 450 4.1.3 still reads temporary', () => {
    expect(category(plain('450 4.1.3 Access denied, try again later'))).toBe('transient');
  });
});

describe('a failed SPF/DKIM lookup', () => {
  for (const line of ['550 5.7.1 SPF record lookup failed for example.com', '550 5.7.1 DKIM key lookup failure']) {
    it(`permanent (${line}) is an authentication failure`, () => {
      expect(rule(plain(line))).toBe('authentication-failed');
      expect(rule(dsn(line))).toBe('authentication-failed');
    });
  }
  it('temporary is a DNS trouble of the receiver', () => {
    expect(rule(plain('451 4.7.1 Temporary DMARC DNS lookup failure'))).toBe('network-error');
  });
});

describe('limits and permissions', () => {
  it('a permanent refusal over the account’s sending limit is sending-limit', () => {
    expect(rule(plain('550 5.7.1 Sending limits: you may only send 100 messages per day from a trial account'))).toBe('sending-limit');
  });
  it('a temporary rate limit stays rate-limited', () => {
    expect(rule(plain('421 4.7.0 We have limits for how many messages can be sent per hour and per day'))).toBe('rate-limited');
  });
  it('no permission to send to a group is a refused post', () => {
    expect(rule(plain('550 5.7.1 You do not have permission to send to this group'))).toBe('group-posting-refused');
  });
  it('no permission to send to a recipient stays the recipient’s filter', () => {
    expect(rule(plain('550 5.7.1 You do not have permission to send to this recipient'))).toBe('recipient-filter');
  });
});
