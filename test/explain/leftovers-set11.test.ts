/**
 * Readings left over before probe set 11, each way round: greylisting under a report that says
 * temporary, a reply that quotes the sender's own address, an anti-virus scanner that is down, a
 * recipient domain not configured for mail, and a From address called malformed.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { dsnReport, sendmailReport } from './dsn-builder.ts';
import { probeDsn } from './probes.ts';
import { both, ruleOf } from './read.ts';


/**
 * A Postfix DSN sent to `sender`: the remote's reply in reply to `command`, with the report's
 * Action and Status, and the returned message's headers (From: the sender).
 */
const report = (reply: string, command: string, { status = '5.0.0', action = 'failed', sender = 'me@a.example', rcpt = 'someone@b.example' } = {}) =>
  dsnReport({
    from: 'MAILER-DAEMON@mx.a.example (Mail Delivery System)',
    to: sender,
    human: ['This is the mail system at host mx.a.example.', '', `<${rcpt}>: host mx.b.example[192.0.2.9] said: ${reply} (in reply to ${command} command)`],
    recipient: rcpt,
    action,
    status,
    remoteMta: 'dns; mx.b.example',
    diagnosticCode: `smtp; ${reply}`,
    returnedHeaders: [`From: Me <${sender}>`, `To: ${rcpt}`, 'Subject: hello'],
  });

describe('greylisting under a report that says the failure is temporary', () => {
  it('"5.7.1 Sender address rejected: Greylisted" under Status 4.7.1 is greylisting', () => {
    expect(ruleOf(report('5.7.1 Sender address rejected: Greylisted', 'RCPT TO', { status: '4.7.1', action: 'delayed' }))).toBe('greylisted');
    expect(ruleOf(report('5.7.1 Sender address rejected: Greylisted', 'RCPT TO', { status: '4.7.1' }))).toBe('greylisted');
  });

  it('stays a refusal of the sender under a permanent Status, and with a 5xx reply code', () => {
    expect(ruleOf(report('5.7.1 Sender address rejected: Greylisted', 'RCPT TO', { status: '5.7.1' }))).toBe('sender-rejected');
    expect(ruleOf(report('550 5.7.1 Sender address rejected: Greylisted', 'RCPT TO', { status: '4.7.1' }))).toBe('sender-rejected');
    // A greylist named beside another reason is that reason, whatever the report's class.
    expect(ruleOf(report('550 5.7.1 <me@a.example>: Sender address rejected: not owned by user, greylist entry removed', 'RCPT TO', { status: '4.7.1' }))).toBe('sender-rejected');
  });
});

