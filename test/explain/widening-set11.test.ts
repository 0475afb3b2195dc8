/**
 * What probe set 11's misses widened (test/explain/probes.ts, PROBES_11), each with what the wider
 * reading must not swallow. Each reply is explained as the pasted line and inside a DSN with a
 * generic status (probeDsn).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { probeDsn } from './probes.ts';

const ruleOf = (text: string) => explain(text, { analyzeReturned: false }).findings[0]?.rule;
const both = (reply: string) => [ruleOf(reply), ruleOf(probeDsn(reply))];

describe('a message that could not be parsed is its format', () => {
  it.each(['550 5.7.7 Failed to parse message.', '554 Message parsing failed', '550 Unable to parse the message body'])('%s is malformed-content', (reply) => {
    expect(both(reply)).toEqual(['malformed-content', 'malformed-content']);
  });

  it.each(['501 could not parse your mail from command', '501 could not parse recipient', '501 5.5.2 Failed to parse the MAIL FROM address', '550 Failed to parse Message-ID header'])('%s is no verdict on the message', (reply) => {
    for (const rule of both(reply)) expect(rule).not.toBe('malformed-content');
  });
});

describe('the message’s header fields: unparseable, required valid, dated out of range, missing', () => {
  it.each(['552 unparseable from header', '552 Headers are missing', '552 We require a valid Date header', '552 The Date header is too far in the past', '554 Date: field is too far in the future'])('%s is not-rfc-compliant', (reply) => {
    expect(both(reply)).toEqual(['not-rfc-compliant', 'not-rfc-compliant']);
  });

  it.each(['550 5.7.1 We require a valid sender', '451 Message will be retried at a date in the future'])('%s names no header, and is not-rfc-compliant in neither reading', (reply) => {
    for (const rule of both(reply)) expect(rule).not.toBe('not-rfc-compliant');
  });
});

describe('the sender on a local list of refused senders, or its address’s syntax', () => {
  it.each(['550 Your envelope sender is in my badmailfrom list', '553 5.1.0 Sender address syntax error', '501 Sender address has invalid syntax'])('%s is the sender refused', (reply) => {
    expect(both(reply)).toEqual(['sender-rejected', 'sender-rejected']);
  });

  it.each(['550 Recipient is in my badrcptto list', '501 5.1.3 Recipient address syntax error', '501 Recipient address syntax error'])('%s is not the sender', (reply) => {
    for (const rule of both(reply)) expect(rule).not.toBe('sender-rejected');
  });
});

describe('a scan for viruses that could not be done found none', () => {
  it.each(['452 Unable to scan for viruses', '452 Could not scan the message for viruses'])('%s is no virus (the receiver’s trouble, retried)', (reply) => {
    for (const rule of both(reply)) expect(rule).not.toBe('virus-detected');
    expect(explain(reply, { analyzeReturned: false }).findings[0]?.category).toBe('transient');
  });

  it.each(['554 Message rejected: scanned for viruses and found Eicar-Test-Signature', '552 Virus found while scanning for viruses: Win.Trojan.Agent'])('%s is still a virus', (reply) => {
    expect(both(reply)).toEqual(['virus-detected', 'virus-detected']);
  });
});

describe('the client: a HELO name that does not exist, a client that spoke before the greeting', () => {
  it.each(['550 HELO hostname does not exist', '550 EHLO name mx.a.example not found', '550 Connecting host started transmitting before SMTP greeting', '554 5.5.1 Client sent data before the banner'])('%s is the client refused', (reply) => {
    expect(both(reply)).toEqual(['client-blocked', 'client-blocked']);
  });

  it.each([
    ['550 5.1.2 Host or domain name not found. Name service error for name=b.example type=MX', 'unknown-domain'],
    ['421 4.4.2 Connection dropped before greeting', 'network-error'],
    // A HELO accepted beside a recipient not found: the recipient's.
    ['550 HELO name accepted, but user not found', 'unknown-recipient'],
    ['550 Helo command accepted. User not found', 'unknown-recipient'],
  ])('%s stays %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });
});

describe('a refusal for want of encryption', () => {
  it.each(['550 Command refused due to lack of security', '530 Mail rejected: no TLS', '550 5.7.0 Message denied without encryption'])('%s is tls-required', (reply) => {
    expect(both(reply)).toEqual(['tls-required', 'tls-required']);
  });

  it.each(['550 Access denied, no encryption key found for recipient', '550 5.7.1 Message rejected: no security policy for this domain'])('%s is not tls-required', (reply) => {
    for (const rule of both(reply)) expect(rule).not.toBe('tls-required');
  });
});
