/**
 * Probe set 23's misses whose words carry the cause in English any server may use (issue 11's brief
 * fix23), each with what the new reading must not swallow: the sender's sending said blocked for unusual
 * sending activity, with its block or unblock step, is the sender refused (sender-rejected, policy), and
 * over an X.4.6 status (RFC 3463's routing loop, no vendor's) only when no loop is said; an unauthorised
 * envelope sender or MAIL FROM is the sender not authorised (not-authorized), as "550 5.7.1 Unauthorized
 * sender" reads by its code; a sending domain said not allowed to send, the clause ending there, is the
 * sender refused, as the sending account "not allowed to send" is, under a 4xx too, but not before a
 * retry asked; inappropriate words or content is a verdict on the content (spam-content), as
 * "unacceptable content"; a message said received but not saved is the receiving system's failure
 * (remote-system-error), as a queue file write error; a From address said not to match a verified sender
 * identity is the sender refused, as "Sender identity not verified" (widening-set16). Each reply is
 * explained as the pasted line and inside a DSN with a generic status (probeDsn), some inside a DSN with
 * a status of their own (inDsn). Invented replies besides set 23's seven.
 */
import { describe, expect, it } from 'vitest';
import { decodeStatus } from '../../core/explain/status-codes.ts';
import { both, inDsn, reads } from './read.ts';

