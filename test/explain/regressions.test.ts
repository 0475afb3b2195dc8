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

/** A DSN of `action` with `status` whose Diagnostic-Code is `line`. */
const dsnOf = (line: string, status: string, action: string) => dsn(line).replace('Action: failed\nStatus: 5.0.0', `Action: ${action}\nStatus: ${status}`);

describe('a 5xx reply with only delay words is a refusal (RFC 5321 §4.2.1: a 5xx is not retried)', () => {
  for (const line of ['550 Please try again later', '550 5.0.0 Please try again later', '554 Transaction failed, deferred']) {
    it(`${line} is refused-unspecified, pasted, bare and in a failure DSN`, () => {
      for (const text of [plain(line), line, dsn(line)]) {
        expect(rule(text)).toBe('refused-unspecified');
        expect(category(text)).not.toBe('transient');
      }
    });
  }
  it('a 4xx with the same words stays a delay, or an expiry in a failure report', () => {
    expect(rule(plain('451 Please try again later'))).toBe('delivery-delayed');
    expect(rule(plain('450 4.0.0 Transaction failed, deferred'))).toBe('delivery-delayed');
    expect(rule(dsnOf('451 Please try again later', '4.0.0', 'failed'))).toBe('delivery-expired');
  });
  it('a delay notice still reads as a delay: the reporting server says it keeps trying', () => {
    expect(rule(dsnOf('550 Please try again later', '4.0.0', 'delayed'))).toBe('delivery-delayed');
  });
  it('a code beyond X.0.0 beside the words still decides', () => {
    expect(rule(plain('550 5.7.1 Please try again later'))).toBe('not-authorized');
  });
});

describe('"does not accept" mail of a kind is no domain that takes no mail', () => {
  const kinds = [
    'This account does not accept email with attachments',
    'This server does not accept email with attachments',
    'The domain does not accept messages sent from external senders',
    'This host does not accept mail via this gateway',
    'Our system will not accept email larger than 10 MB',
    'The server does not accept messages containing links',
    'This domain does not accept email that is not signed',
    'This server is not accepting mail at this time',
    'The domain does not accept mail right now',
  ];
  for (const line of kinds) {
    it(`550 ${line}`, () => {
      for (const text of [plain(`550 ${line}`), dsn(`550 ${line}`)]) expect(rule(text)).not.toBe('domain-takes-no-mail');
    });
  }
  it('an account that takes no email with attachments is no mailbox verdict at all', () => {
    for (const text of [plain('550 This account does not accept email with attachments'), dsn('550 This account does not accept email with attachments')]) {
      expect(category(text)).not.toBe('mailbox');
    }
  });
  for (const line of ['550 This domain does not accept mail', '550 5.1.10 Host does not accept any email', '550 The server will not receive any email', '550 example.com is not accepting mail']) {
    it(`${line} stays domain-takes-no-mail`, () => {
      expect(rule(plain(line))).toBe('domain-takes-no-mail');
      expect(rule(dsn(line))).toBe('domain-takes-no-mail');
    });
  }
});
