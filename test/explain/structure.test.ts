/**
 * explain() reads the structure first (issue 11): a status code that names a cause decides the
 * category and the server's words only choose within it; a generic code leaves the words to
 * decide; the remote's own code beats a Status field the reporting server made up; the evidence
 * is the line with the error.
 */
import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../core/explain/causes.ts';
import { explain } from '../../core/explain/index.ts';

/** An RFC 3464 report for one recipient. */
function dsn(fields: { status?: string; action?: string; diagnostic?: string }, text = ''): string {
  return [
    'From: MAILER-DAEMON@mx.sender.example',
    'Subject: Undelivered Mail Returned to Sender',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    text || 'Your message could not be delivered.',
    '',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.sender.example',
    '',
    'Final-Recipient: rfc822; jane@b.example',
    `Action: ${fields.action ?? 'failed'}`,
    ...(fields.status ? [`Status: ${fields.status}`] : []),
    'Remote-MTA: dns; mx.b.example',
    ...(fields.diagnostic ? [`Diagnostic-Code: smtp; ${fields.diagnostic}`] : []),
    '',
    '--b--',
    '',
  ].join('\n');
}

const top = (text: string) => explain(text, { analyzeReturned: false }).findings[0];

describe('a status code that names a cause decides the category', () => {
  it('words choose among the causes of that category', () => {
    expect(top(dsn({ status: '5.2.2', diagnostic: '552 5.2.2 mailbox full' }))?.rule).toBe('mailbox-full');
    expect(top(dsn({ status: '5.1.1', diagnostic: '550 5.1.1 the account is disabled' }))?.rule).toBe('mailbox-disabled');
    expect(top(dsn({ status: '5.1.10', diagnostic: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' }))?.rule).toBe('unknown-recipient');
  });

  it('words of another category do not override it', () => {
    expect(top(dsn({ status: '5.1.1', diagnostic: '550 5.1.1 <jane@b.example>: rejected, your IP is on our spam blocklist' }))?.category).toBe('mailbox');
    expect(top(dsn({ status: '5.7.26', diagnostic: '550 5.7.26 message blocked as spam: unauthenticated' }))?.category).toBe('authentication');
    expect(top(dsn({ status: '5.3.4', diagnostic: '552 5.3.4 rejected: message too big for this relay' }))?.category).toBe('policy');
  });

  it('a provider’s documented code counts as one (Microsoft 5.7.606, 5.7.509)', () => {
    expect(top(dsn({ status: '5.7.606', diagnostic: '550 5.7.606 Access denied, banned sending IP [192.0.2.1]' }))?.rule).toBe('blocklisted');
    expect(top(dsn({ status: '5.7.509', diagnostic: '550 5.7.509 Access denied, sending domain b.example does not pass DMARC verification' }))?.category).toBe('authentication');
  });
});

describe('a generic code leaves the decision to the words', () => {
  it.each([
    ['550 5.7.1 Message rejected due to content restrictions', 'policy'],
    ['550 5.7.1 <jane@b.example>... Relaying denied', 'relay'],
    ['554 5.7.9 Message not accepted for policy reasons. See https://senders.yahooinc.com/error-codes', 'policy'],
    ['550 5.0.0 <jane@b.example>... User unknown', 'mailbox'],
    ['550 5.7.1 Your message looks like spam', 'content'],
    ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', 'reputation'],
  ])('%s → %s', (reply, category) => {
    expect(top(dsn({ status: reply.split(' ')[1] as string, diagnostic: reply }))?.category).toBe(category);
  });

  it('and with no words, the generic code still says something: 5.7.1 is a refused authorisation', () => {
    expect(top(dsn({ status: '5.7.1', diagnostic: '551 5.7.1 Sorry.' }))?.rule).toBe('not-authorized');
  });
});

describe('which code', () => {
  it('the remote’s own code beats a Status field the reporting server made up', () => {
    const report = top(dsn({ status: '5.1.1', diagnostic: '550 5.7.1 IP address blacklisted by recipient' }));
    expect(report?.category).toBe('reputation');
  });

  it('a name lookup reported as temporary is a DNS failure, a permanent one a missing domain', () => {
    expect(top(dsn({ status: '4.0.0', diagnostic: "DNS Error: DNS type 'mx' lookup of b.example responded with code NXDOMAIN Domain name not found" }))?.category).toBe('transient');
    expect(top(dsn({ status: '5.1.2', diagnostic: "DNS Error: DNS type 'mx' lookup of b.example responded with code NXDOMAIN Domain name not found" }))?.category).toBe('mailbox');
    expect(top('Host or domain name not found. Name service error for name=b.example type=MX: Host not found, try again')?.category).toBe('transient');
  });

  it('a temporary mailbox status is no verdict on the mailbox', () => {
    expect(top(dsn({ status: '4.2.1', action: 'delayed', diagnostic: '450 4.2.1 Unable to chdir to maildir' }))?.category).toBe('transient');
  });
});

describe('provider notifications', () => {
  const ses = (subType: string) =>
    `{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"${subType}","bouncedRecipients":[{"emailAddress":"jane@b.example","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 sorry"}]}}`;
  it('Amazon SES’s bounceSubType names the cause', () => {
    expect(top(ses('Suppressed'))?.rule).toBe('address-suppressed');
    expect(top(ses('OnAccountSuppressionList'))?.category).toBe('other');
    expect(top(ses('General'))?.rule).toBe('unknown-recipient');
  });

  it('a subtype named like an Object.prototype member is no subtype', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(top(ses(name))?.rule).toBe('unknown-recipient');
    const headers = 'From: a@b.example\nSubject: x\nX-Forefront-Antispam-Report: SCL:5;SFV:constructor;CAT:__proto__;\n\nbody';
    expect(explain(headers).findings.find((finding) => finding.rule === 'microsoft-spam-verdict')?.message).toMatch(/SFV:CONSTRUCTOR \(an unknown filtering verdict\), CAT:__PROTO__ \(an unknown category\)/);
  });
});

describe('evidence', () => {
  it('is the line with the error, without the quote Exchange puts around it, never a help link', () => {
    const bounce = [
      'Delivery has failed to these recipients or groups:',
      '',
      'jane@b.example',
      "The email address you entered couldn't be found.",
      '',
      'For more information see https://learn.microsoft.com/exchange/fix-error-code-550-5-1-10 or https://help.example/ndr?code=550&status=5.4.4',
      '',
      'Diagnostic information for administrators:',
      'Generating server: BN6PR.outlook.com',
      'jane@b.example',
      "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
      '',
    ].join('\n');
    const finding = top(bounce);
    expect(finding?.category).toBe('mailbox');
    expect(finding?.evidence).toBe('550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup');
  });

  it('a help line that mentions the code is not the reply, even when it comes first', () => {
    const bounce = [
      'Delivery has failed to these recipients or groups:',
      '',
      'jane@b.example',
      'The email address wasn’t found at the destination domain.',
      '',
      'For more tips to help fix this issue, see DSN 5.1.10 Errors in Exchange Online and Office 365<http://go.microsoft.com/fwlink/?LinkId=1>.',
      '',
      'Diagnostic information for administrators:',
      'jane@b.example',
      "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    ].join('\n');
    const finding = top(bounce);
    expect(finding?.rule).toBe('unknown-recipient');
    expect(finding?.evidence).toBe('550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup');
  });

  it('a pasted one-line reply that looks like a header is read as the reply', () => {
    expect(top('Deferred: Connection refused by mx.b.example.')?.category).toBe('transient');
    expect(top('vdelivermail: user is over quota')?.rule).toBe('mailbox-full');
  });
});

// What the reply's class makes of a cause lives in the cause table (Cause.permanence), each with
// the reply that exercises it both ways round.
describe('a cause whose reading depends on the reply’s class', () => {
  it('names only other causes that exist', () => {
    const ids = new Set(CAUSES.map((entry) => entry.id));
    for (const entry of CAUSES) {
      for (const target of [entry.permanence?.temporary?.cause, entry.permanence?.permanent?.cause]) {
        if (target === undefined) continue;
        expect(ids.has(target), `${entry.id} → ${target}`).toBe(true);
        expect(target, entry.id).not.toBe(entry.id);
      }
    }
  });

  it.each([
    ['unknown-recipient', '550 5.1.1 <jane@b.example>: Recipient address rejected: User unknown', '450 4.1.1 <jane@b.example>: Recipient address rejected: User unknown', 'delivery-delayed'],
    ['unknown-domain', '550 5.1.2 Host or domain name not found', '450 4.1.2 Host or domain name not found', 'network-error'],
    ['network-error', '451 4.7.1 SPF record lookup failed, try again', '550 5.7.1 SPF record lookup failed', 'authentication-failed'],
    ['rate-limited', '421 4.7.0 Too many messages per hour, slow down', '550 5.7.1 Too many messages per hour sent from your account', 'sending-limit'],
    ['mailbox-disabled', '550 5.2.1 Mailbox disabled', '450 4.2.1 Mailbox disabled', 'delivery-delayed'],
  ])('%s turns by the class: %s / %s', (id, asSaid, turned, target) => {
    const rule = (text: string) => top(dsn({ diagnostic: text, action: 'failed' }))?.rule;
    expect(rule(asSaid)).toBe(id);
    // In a report that the message failed (action: failed), a delay is always an expiry.
    expect(rule(turned)).toBe(target === 'delivery-delayed' ? 'delivery-expired' : target);
    // As a pasted line, the turned reading itself.
    expect(top(turned)?.rule).toBe(target);
  });

  it('a missing domain the words call temporary is a DNS failure and nothing else turns it', () => {
    // "not found, try again" makes the lookup a DNS failure; the SPF words beside it must not then make
    // that DNS failure a permanent SPF verdict.
    const reply = '550 5.1.2 Host or domain name not found, try again; SPF lookup failed';
    expect(top(reply)?.rule).toBe('network-error');
    expect(top(dsn({ diagnostic: reply, action: 'failed' }))?.rule).toBe('network-error');
  });
});