describe('the sending blocked for unusual sending activity, with its block or unblock step, is the sender refused', () => {
  it.each([
    '550 5.4.6 Unusual sending activity detected. <a href=https://www.zoho.com/mail/help/usage-policy.html target=_blank>Learn more.</a> To unblock <a href=https://mail.zoho.com/UnblockMe target=_blank>Click here.</a>',
    '550 Unusual sending activity detected. To unblock click here.',
    '550 Suspicious outgoing activity detected; your account has been blocked',
    '550 Your account has been blocked due to suspicious outgoing activity',
    '554 5.4.6 Abnormal sending activity detected. Unblock your account at https://b.example/unblock',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));

  it('reads as the sender refused in other words, over an X.4.6 status in a DSN too', () => {
    expect(both('550 Unusual sending activity detected. To unblock click here.')).toEqual(both('550 Your account is not allowed to send'));
    expect(inDsn('failed', '5.4.6', '550 5.4.6 Unusual sending activity detected. To unblock click here.')).toBe('sender-rejected');
  });

  it.each([
    // A loop or a hop said beside it: the X.4.6 status's own meaning stands.
    '550 5.4.6 Unusual sending activity detected; mail loop detected. To unblock click here',
    '550 5.4.6 Unusual sending activity detected. To unblock click here; 31 hops',
    '554 5.4.6 Too many hops 26 (25 max)',
    '500 5.4.6 Routing loop detected: Loop detected',
    // No block and no unblock step said: no reading of the words over the code (a rate, perhaps).
    '550 5.4.6 Unusual sending activity detected.',
    // A temporary reply: the class decides.
    '451 4.4.6 Unusual sending activity detected. To unblock click here',
  ])('%s stays network-error', (reply) => reads(reply, 'network-error'));

  it.each([
    // Said not to be, or answered no; a bare activity that may be a log-in's; the recipient's account.
    '550 No unusual sending activity detected. To unblock click here',
    '550 Unusual sending activity detected? no. To unblock click here',
    '550 Unusual activity detected. To unblock click here',
    '550 Unusual sending activity detected',
    '550 Recipient account blocked due to unusual activity',
  ])('%s is not sender-rejected', (reply) => {
    expect(both(reply)).not.toContain('sender-rejected');
  });

  it('another cause said before it decides', () => {
    expect(both('550 User unknown; unusual sending activity detected, to unblock click here')).toEqual(both('550 User unknown'));
  });

  it.each([
    // Another cause said beside it under an X.4.6 status: the words do not read the sender refused alone,
    // so the code's reading stands, as before (rev-f23 R1; which cause should go over the X.4.6 is not
    // this reading's to decide).
    '554 5.4.6 Unusual sending activity detected. To unblock click here; mailbox full',
    '550 5.4.6 Unusual sending activity detected; IP blacklisted by SORBS. To unblock click here',
    '550 5.4.6 Unusual sending activity detected; message rejected as spam. To unblock click here',
    '550 5.4.6 Unusual sending activity detected. To unblock click here; user unknown',
    '554 5.4.6 Unusual sending activity detected. To unblock click here. Relay access denied',
    '550 5.4.6 Unusual sending activity detected; network unreachable. To unblock click here',
  ])('%s stays network-error (another cause beside it)', (reply) => reads(reply, 'network-error'));

  it.each([
    // A retry asked or a time said: the 4xx stays transient, as its kin without the activity (rev-f23 R2).
    ['451 4.7.1 Suspicious outgoing activity detected; account temporarily blocked, try again in 1 hour', '451 Your account is temporarily blocked, try again in 1 hour'],
    ['421 4.7.0 Unusual sending activity detected, try again later. To unblock click here', '421 4.7.0 foo, try again later'],
  ])('%s reads as %s', (reply, kin) => {
    expect(both(reply)).toEqual(both(kin));
  });

  it.each([
    // The recipient's account said blocked (rev-f23 R3); an IP's listing to delist, the list's (rev-f23 R5).
    '550 Recipient account has been blocked due to suspicious outgoing activity',
    "550 The recipient's account has been blocked due to suspicious outgoing activity",
    '550 Recipient email account has been blocked due to suspicious outgoing activity',
    '550 5.7.1 Unusual sending activity detected from your IP 1.2.3.4. To unblock, delist at https://x',
    '550 Unusual sending activity was not detected. Your account has been blocked: to unblock contact support',
  ])('%s is not sender-rejected', (reply) => {
    expect(both(reply)).not.toContain('sender-rejected');
  });

  it.each([
    // The sender's own account said suspended, locked, disabled or blocked beside the activity: the same
    // block, not another cause (rev-f23b F1), under an X.4.6 status too.
    '550 5.4.6 Your account has been suspended due to unusual sending activity. To unblock, visit https://x',
    '550 5.4.6 Your account has been locked due to unusual sending activity. To unblock, visit https://x',
    '550 5.4.6 Unusual sending activity detected. Your account has been suspended. To unblock, visit https://x',
    '550 5.4.6 Your account has been disabled due to suspicious outgoing email activity. To unblock, visit https://x',
    '550 5.4.6 Your account has been blocked due to unusual sending activity. To unblock, visit https://x',
  ])('%s is sender-rejected (the sender’s own account)', (reply) => reads(reply, 'sender-rejected'));

  it.each([
    // A recipient's mailbox said disabled beside it is another cause: the code's reading stands.
    '550 5.4.6 Your account has been suspended due to unusual sending activity. To unblock, visit https://x; recipient mailbox disabled',
    '550 5.4.6 Your account has been suspended due to unusual sending activity. To unblock, visit https://x; user unknown',
    '550 5.4.6 Unusual sending activity detected. To unblock click here; recipient account has been disabled',
  ])('%s stays network-error (another cause beside the sender’s account)', (reply) => reads(reply, 'network-error'));

  it('a "temporarily" said before the activity keeps a 4xx transient (rev-f23b F2)', () => {
    expect(both('451 Your account has been temporarily blocked due to unusual sending activity. To unblock, visit https://x')).toEqual(both('451 Your account has been temporarily blocked'));
    expect(both('451 Your account has been temporarily blocked due to unusual sending activity. To unblock, visit https://x')).not.toContain('sender-rejected');
  });

  it('5.4.6 is decoded as RFC 3463’s routing loop, not as a vendor’s code', () => {
    expect(decodeStatus('5.4.6')?.detailWords).toBe('routing loop detected');
    expect(decodeStatus('5.4.6')?.detailWords).toBe(decodeStatus('4.4.6')?.detailWords);
  });
});

