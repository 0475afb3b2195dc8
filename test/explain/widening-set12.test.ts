/**
 * What probe set 12's misses widened (test/explain/probes.ts, PROBES_12) and the known leftovers
 * fixed beside them, each with what the wider reading must not swallow. Each reply is explained as
 * the pasted line and inside a DSN with a generic status (probeDsn).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { dsnReport } from './dsn-builder.ts';
import { probeDsn } from './probes.ts';
import { both, ruleOf } from './read.ts';


describe('a MIME type, or the message’s parts above a count, refused under local rules', () => {
  it.each([
    '554 5.7.1 MIME type message/partial not accepted here',
    '554 5.7.1 Message contained too many MIME parts.  We do not accept such complicated messages.',
    '550 Failed to queue message, too many nested attachments [ERRQ07]',
    '552 Too many attachments',
    '554 5.7.1 MIME type text/x-vcard is blocked',
  ])('%s is policy-rejection', (reply) => {
    expect(both(reply)).toEqual(['policy-rejection', 'policy-rejection']);
  });

  it.each([
    // Spam named beside a MIME type: the spam verdict (tried first).
    ['554 5.7.1 Spam message rejected (MIME type text/html)', 'spam-content'],
    ['550 5.7.1 MIME type application/pdf not accepted, spam suspected', 'spam-content'],
    // A MIME type header that is malformed is the header's form, not a type refused.
    ['554 5.6.0 Invalid MIME type header', 'not-rfc-compliant'],
    // Too many of something else.
    ['452 4.5.3 Too many recipients', 'rate-limited'],
    // A size limit that names the parts is still the size.
    ['552 5.3.4 Message has too many MIME parts, exceeds size limit', 'message-too-large'],
    // An ESMTP extension "not accepted" is the command's, not a file extension refused.
    ['555 5.5.4 SMTPUTF8 extension not accepted', 'malformed-content'],
    ['501 5.5.4 BODY=8BITMIME extension not accepted here', 'smtp-protocol-error'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });
});

describe('amavisd-new’s "spammy" is a spam verdict; a host or address called spam or spammy is not', () => {
  it.each(['554 5.7.0 Bounce, id=12345-01 - spammy (tag3)', '554 Message looks spammy.', '554 5.7.1 Rejected by anti-spam filter', '550 Spam.Please contact postmaster', '554 mx.spam.example: spam detected'])('%s is spam-content', (reply) => {
    expect(both(reply)).toEqual(['spam-content', 'spam-content']);
  });

  it.each(['550 <a@spammy.example>: Recipient address rejected: User unknown', '550 5.1.1 <someone@mail.spammy-list.example>: No such user', '550 <a@spam.example>: Recipient address rejected: User unknown', '550 <someone@mx.spam.example>: Recipient address rejected: User unknown'])('%s is unknown-recipient', (reply) => {
    expect(both(reply)).toEqual(['unknown-recipient', 'unknown-recipient']);
  });
});

describe('a document’s macros judged malicious or dangerous are a verdict; macros a rule refuses are policy', () => {
  it.each(['554 5.7.1 Rejected (malicious macro - mraptor)', '554 5.7.1 Rejected (dangerous macro detected)'])('%s is virus-detected', (reply) => {
    expect(both(reply)).toEqual(['virus-detected', 'virus-detected']);
  });

  it('a rule against macro-enabled attachments stays policy', () => {
    expect(both('554 5.7.1 Macro-enabled attachments are not allowed')).toEqual(['policy-rejection', 'policy-rejection']);
  });
});

describe('an anti-virus program that could not run or is not ready judged nothing', () => {
  it.each([
    ['451 4.3.0 Problem running virus-scanner', 'remote-system-error', 'remote-system-error'],
    ['451 4.3.0 Error starting the antivirus scanner', 'remote-system-error', 'remote-system-error'],
    ['451 4.7.1 Please retry later (anti-virus/oletools not ready)', 'delivery-delayed', 'delivery-expired'],
    ['451 4.7.1 Antivirus not available, try again later', 'delivery-delayed', 'delivery-expired'],
  ])('%s is %s', (reply, asLine, inFailure) => {
    expect(ruleOf(reply)).toBe(asLine);
    expect(ruleOf(probeDsn(reply))).toBe(inFailure);
  });

  // A verdict in the same clause, a check that failed, or a virus found before the trouble, is a verdict.
  it.each([
    '554 5.7.1 Problem running virus-scanner: Eicar-Test-Signature FOUND',
    '554 5.7.1 problem with virus scanner: infected attachment',
    '554 5.7.1 Virus found: problem with virus scanner',
    '554 Anti-virus check failed',
    '554 anti-virus not ready: Win.Trojan.Agent-123 found',
    '554 5.7.1 anti-virus: message infected, scanner busy',
    '550 Rejected by anti-virus',
  ])('%s is virus-detected', (reply) => {
    expect(both(reply)).toEqual(['virus-detected', 'virus-detected']);
  });
});

describe('an address "not a valid RFC-5321 address": the recipient’s or the sender’s, as the reply says', () => {
  it.each(['553 The recipient address <a@b..example> is not a valid RFC-5321 address.', '553 Recipient <a@b.example> is not a valid email address'])('%s is unknown-recipient', (reply) => {
    expect(both(reply)).toEqual(['unknown-recipient', 'unknown-recipient']);
  });

  it.each(['553 The sender address <me@a.example> is not a valid RFC-5321 address.', '553 Sender address is not a valid address'])('%s is sender-rejected', (reply) => {
    expect(both(reply)).toEqual(['sender-rejected', 'sender-rejected']);
  });

  // Only a recipient named first buys the qualified form ("a valid email / RFC-5321 address"): a
  // From header's, a Reply-To's or the envelope sender's is no recipient that does not exist.
  it.each(['550 Your From: header is not a valid email address', '553 MAIL FROM is not a valid email address', '501 Reply-To is not a valid email address', '550 the address in your From header is not a valid internet address'])('%s is not unknown-recipient', (reply) => {
    for (const rule of both(reply)) expect(rule).not.toBe('unknown-recipient');
  });
});

describe('a DKIM key that could not be retrieved: for now a DNS failure, in a refusal a verdict', () => {
  it('451 4.7.5 DKIM key retrieval failed is network-error', () => {
    expect(both('451 4.7.5 DKIM key retrieval failed')).toEqual(['network-error', 'network-error']);
  });

  it.each(['550 5.7.0 DKIM key retrieval failed', '550 5.7.1 DKIM key retrieval failed: no key for signature', '550 5.7.0 DKIM signature syntax error'])('%s is authentication-failed', (reply) => {
    expect(both(reply)).toEqual(['authentication-failed', 'authentication-failed']);
  });
});

describe('a null MX said of the sender’s domain is the sender’s; one said of no one stays the recipient’s', () => {
  it('550 5.7.27 Sender address has null MX (RFC 7505 section 4.2) is sender-rejected', () => {
    expect(both('550 5.7.27 Sender address has null MX')).toEqual(['sender-rejected', 'sender-rejected']);
  });

  it.each([
    '556 5.1.10 <a@b.example>: Recipient address rejected: Domain has null MX',
    '554 5.7.1 Domain published RFC 7505 Null MX',
    // A sender named, then the recipient or a "to" before the null MX: not the sender's domain.
    'Mail from me@a.example to a@b.example rejected: null MX',
    'sender me@a.example, recipient domain has null MX',
  ])('%s is domain-takes-no-mail', (reply) => {
    expect(both(reply)).toEqual(['domain-takes-no-mail', 'domain-takes-no-mail']);
  });
});

describe('leftovers', () => {
  /** A Postfix report to the sender me@a.example, whose returned message is from it. */
  const report = (reply: string, recipient = 'someone@b.example') =>
    dsnReport({
      to: 'me@a.example',
      action: 'failed',
      status: '5.0.0',
      recipient,
      human: [`<${recipient}>: host mx.b.example[192.0.2.1] said: ${reply} (in reply to RCPT TO command)`],
      diagnosticCode: `smtp; ${reply}`,
      returnedHeaders: ['From: me@a.example', `To: ${recipient}`],
    });

  it('"Sender <me@…>: recipient unknown" at RCPT names who sent; the recipient is unknown', () => {
    expect(ruleOf(report('550 5.1.1 Sender <me@a.example>: recipient unknown'))).toBe('unknown-recipient');
    expect(ruleOf(report('550 5.1.1 Envelope sender <me@a.example>: Recipient unknown'))).toBe('unknown-recipient');
  });

  it.each([
    '550 5.1.1 Sender <me@a.example>: sender unknown',
    '550 Sender <me@a.example>: No such user here',
    // The sender named after the label's address too: the sender's verification.
    '550 Sender <me@a.example>: Sender verify failed: recipient unknown',
  ])('%s, of the sender’s own address, stays sender-rejected', (reply) => {
    expect(ruleOf(report(reply))).toBe('sender-rejected');
  });

  it('a parser error under X.3.x that asks to be tried later is the receiver’s trouble', () => {
    expect(both('551 5.3.0 Error parsing message, try later')).toEqual(['remote-system-error', 'remote-system-error']);
  });

  it.each(['554 5.3.0 Error parsing message', '550 5.6.0 Error parsing message, try later', '550 Error parsing message, try later'])('%s stays malformed-content', (reply) => {
    expect(both(reply)).toEqual(['malformed-content', 'malformed-content']);
  });

  it('a temporary reply to a client that spoke before the greeting that asks for a later try is a delay; once failed, or a refusal, it stays the client’s', () => {
    expect(ruleOf('451 4.7.1 You are sending before our greeting, try later')).toBe('delivery-delayed');
    // After review: a failure report keeps the cause (the sending host was judged), not "expired".
    expect(ruleOf(probeDsn('451 4.7.1 You are sending before our greeting, try later'))).toBe('client-blocked');
    expect(both('550 5.7.1 You are sending before our greeting')).toEqual(['client-blocked', 'client-blocked']);
    expect(both('550 Connecting host started transmitting before SMTP greeting')).toEqual(['client-blocked', 'client-blocked']);
  });

  it('a recipient address with its domain’s trailing root dot is the same address', () => {
    const finding = explain(report('550 5.1.1 <someone@b.example>: Recipient address rejected: User unknown', 'someone@b.example.'), { analyzeReturned: false }).findings[0];
    expect(finding?.rule).toBe('unknown-recipient');
    expect(finding?.message).toContain('Mail to someone@b.example was refused');
    // Only dots at the end of a domain: an address that goes on keeps them.
    const other = explain(report('550 5.1.1 User unknown', 'someone@b.example.org'), { analyzeReturned: false }).findings[0];
    expect(other?.message).toContain('Mail to someone@b.example.org was refused');
  });
});