describe('a reply that quotes the sender’s own address', () => {
  it.each([
    ['550 5.1.0 <me@a.example>: No such user here', 'MAIL FROM'],
    ['550 5.1.0 <me@a.example>: No such user here', 'RCPT TO'],
    ['550 5.1.1 <me@a.example>: Sender address rejected: undeliverable address: User unknown in virtual alias table', 'RCPT TO'],
    ['550 5.1.0 <me@a.example>: Sender address rejected: No such user here', 'MAIL FROM'],
    ['550 5.1.2 <me@a.example>: Domain not found', 'MAIL FROM'],
  ])('%s (in reply to %s) is the sender refused', (reply, command) => {
    expect(ruleOf(report(reply, command))).toBe('sender-rejected');
  });

  it.each([
    // The recipient's own address, or only a recipient named: a missing recipient.
    ['550 5.1.1 <someone@b.example>: No such user here', 'MAIL FROM'],
    ['550 5.1.1 <someone@b.example>: Recipient address rejected: User unknown in local recipient table', 'RCPT TO'],
    // Both addresses: the recipient's decides.
    ['550 5.1.1 <someone@b.example>: User unknown; from=<me@a.example> to=<someone@b.example>', 'RCPT TO'],
    // Another address than the sender's.
    ['550 5.1.1 <other@c.example>: No such user here', 'RCPT TO'],
    // The sender's address quoted after the verdict only says who sent, even before a colon.
    ['550 5.1.1 User unknown (sender: <me@a.example>)', 'RCPT TO'],
    ['550 Recipient unknown, sender <me@a.example>: see log', 'RCPT TO'],
    ['550 5.1.1 Recipient unknown, sender <me@a.example>: see log', 'RCPT TO'],
    ['550 user unknown (mail from <me@a.example>: denied)', 'RCPT TO'],
    ['550 No such user - from=<me@a.example>: rejected', 'RCPT TO'],
    // A transcript or a message's way quoted ("Mail from … to …"), not a label of the reply's subject.
    ['550 5.1.1 MAIL FROM:<me@a.example> RCPT TO:<other@b.example>: User unknown', 'RCPT TO'],
    ['550 5.1.1 Mail from me@a.example to someone-alias: mailbox not found', 'RCPT TO'],
    ['550 5.1.1 Sender <me@a.example> to <someone@b.example> rejected: User unknown', 'RCPT TO'],
  ])('%s (in reply to %s) stays a missing recipient', (reply, command) => {
    expect(ruleOf(report(reply, command))).toBe('unknown-recipient');
  });

  it('a message sent to oneself, refused as a recipient, stays a missing recipient', () => {
    const self = report('550 5.1.1 <someone@b.example>: Recipient address rejected: User unknown', 'RCPT TO', { sender: 'someone@b.example' });
    expect(ruleOf(self)).toBe('unknown-recipient');
  });

  it('the recipient’s whole address decides, not one inside the sender’s', () => {
    // The recipient e@a.example is inside me@a.example, but the reply quotes the sender's address.
    expect(ruleOf(report('550 5.1.0 <me@a.example>: No such user here', 'MAIL FROM', { rcpt: 'e@a.example' }))).toBe('sender-rejected');
  });

  it.each([
    ['451 4.3.0 <me@a.example>: No such user here', 'MAIL FROM', '4.3.0'],
    ['450 4.1.1 <me@a.example>: Sender address rejected: unverified address: mailbox unavailable', 'RCPT TO', '4.1.1'],
  ])('%s (in reply to %s) in a delay notice stays a delay', (reply, command, status) => {
    expect(ruleOf(report(reply, command, { status, action: 'delayed' }))).toBe('delivery-delayed');
  });

  it('a temporary reply in a failure report stays a message that expired, not a refusal', () => {
    expect(ruleOf(report('451 4.3.0 <me@a.example>: No such user here', 'MAIL FROM', { status: '4.3.0' }))).toBe('delivery-expired');
  });

  it.each([
    ['550 5.1.1 <me@a.example>: User unknown', '5.0.0'],
    ['550 5.1.1 <me@a.example>: User unknown', '5.1.1'],
    ['550 5.1.10 <me@a.example>: RecipientNotFound', '5.0.0'],
  ])('%s under Status %s, a recipient’s status code at RCPT TO, stays a missing recipient', (reply, status) => {
    expect(ruleOf(report(reply, 'RCPT TO', { status }))).toBe('unknown-recipient');
  });

  it.each([
    ['550 5.1.0 <jöme@a.example>: No such user here', 'jöme@a.example'],
    ['550 <me@a.exampleü.de>: No such user here', 'me@a.exampleü.de'],
    ['550 <me@a.example-ü.de>: No such user here', 'me@a.example-ü.de'],
  ])('%s: the sender’s ASCII address inside a longer one with other letters is not the sender’s', (reply, rcpt) => {
    expect(ruleOf(report(reply, 'RCPT TO', { rcpt }))).toBe('unknown-recipient');
  });

  it('the sender’s address as the reply’s subject, in brackets or bare, is still the sender’s', () => {
    expect(ruleOf(report('550 5.1.0 <me@a.example>... No such user here', 'RCPT TO'))).toBe('sender-rejected');
    expect(ruleOf(report('550 5.1.0 me@a.example: No such user here', 'MAIL FROM'))).toBe('sender-rejected');
  });

  it.each(['550 5.1.0 Sender <me@a.example>: No such user here', '553 5.1.0 sender address <me@a.example>: no such user', '550 5.1.0 Address <me@a.example>: No such user here', '550 Envelope sender <me@a.example>... User unknown'])('%s, a label opening the reply before the sender’s address, is still the sender refused', (reply) => {
    expect(ruleOf(report(reply, 'RCPT TO'))).toBe('sender-rejected');
  });

  it('a recipient’s status code at MAIL FROM is the sender’s', () => {
    expect(ruleOf(report('550 5.1.1 <me@a.example>: User unknown', 'MAIL FROM'))).toBe('sender-rejected');
  });

  it('without a report, a pasted line cannot know the sender, and reads as it says', () => {
    expect(ruleOf('550 5.1.0 <me@a.example>: No such user here')).toBe('unknown-recipient');
  });
});