describe('an unauthorised envelope sender or MAIL FROM is the sender not authorised', () => {
  it.each([
    '550-Unauthorised Envelope Sender. 550-Imperial College addresses may only send via approved College e-mail 550 services. Please visit ICT web-site or contact ICT for more details.',
    '550 Unauthorized envelope sender',
    '550 Unauthorized MAIL FROM',
    '550 Unauthorized sender address',
    '550 unauthorised sender',
  ])('%s is not-authorized', (reply) => reads(reply, 'not-authorized'));

  it('reads as "550 5.7.1 Unauthorized sender" reads by its code', () => {
    expect(both('550 Unauthorized sender')).toEqual(both('550 5.7.1 Unauthorized sender'));
  });

  it.each([
    // Another cause said beside it, or a recipient's code: that decides.
    ['550 User unknown; unauthorized envelope sender', '550 User unknown'],
    ['550 5.1.1 Unauthorized sender', '550 5.1.1 foo'],
    ['550 Unauthorized sender; blocked using zen.spamhaus.org', '550 blocked using zen.spamhaus.org'],
  ])('%s reads as %s', (reply, kin) => {
    expect(both(reply)).toEqual(both(kin));
  });

  it.each([
    // Said not to be; an unauthorised use of the sender's address is sender-rejected's own reading.
    '550 not an unauthorized sender',
    '550 Unauthorized use of the sender address',
  ])('%s is not not-authorized', (reply) => {
    expect(both(reply)).not.toContain('not-authorized');
  });
});

describe('a sending domain said not allowed to send, the clause ending there, is the sender refused, under a 4xx too', () => {
  it.each([
    '421 Domain sandbox0123456789abcdef.mailgun.org is not allowed to send: Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.',
    '421 Domain sandbox0123456789abcdef.mailgun.org is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email.',
    '421 Domain a.example is not allowed to send',
    '550 Domain example.com is not allowed to send: see your control panel',
    '550 Your sending domain is no longer permitted to send.',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));

  it('reads as the sending account not allowed to send', () => {
    expect(both('421 Domain a.example is not allowed to send')).toEqual(both('421 Your account is not allowed to send'));
    expect(both('550 Domain a.example is not allowed to send')).toEqual(both('550 Your account is not allowed to send'));
  });

  it.each([
    // A retry asked, greylisting or a rate: the 4xx's own reading stands.
    ['421 Domain a.example is not allowed to send. Try again later', '421 foo. Try again later'],
    ['451 4.7.1 Greylisted; domain a.example is not allowed to send', '451 4.7.1 Greylisted'],
    ['421 Too many connections; domain a.example is not allowed to send', '421 Too many connections'],
    ['421 Domain a.example is not allowed to send: rate limit exceeded, try again later', '421 rate limit exceeded, try again later'],
    // A transient cause said beside it: a dropped connection, a service unavailable or shutting down (rev-f23 R7).
    ['421 4.4.2 Connection dropped; domain not allowed to send', '421 4.4.2 Connection dropped'],
    ['421 4.3.2 Service not available, the domain is not allowed to send: server shutting down', '421 4.3.2 Service not available: server shutting down'],
  ])('%s reads as %s', (reply, kin) => {
    expect(both(reply)).toEqual(both(kin));
  });

  it.each([
    // The connection said closed is every 421's own tail, no cause (rev-f23b F4): as its kin without it.
    ['421 4.7.0 Domain mg.example.com is not allowed to send: please verify your domain. Connection closed.', '421 4.7.0 Domain mg.example.com is not allowed to send: please verify your domain, closing connection'],
  ])('%s reads as %s', (reply, kin) => {
    expect(both(reply)).toEqual(both(kin));
    expect(both(reply)).toContain('sender-rejected');
  });

  it.each([
    // To, from or as someone (a recipient's filter, an authorisation), a recipient's domain, or said allowed.
    '421 Domain a.example is not allowed to send to this recipient',
    '550 Domain a.example is not allowed to send from this IP',
    '550 Recipient domain a.example is not allowed to send',
    '550 Domain a.example is allowed to send',
  ])('%s is not sender-rejected', (reply) => {
    expect(both(reply)).not.toContain('sender-rejected');
  });
});

