/**
 * A review of the grammar as widened for probe set 9 (docs/explain.md), against the base it was
 * widened from: replies crafted to sit next to each widening, which the widened grammar first
 * read wrongly and the base read as here. Each is explained as the pasted line and, unless it is a
 * whole pasted notice, inside a DSN with a generic status (probeDsn).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { probeDsn } from './probes.ts';

const ruleOf = (text: string) => explain(text, { analyzeReturned: false }).findings[0]?.rule;

/** Outlook's NDR as a user pastes it, its subject quoting the returned message's. */
const outlookNdr = (subject: string) => [subject, 'Delivery has failed to these recipients or groups:', 'b@b.example', 'The message could not be delivered.'].join('\n');

describe('undeliverable for a stated time is an expiry, nothing else with a duration', () => {
  it.each([
    ['451 4.4.0 Message undeliverable at this time, will retry in 30 minutes', 'network-error'],
  ])('%s is %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
    expect(ruleOf(probeDsn(reply))).toBe(rule);
  });

  it.each([
    ['Your message is undeliverable. We will try again in 2 hours.'],
    ['Undeliverable mail: it will be retried for 5 days'],
    ['Undeliverable mail, it will be retried for 5 days'],
  ])('%s is no expiry', (reply) => {
    expect(ruleOf(reply)).not.toBe('delivery-expired');
  });

  it.each([['Undeliverable: Team call in 30 minutes'], ['Undeliverable: Offsite for 3 days'], ['Subject: Undeliverable: Invoice due in 30 days']])(
    'an Outlook NDR whose subject is "%s" is a refusal, no expiry',
    (subject) => {
      expect(ruleOf(outlookNdr(subject))).toBe('refused-unspecified');
    },
  );

  it.each([
    ['Your message has been undeliverable to the following recipients for at least 4 hours.'],
    ['Message undeliverable for more than 2 days'],
  ])('%s is still an expiry', (reply) => {
    expect(ruleOf(reply)).toBe('delivery-expired');
    expect(ruleOf(probeDsn(reply))).toBe('delivery-expired');
  });
});

describe('characters invalid in an e-mail message are its encoding, in an e-mail address the address', () => {
  it.each([['554 Invalid characters in e-mail message body'], ['550 Invalid characters in email']])('%s is malformed content', (reply) => {
    expect(ruleOf(reply)).toBe('malformed-content');
    expect(ruleOf(probeDsn(reply))).toBe('malformed-content');
  });

  it.each([['553 Invalid characters in e-mail address'], ['553 Invalid characters in the email address']])('%s is not malformed content', (reply) => {
    expect(ruleOf(reply)).not.toBe('malformed-content');
    expect(ruleOf(probeDsn(reply))).not.toBe('malformed-content');
  });
});

describe("an illegal host or domain name is a missing domain, not the sender's nor the client's", () => {
  it.each([
    // A name in the sender's address is the sender's (refused-unspecified on the base, which knew no such reading).
    ['553 Illegal domain name in sender address', 'sender-rejected'],
    ['550 Illegal domain in MAIL FROM', 'sender-rejected'],
    // An IP address after "illegal host" is the client's, refused at the connection.
    ['554 Illegal host 203.0.113.5 - connection refused', 'network-error'],
    // …with "name" before it too (the optional word once let the exclusions look past it).
    ['554 Illegal host name 203.0.113.5 - connection refused', 'network-error'],
    // The HELO named past a ";" is still the client's.
    ['554 illegal host name; ip 203.0.113.5 in helo', 'refused-unspecified'],
    // …and the name alone, or in the HELO, as set 9 reads them.
    ['Illegal Host/Domain Name found', 'unknown-domain'],
    ['501 Illegal host name in HELO', 'client-blocked'],
  ])('%s is %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
    expect(ruleOf(probeDsn(reply))).toBe(rule);
  });

  it.each([
    ['550 Illegal domain name for sender <s@c..example>'],
    ['550 5.1.0 Illegal domain name of sender'],
    ['553 5.1.3 Illegal domain name in envelope sender'],
    ['550 Illegal host 2001:db8::1'],
  ])("%s is no missing recipient domain", (reply) => {
    expect(ruleOf(reply)).not.toBe('unknown-domain');
    expect(ruleOf(probeDsn(reply))).not.toBe('unknown-domain');
  });
});