describe('an anti-virus scanner that is down judged nothing', () => {
  it.each(['451 4.3.0 virus scanner unavailable', 'temporary failure, virus scanner not available', '451 Virus scan engine error, try again later', '451 4.3.0 virus check temporarily unavailable', '451 virus scanning service error'])('%s is the receiver’s trouble', (reply) => {
    for (const rule of both(reply)) expect(rule).toBe('remote-system-error');
  });

  it.each(['451 virus scanner error: clamd socket not found, try again later', '451 4.3.0 virus scanner unavailable (clamd.b.example not responding)'])('%s, nothing found, is no virus', (reply) => {
    for (const rule of both(reply)) expect(rule).not.toBe('virus-detected');
  });

  it('an anti-virus service that does not answer is no virus either', () => {
    for (const rule of both('451 4.7.1 antivirus service is not responding')) expect(rule).not.toBe('virus-detected');
  });

  it.each([
    '554 5.7.1 Virus found: Eicar-Test-Signature',
    '550 The virus scanner found Win.Trojan.Agent in the attachment',
    '554 Virus detected by the virus scanner: the message is infected',
    // A scanner that failed beside a virus it found: the virus.
    '550 virus scanner error: infected attachment removed',
    // A virus check or scan the message "failed" is the message's.
    '554 5.7.1 Virus check failed',
    '550 Virus scan failed: Eicar detected',
    // A scanner "error" followed by its verdict (found, contains, suspicious, a signature's name).
    '554 Virus scanner error: Eicar-Test-Signature FOUND',
    '554 5.7.1 Virus scanner error: Suspicious attachment',
    '550 virus engine error: message contains W32/Netsky',
    '554 virus scanner error: Win.Trojan.Agent-123',
    '554 5.6.0 virus engine busy: rejecting mail with executable attachment',
    '554 5.7.1 virus scanner error: Win.Test.EICAR_HDB-1 FOUND',
    '554 virus scanner error, message contains a virus',
    '554 virus scanner error: found Sanesecurity.Junk.1234',
    '451 virus scanner error. Virus found in attachment',
    '554 5.7.1 Rejected by ClamAV',
    // A named finding of any family, dotted or slashed, then FOUND or detected.
    '554 5.7.1 Virus scanner error: Rtf.Exploit.CVE_2017_0199-6 FOUND',
    '554 virus scanner error: Exploit.PDF-9669 FOUND',
    '554 virus engine error: Win32/Agent.ABC detected',
  ])('%s is still a virus', (reply) => {
    expect(both(reply)).toEqual(['virus-detected', 'virus-detected']);
  });

  // After a scanner's trouble, only a verdict in the same clause counts: a virus or malware found or
  // contained, or a signature's name as a word of its own; not anything else found or contained, nor
  // a link's or path's part that looks like a signature's prefix.
  it.each([
    '451 4.3.0 Virus scanner error: No supported database files found',
    '421 4.3.0 virus scanner unavailable, no host found',
    '451 4.3.0 Virus scan engine error: signature database contains errors',
    '451 Temporary failure: virus scanner error; mail.log contains details',
    '451 virus scanner error (see http://a.example/win.faq)',
    '451 virus scanner error: see /usr/share/doc/js/readme',
    '451 virus scanner error: the attachment contains errors',
    // ClamAV's library and its path are not the product's verdict.
    '451 4.3.0 virus scanner error: LibClamAV Error: cli_loaddb(): No supported database files found in /var/lib/clamav',
  ])('%s is the receiver’s trouble', (reply) => {
    expect(both(reply)).toEqual(['remote-system-error', 'remote-system-error']);
  });

  // amavisd-new names its own routine when every scanner it runs failed: no verdict, unless one follows.
  it.each(['451 4.5.0 Error in processing, id=12345-01, virus_scan FAILED: AV: ALL VIRUS SCANNERS FAILED', '451 4.5.0 Error in processing, id=12345-01, virus_scan FAILED: virus_scan: ALL VIRUS SCANNERS FAILED'])('%s is the receiver’s trouble', (reply) => {
    expect(both(reply)).toEqual(['remote-system-error', 'remote-system-error']);
  });

  it.each(['451 4.3.0 Virus scanner error: No virus found, temporary failure', '451 4.3.0 virus scanner error; no malware found, try again later', '451 4.3.0 Virus scanner timeout, no viruses detected so far'])('%s found nothing: the receiver’s trouble', (reply) => {
    for (const rule of both(reply)) expect(rule).not.toBe('virus-detected');
  });

  it('a verdict after the routine’s name is still a virus', () => {
    expect(both('554 5.7.0 virus_scan: Eicar-Test-Signature FOUND')).toEqual(['virus-detected', 'virus-detected']);
  });

  it('a scanner that timed out is the receiver’s trouble whatever else it says contains something', () => {
    const reply = '554 virus scanner timeout: the temp dir contains stale files';
    for (const text of [reply, probeDsn(reply)]) {
      const finding = explain(text, { analyzeReturned: false }).findings[0];
      expect(finding?.rule).not.toBe('virus-detected');
      expect(finding?.category).toBe('transient');
    }
  });
});

