/**
 * Probe set 27's widening (issue 11): the misses whose words say the cause as any server might say it,
 * read generally, each with the near misses that must not flip.
 * - congestion given as the reason is the receiving or relaying system too busy for now, RFC 3463's X.4.5
 *   "mail system congestion" in words, as "server busy" reads (Exchange 4.0–5.5's "The recipient could not
 *   be processed due to congestion in the message transfer service", KB Q152666);
 * - a communication(s) failure or error is the link between the servers, as a connection lost reads
 *   (Exchange's "Unable to deliver the message due to a communications failure", KB Q172364);
 * - a content or media type said not supported is what the receiver cannot carry, X.6.1's "media not
 *   supported" said of the type, as "media type not supported" reads (Exchange's "The message contains a
 *   content type that is not supported.", KB Q146588); a type refused by a rule stays policy;
 * - a listing said to be made by the recipient or one of the recipients is the recipient's own list, as
 *   "blacklisted at the request of the recipient" reads (ClueGetter's "… an address that was put on a
 *   local blacklist by one of the recipients"); the client's IP listed so stays the client's refusal (a
 *   labelled bounce: Amazon SES's "550 5.7.1 IP address blacklisted by recipient");
 * - an RFC only cited as violated beside the fault of the message's form it names is the fault (LBBS's
 *   "554 5.0.0 Message rejected, bare LF detected (violates RFC 5322 2.3)"); a header fault beside the
 *   citation, or the citation alone, stays the RFC's.
 * Two of its agreements by category alone, read for their cause too: a disk said too full is the receiving
 * system's storage, as "disk full" reads (KumoMTA's "421 4.3.2 … disk is too full. Try later", read as a
 * rate limit); a greylist's key (a triplet, a sender and recipient pair or set) said not seen before is
 * greylisting (LBBS's "421 From/Recipient set not seen before, resubmit if intentional", read as a delay).
 * Left unread, with why (probes-set27.ts): LBBS's "550 5.1.1 User unauthorized to receive external mail"
 * (the specific X.1.1 decides).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { probeDsn } from './probes.ts';
import { eachReads as reads, eachStays as stays, ruleOf } from './read.ts';

describe('congestion given as the reason is the receiving system too busy for now', () => {
  reads('remote-system-error', [
    'The recipient could not be processed due to congestion in the message transfer service [MSEXCH:MSExchangeMTA:SITE:SERVER]',
    '421 The mail server is congested, please try again later',
    '451 Delivery deferred due to mail system congestion',
  ]);
  stays([
    ['No congestion; 550 5.1.1 user unknown', 'unknown-recipient'],
    ['550 5.1.1 User unknown (congestion control enabled)', 'unknown-recipient'],
    ['451 congestion; mailbox full', 'mailbox-full'],
    ['421 too many connections, to avoid congestion', 'rate-limited'],
  ]);
});

describe('a communications failure is the link between the servers', () => {
  reads('network-error', [
    'Unable to deliver the message due to a communications failure MSEXCH:MSExchangeMTA:SITE:SERVER',
    '451 Communication error with mx.b.example',
    'Delivery failed: communication failure',
  ]);
  stays([
    ['no communication failure; 550 5.1.1 user unknown', 'unknown-recipient'],
    ['550 communications failure; user unknown', 'unknown-recipient'],
    ['451 communication with mx.b.example ok; mailbox full', 'mailbox-full'],
  ]);
});

describe('a content type said not supported is what the receiver cannot carry', () => {
  reads('malformed-content', ['The message contains a content type that is not supported.', '554 Unsupported content type', '550 Content type text/x-foo is not supported']);
  stays([
    ['550 MIME type application/x-msdownload not allowed', 'policy-rejection'],
    ['550 5.1.1 Unknown user; content type not supported', 'unknown-recipient'],
    ['550 Content-Type header is supported; message rejected as spam', 'spam-content'],
  ]);
});

describe('a listing made by the recipient is the recipient’s own list', () => {
  reads('recipient-filter', [
    '550 5.7.1 This message was sent from an address that was put on a local blacklist by one of the recipients. Therefore, the message has been blocked. (3F2A81C0D4)',
    '554 Your address was added to the block list by the user',
    '554 Your address was put on a block list by one of our users',
  ]);
  it('a sender blacklisted by the recipient is no longer a public block list (the sender refused, policy)', () => {
    for (const text of ['550 Sender blacklisted by the recipient', probeDsn('550 Sender blacklisted by the recipient')]) {
      expect(explain(text, { analyzeReturned: false }).findings[0]?.category).toBe('policy');
    }
  });
  stays([
    ['550 5.7.1 IP address blacklisted by recipient', 'blocklisted'],
    ['554 192.0.2.1 blacklisted by the recipient', 'blocklisted'],
    ["550 Sender blacklisted by the recipient's ISP", 'blocklisted'],
    ['550 Sender blacklisted by the recipient domain administrator', 'blocklisted'],
    ['550 5.1.1 user unknown; sender blacklisted by the recipient', 'unknown-recipient'],
    // Many users' or recipients' reports are a reputation, not one recipient's own list.
    ['550 Your domain was blacklisted by user reports', 'blocklisted'],
    ['550 Sender blacklisted by recipients', 'blocklisted'],
  ]);
});

describe('an RFC only cited beside the form’s fault it names is the fault', () => {
  reads('malformed-content', [
    '554 5.0.0 Message rejected, bare LF detected (violates RFC 5322 2.3)',
    '550 Bare CR not allowed, not RFC 5322 compliant',
    '554 Message violates RFC 5322: lone LF in body',
  ]);
  stays([
    ['550 Missing Date header (violates RFC 5322)', 'not-rfc-compliant'],
    ['550 Message is not RFC 5322 compliant', 'not-rfc-compliant'],
    ['550 Duplicate From header; bare LF detected (RFC 5322 violation)', 'not-rfc-compliant'],
    ['550 Message violates RFC 5322 section 2.3', 'not-rfc-compliant'],
  ]);
  it('under a specific code, the fault beside the citation leaves the code its own cause, as the fault alone does', () => {
    expect(ruleOf('553 5.1.8 <a@c.example>... Domain of sender address a@c.example does not exist; bare LF detected (violates RFC 5322 2.3)')).toBe(
      ruleOf('553 5.1.8 <a@c.example>... Domain of sender address a@c.example does not exist; bare LF detected'),
    );
  });
});

describe('a disk said too full is the receiving system’s storage', () => {
  reads('remote-storage-full', ['421 4.3.2 mx.b.example disk is too full. Try later', '421 disk is too full']);
  stays([
    ['552 5.2.2 Mailbox full', 'mailbox-full'],
    ['550 5.1.1 User unknown; disk is too full', 'unknown-recipient'],
  ]);
});

describe('a greylist’s key said not seen before is greylisting', () => {
  reads('greylisted', ['421 From/Recipient set not seen before, resubmit if intentional', '450 sender/recipient pair never seen before', '451 Triplet not seen yet, please retry']);
  stays([
    ['550 sender not seen before', 'refused-unspecified'],
    ['550 5.1.1 User unknown; triplet not seen before', 'unknown-recipient'],
  ]);
});