describe("listed at a DNS list's zone is a blocklisting, listed on a web page or a directory host is not", () => {
  it.each([
    ['550 User unknown; see the directory listed at www.b.example/staff', 'unknown-recipient'],
    ['554 5.7.1 Message rejected per the policies listed at www.b.example/mail-policy', 'policy-rejection'],
    ['554 Message refused; reasons listed at www.b.example/bounce', 'refused-unspecified'],
    ['550 5.7.1 Recipient not in allowed list; allowed senders listed on intranet.b.example', 'not-authorized'],
    ['550 Recipient listed on mail.b.example as moved', 'refused-unspecified'],
    ['550 Message rejected, host listed at 192.0.2.1', 'refused-unspecified'],
    // A list's zone by its own label, or what is listed the sending host, stays a blocklisting.
    ['550 5.7.1 Rejected: mail.c.example listed at relays.ordb.example', 'blocklisted'],
    ['550 Message rejected: 192.0.2.1 listed on psbl.surriel.example', 'blocklisted'],
    ['550 Rejected, client host listed at spam.c.example', 'blocklisted'],
    ['550 Rejected: listed at dnsbl-1.uceprotect.example', 'blocklisted'],
  ])('%s is %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
    expect(ruleOf(probeDsn(reply))).toBe(rule);
  });
});

describe('a message refused because of its content is the content, not its form, a scanner or its attachments', () => {
  it.each([
    // Content rules, filters and restrictions are a policy; attachments and file types a policy on attachments.
    ['554 Message rejected due to content-type restrictions', 'policy-rejection'],
    ['550 Message rejected due to content-filter rules', 'policy-rejection'],
    ['550 Message rejected due to content-filtering policy', 'policy-rejection'],
    ['550 Message blocked because of content: attachment type not allowed (.exe)', 'policy-rejection'],
    ['554 Rejected due to content of attachment: executable files are not allowed', 'policy-rejection'],
    // The message's form: its content type, encoding, length.
    ['554 5.6.0 Message rejected due to Content-Type header', 'malformed-content'],
    ['554 5.7.1 Rejected: message refused for content-encoding reasons (8-bit data)', 'not-authorized'],
    ['554 Message rejected because of content-transfer-encoding', 'refused-unspecified'],
    ['554 Message rejected due to content length mismatch', 'refused-unspecified'],
    // A scanner, checker, analyzer or engine that is down or busy is the receiver's trouble.
    ['450 4.7.1 Message deferred because of content-scan timeout', 'network-error'],
    ['451 4.3.0 Message deferred due to content engine failure, try again later', 'remote-system-error'],
    ['451 Message deferred due to content processing error', 'remote-system-error'],
    // …and the content itself still is.
    ['550 5.7.1 Message held because of its content', 'spam-content'],
  ])('%s is %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
    expect(ruleOf(probeDsn(reply))).toBe(rule);
  });

  it.each([
    // Read as a delay on the line, as an expiry in a failure report (the base read them so too).
    ['451 Message deferred due to content-scanner unavailability'],
    ['451 4.7.1 Message held due to content-checking backlog'],
    // (Read as an expiry on the line too until the server's own 4xx made any expiry a delay: widening-set25.test.ts.)
    ['451 4.3.0 Message held due to content analyzer timeout'],
  ])('%s is no content', (reply) => {
    expect(ruleOf(reply)).toBe('delivery-delayed');
    expect(ruleOf(probeDsn(reply))).toBe('delivery-expired');
  });
});

describe('greylisting names the reason of a temporary refusal, not of a permanent one', () => {
  it.each([
    ['550 sender rejected, greylist', 'sender-rejected'],
    ['550 5.7.1 <a@b.example>: Sender address rejected: not owned by user, greylist entry removed', 'sender-rejected'],
    ['550 Unknown user; your triplet was greylisted earlier', 'unknown-recipient'],
    // A temporary reply, or the Postfix policy servers' shape without a code, is still greylisting.
    ['450 4.2.0 Sender address rejected: Greylisted for 300 sec.', 'greylisted'],
    ['451 Sender rejected, greylisted', 'greylisted'],
    ['Sender address rejected: Greylisted', 'greylisted'],
  ])('%s is %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
    expect(ruleOf(probeDsn(reply))).toBe(rule);
  });
});