describe('a recipient domain that is not configured for mail', () => {
  // RFC 3463 X.1.2: the destination system "does not exist or is incapable of accepting mail".
  it.each(['550 Recipient domain not configured for mail', '550 5.1.2 Domain b.example is not configured to receive email'])('%s is a domain that takes no mail', (reply) => {
    expect(both(reply)).toEqual(['domain-takes-no-mail', 'domain-takes-no-mail']);
  });

  it.each([
    // The sender's domain: a sender refused.
    ['550 sender domain not configured for mail', 'sender-rejected'],
    ['553 5.1.8 mailfrom domain not configured for mail', 'sender-rejected'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });

  it.each([
    '550 Your domain is not configured for mail',
    '550 domain not configured for mail relay',
    '451 Domain is not configured for mail from this host',
    // A relay's, a client's or a host's domain, or one the reply asks to authenticate for.
    '550 relay domain not configured for mail',
    "550 Client host's domain is not configured for mail",
    '550 Domain not configured for mail. Please authenticate first',
    // A temporary reply: the receiver's set-up under way.
    '451 Recipient domain not configured for mail',
    '450 4.3.0 domain not configured for mail, try again later',
  ])('%s is not the recipient’s domain taking no mail', (reply) => {
    for (const rule of both(reply)) expect(rule).not.toBe('domain-takes-no-mail');
  });
});

describe('a From address called malformed, either way round', () => {
  it.each(['550 5.7.1 Malformed From address', '554 5.6.0 From address is malformed', '550 Message rejected: malformed "From:" address'])('%s is a format error of the message', (reply) => {
    expect(both(reply)).toEqual(['not-rfc-compliant', 'not-rfc-compliant']);
    expect(ruleOf(report(reply, 'end of data'))).toBe('not-rfc-compliant');
  });

  it('in reply to MAIL FROM, before any header was sent, or under X.1.7, it is the envelope sender', () => {
    expect(ruleOf(report('554 5.6.0 From address is malformed', 'MAIL FROM'))).toBe('sender-rejected');
    expect(both('501 5.1.7 Malformed From address')).toEqual(['sender-rejected', 'sender-rejected']);
  });

  it.each(['501 Malformed from address', '501 5.5.2 Syntax: malformed from address', '553 Malformed from address', '501 5.5.4 from address is malformed'])('%s, a 501 / 553 answer to an SMTP command, is the envelope sender', (reply) => {
    expect(both(reply)).toEqual(['sender-rejected', 'sender-rejected']);
  });

  it.each([
    '550 5.7.1 Message rejected: missing Date header',
    '550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant',
    '550 5.6.0 Header is malformed',
    '550 5.7.1 unparseable From header',
    '550 5.7.1 Date header is too far in the past',
  ])('%s in reply to MAIL FROM stays a format error of the message (only a malformed From is the envelope’s)', (reply) => {
    expect(ruleOf(report(reply, 'MAIL FROM'))).toBe('not-rfc-compliant');
  });

  it.each(['501 5.1.7 Sender address malformed', '501 5.1.7 MAIL FROM address is malformed', '501 5.5.4 Malformed MAIL FROM address', '550 Return-Path from address is malformed', '550 sender from address is malformed'])('%s stays the envelope sender', (reply) => {
    for (const rule of both(reply)) expect(rule).not.toBe('not-rfc-compliant');
  });

  // Postfix checks sender restrictions at RCPT TO (smtpd_delay_reject): before the message's end no
  // header was sent, whatever the code.
  it.each([
    ['550 5.7.1 <me@a.example>: Sender address rejected: Malformed From address', 'RCPT TO'],
    ['550 5.7.1 Malformed From address', 'RCPT TO'],
    ['554 5.7.1 Malformed From address', 'DATA'],
    ['501 Malformed From address', 'DATA'],
    ['553 malformed From header address', 'RCPT TO'],
  ])('%s in reply to %s, before the message was sent, is the envelope sender', (reply, command) => {
    expect(ruleOf(report(reply, command, { status: '5.7.1' }))).toBe('sender-rejected');
  });

  // Sendmail's transcript says which command the reply answered: `>>> DATA` last, before any of the message was sent.
  const sendmail = (transcript: readonly string[], reply: string, status: string) =>
    sendmailReport(reply, transcript, {
      to: '<me@a.example>',
      status,
      after: ['554 5.0.0 Service unavailable'],
      returnedHeaders: ['Return-Path: <me@a.example>', 'From: Me <me@a.example>', 'To: someone@b.example', 'Subject: hi'],
    });

  it.each(['554 5.7.1 Malformed From address', '501 Malformed From address', '553 5.1.7 From address is malformed'])('%s after a Sendmail transcript’s >>> DATA is the envelope sender; after >>> . it is the header', (reply) => {
    const status = (/\d\.\d\.\d/.exec(reply) ?? ['5.0.0'])[0];
    expect(ruleOf(sendmail(['>>> DATA'], reply, status))).toBe('sender-rejected');
    expect(ruleOf(sendmail(['>>> MAIL From:<me@a.example> SIZE=10', '>>> RCPT To:<someone@b.example>', '>>> DATA', '<<< 250 2.1.0 ok', '<<< 250 2.1.5 ok'], reply, status))).toBe('sender-rejected');
    expect(ruleOf(sendmail(['>>> DATA', '<<< 354 go ahead', '>>> .'], '554 5.7.1 Malformed From address', '5.7.1'))).toBe('not-rfc-compliant');
  });

  it.each(['550 5.7.1 Malformed From address', '501 Malformed From address', '553 Malformed from address', '501 5.1.7 Malformed From address'])('%s at the end of DATA, after the message was sent, is its From header', (reply) => {
    expect(ruleOf(report(reply, 'end of DATA', { status: (/\d\.\d\.\d/.exec(reply) ?? ['5.0.0'])[0] }))).toBe('not-rfc-compliant');
  });

  it('"Sender address rejected" is the envelope sender even at the end of DATA', () => {
    expect(ruleOf(report('550 5.7.1 <me@a.example>: Sender address rejected: Malformed From address', 'end of DATA', { status: '5.7.1' }))).toBe('sender-rejected');
    expect(both('550 5.7.1 Sender address rejected: Malformed From address')).toEqual(['sender-rejected', 'sender-rejected']);
  });

  it('with no stage known, an X.1.7 in the report’s Status reads the same with or without an enhanced code in the reply', () => {
    expect(ruleOf(dsnReport({ action: 'failed', status: '5.1.7', diagnosticCode: 'smtp; 550 Malformed From address' }))).toBe('sender-rejected');
    expect(ruleOf(dsnReport({ action: 'failed', status: '5.1.7', diagnosticCode: 'smtp; 550 5.7.1 Malformed From address' }))).toBe('sender-rejected');
    expect(ruleOf(dsnReport({ action: 'failed', status: '5.7.1', diagnosticCode: 'smtp; 550 5.7.1 Malformed From address' }))).toBe('not-rfc-compliant');
  });

  it.each([
    ['421 From address is malformed', 'MAIL FROM'],
    ['421 From address is malformed', 'end of DATA'],
    ['451 4.7.1 Malformed From address', 'MAIL FROM'],
    ['451 4.1.7 Malformed From address', 'RCPT TO'],
  ])('%s in reply to %s under a delayed report is a delay, not a verdict', (reply, command) => {
    expect(ruleOf(report(reply, command, { status: '4.0.0', action: 'delayed' }))).toBe('delivery-delayed');
  });
});