describe('inappropriate words or content is a verdict on the content', () => {
  it.each([
    '550 The mail may contain inappropriate words or content.',
    '554 Message contains inappropriate language',
    '550 Rejected: inappropriate content',
  ])('%s is spam-content', (reply) => reads(reply, 'spam-content'));

  it('reads as "unacceptable content", with another cause before it too', () => {
    expect(both('550 The mail may contain inappropriate words or content.')).toEqual(both('550 unacceptable content'));
    expect(both('550 User unknown; inappropriate content')).toEqual(both('550 User unknown; unacceptable content'));
  });

  it.each([
    // Said not to, or a content type (the message's form).
    '550 The mail contains no inappropriate content',
    '550 not inappropriate content',
    '550 inappropriate content type',
    // Other MIME header words (rev-f23 R4).
    '550 5.6.0 Inappropriate content encoding (8bit not supported)',
    '554 5.6.0 Message contains inappropriate content encoding',
    '550 5.7.0 Inappropriate content disposition header',
  ])('%s is not spam-content', (reply) => {
    expect(both(reply)).not.toContain('spam-content');
  });
});

describe('a message said received but not saved is the receiving system’s failure', () => {
  it.each([
    '554 Your message was received but it could not be saved. Please retry later.',
    '554 The message could not be stored',
    '451 4.3.0 Message could not be saved, try again later',
  ])('%s is remote-system-error', (reply) => reads(reply, 'remote-system-error'));

  it('reads as a queue file write error', () => {
    expect(both('554 Your message was received but it could not be saved.')).toEqual(both('554 queue file write error'));
  });

  it.each([
    // A cause said beside it decides: the mailbox full, the recipient unknown.
    ['554 Message could not be saved: mailbox full', 'mailbox-full'],
    ['550 User unknown; the message could not be saved', 'unknown-recipient'],
  ])('%s is %s', (reply, rule) => reads(reply, rule));

  it('a bare retry asked under a 5xx still names no cause', () => {
    expect(both('554 Please retry later')).not.toContain('remote-system-error');
  });
});

describe('a From address said not to match a verified sender identity is the sender refused', () => {
  it.each([
    '550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements',
    "550 Sender address doesn't match any verified domain",
    '550 From address does not match a verified address',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));

  it('reads as "Sender identity not verified" (widening-set16)', () => {
    expect(both('550 The from address does not match a verified Sender Identity.')).toEqual(both('550 Sender identity not verified'));
  });

  it.each([
    // Another cause before it decides; an authenticated user's mismatch is its own reading (policy too, not this phrase's).
    ['550 User unknown; from address does not match a verified sender identity', '550 User unknown'],
    ['550 Greylisted; from address does not match a verified sender identity', '550 Greylisted'],
  ])('%s reads as %s', (reply, kin) => {
    expect(both(reply)).toEqual(both(kin));
  });
});

describe('a sender refusal said beside the sender’s suspended account says the same of the sender (senderAccountSaid)', () => {
  it('reads the sender refused, not the recipient’s mailbox disabled', () => {
    expect(both('550 Sender account suspended; delivery not authorized')).toEqual(['sender-rejected', 'sender-rejected']);
  });

  it.each([
    // The recipient's account or mailbox said beside it: that decides.
    '550 Sender account suspended; recipient mailbox disabled',
    '550 5.2.1 Mailbox disabled, sender account suspended; sender not allowed',
  ])('%s stays mailbox-disabled', (reply) => reads(reply, 'mailbox-disabled'));
});
