/**
 * What probe set 11's misses widened (test/explain/probes.ts, PROBES_11), each with what the wider
 * reading must not swallow. Each reply is explained as the pasted line and inside a DSN with a
 * generic status (probeDsn).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { both } from './read.ts';


describe('a message that could not be parsed is its format', () => {
  it.each(['550 5.7.7 Failed to parse message.', '554 Message parsing failed', '550 Unable to parse the message body', '550 5.7.1 Message could not be parsed'])('%s is malformed-content', (reply) => {
    expect(both(reply)).toEqual(['malformed-content', 'malformed-content']);
  });

  it.each(['501 could not parse your mail from command', '501 could not parse recipient', '501 5.5.2 Failed to parse the MAIL FROM address', '550 Failed to parse Message-ID header', '451 4.3.0 Failed to parse content filter response'])('%s is no verdict on the message', (reply) => {
    for (const rule of both(reply)) expect(rule).not.toBe('malformed-content');
  });

  // A temporary reply that it could not parse the message is the receiver's parser (remote-system-error,
  // transient); not under X.6.x, which names the message's form, nor other wording beside a parser.
  it.each([
    ['451 4.3.0 Error parsing message, please try again later', 'remote-system-error'],
    ['451 Failed to parse message', 'remote-system-error'],
    ['451 4.6.0 Failed to parse message', 'malformed-content'],
    ['451 Bare LF received, parser stopped', 'malformed-content'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });

  // An ESMTP parameter or a size that could not be parsed is the command's syntax.
  it.each(['501 5.5.4 Unable to parse BODY parameter', '555 5.5.4 Failed to parse message body size', '501 5.5.4 Error parsing message size'])('%s is an SMTP protocol error', (reply) => {
    expect(both(reply)).toEqual(['smtp-protocol-error', 'smtp-protocol-error']);
  });
});

describe('the message’s header fields: unparseable, required valid, dated out of range, missing', () => {
  it.each(['552 unparseable from header', '552 Headers are missing', '552 We require a valid Date header', '552 The Date header is too far in the past', '554 Date: field is too far in the future'])('%s is not-rfc-compliant', (reply) => {
    expect(both(reply)).toEqual(['not-rfc-compliant', 'not-rfc-compliant']);
  });

  it.each([
    '550 5.7.1 We require a valid sender',
    '451 Message will be retried at a date in the future',
    // Another kind of header named before "headers": not the message's header fields as such.
    '550 5.7.1 DKIM headers are invalid',
    '550 5.7.1 ARC headers are invalid',
    '550 5.7.1 Required headers missing',
    // A colon after a word is no header field: a sender, an SMTP argument, a signature's or a certificate's date.
    '550 5.7.1 We require a valid sender: see our SPF policy',
    '530 5.7.0 requires a valid sender: authenticate first',
    '501 5.5.4 Unparseable TO: argument',
    '550 5.7.1 DKIM signature date: in the future',
    '550 5.7.1 Expiry date: in the past (subscription lapsed)',
    '550 5.7.1 Certificate date: too old',
    '550 5.7.1 DKIM: headers are invalid',
  ])('%s names no header, and is not-rfc-compliant in neither reading', (reply) => {
    for (const rule of both(reply)) expect(rule).not.toBe('not-rfc-compliant');
  });

  it.each(['550 5.7.1 Header is unparseable', '550 5.7.1 unparsable To: header', '554 Message rejected: the headers are malformed'])('%s, the header fields as the subject, is not-rfc-compliant', (reply) => {
    expect(both(reply)).toEqual(['not-rfc-compliant', 'not-rfc-compliant']);
  });
});

describe('the sender on a local list of refused senders, or its address’s syntax', () => {
  it.each(['550 Your envelope sender is in my badmailfrom list', '553 5.1.0 Sender address syntax error', '501 Sender address has invalid syntax'])('%s is the sender refused', (reply) => {
    expect(both(reply)).toEqual(['sender-rejected', 'sender-rejected']);
  });

  it.each([
    '550 Recipient is in my badrcptto list',
    '501 5.1.3 Recipient address syntax error',
    '501 Recipient address syntax error',
    // The From address in the message's header, not the envelope sender.
    '554 5.7.1 From address syntax error in message header',
  ])('%s is not the sender', (reply) => {
    for (const rule of both(reply)) expect(rule).not.toBe('sender-rejected');
  });
});

describe('a scan for viruses that could not be done found none', () => {
  it.each(['452 Unable to scan for viruses', '452 Could not scan the message for viruses'])('%s is no virus (the receiver’s trouble, retried)', (reply) => {
    for (const rule of both(reply)) expect(rule).not.toBe('virus-detected');
    expect(explain(reply, { analyzeReturned: false }).findings[0]?.category).toBe('transient');
  });

  it.each([
    '554 Message rejected: scanned for viruses and found Eicar-Test-Signature',
    '552 Virus found while scanning for viruses: Win.Trojan.Agent',
    // What could not be scanned is an encrypted or password-protected archive: the filter's refusal.
    '552 Unable to scan for viruses: message contains encrypted archive',
    '554 5.7.1 Could not scan message for viruses, password-protected attachment rejected',
  ])('%s is still a virus', (reply) => {
    expect(both(reply)).toEqual(['virus-detected', 'virus-detected']);
  });
});

describe('the client: a HELO name that does not exist, a client that spoke before the greeting', () => {
  it.each(['550 HELO hostname does not exist', '550 EHLO name mx.a.example not found', '550 Connecting host started transmitting before SMTP greeting', '554 5.5.1 Client sent data before the banner', '554 SMTP protocol synchronization error (input sent without waiting for greeting)'])('%s is the client refused', (reply) => {
    expect(both(reply)).toEqual(['client-blocked', 'client-blocked']);
  });

  it.each([
    ['550 5.1.2 Host or domain name not found. Name service error for name=b.example type=MX', 'unknown-domain'],
    ['421 4.4.2 Connection dropped before greeting', 'network-error'],
    // Exim's synchronization error after the greeting: pipelining not advertised, a protocol error.
    ['554 5.5.0 SMTP protocol synchronization error (next input sent too soon: pipelining was not advertised)', 'smtp-protocol-error'],
    // A HELO accepted beside a recipient not found: the recipient's.
    ['550 HELO name accepted, but user not found', 'unknown-recipient'],
    ['550 Helo command accepted. User not found', 'unknown-recipient'],
    // What is not found comes after a sentence or clause end: not the HELO name.
    ['550 Helo name mx.a.example. Mailing list not found', 'refused-unspecified'],
    ['550 HELO argument checked, alias target not found', 'unknown-recipient'],
    // A greeting *period* a message came before is greylisting's wait, not a client that spoke early.
    ['550 5.7.1 Message sent before the greeting period: greylisted', 'greylisted'],
  ])('%s stays %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });
});

describe('a refusal for want of encryption', () => {
  it.each(['550 Command refused due to lack of security', '530 Mail rejected: no TLS', '550 5.7.0 Message denied without an encrypted connection', '550 5.7.1 Access denied: missing SSL'])('%s is tls-required', (reply) => {
    expect(both(reply)).toEqual(['tls-required', 'tls-required']);
  });

  it.each([
    '550 Access denied, no encryption key found for recipient',
    '550 5.7.1 Message rejected: no security policy for this domain',
    // Security that is no transport: a token, a clearance, headers, a SASL layer, a file.
    '550 5.7.1 Delivery not allowed: missing security token',
    '550 5.7.1 Message rejected: no security clearance',
    '550 5.7.1 Rejected: no security headers',
    '535 5.7.8 Authentication refused: no security layer negotiated',
    '550 5.7.1 Mail from a.example refused: no security.txt',
    '550 5.7.26 Rejected due to lack of security alignment (DMARC)',
    '550 5.7.1 Rejected: no SSL certificate for your domain',
    // Encryption of the message itself (S/MIME, PGP), not of the connection.
    '550 5.7.1 Rejected: messages without encryption are not allowed by policy (S/MIME required)',
  ])('%s is not tls-required', (reply) => {
    for (const rule of both(reply)) expect(rule).not.toBe('tls-required');
  });
});
