/**
 * Probe set 24's misses read by their cause, not their words (issue 11's brief fix24): a submission server
 * refusing a From its logged-in account may not use. Every reply of the set read as other, because the
 * reading of that cause knew it only as "authenticate(d) user" (iRedAPD's "Sender is not same as SMTP
 * authenticate username", mox's "from address must belong to authenticated user") and as "not allowed to
 * send as". Read generally: a sender, From, MAIL FROM or domain said to have to be the same as, equal,
 * match or belong to the authorised, authorized, authorization, authenticated, login or logged-in user or
 * account is the sender refused, as the authenticated user's twin reads; a domain or address said not
 * allowed in the header From, or not associated with your account, is the sender refused too. Each with
 * what the reading must not swallow: an address not associated with *any* account is the recipient not
 * there (unknown-recipient); "authorized users" in a relay refusal stays relaying; "must match" in DKIM,
 * SPF or DMARC alignment keeps its reading; a header From named in a block listing or another header's
 * domain is no such refusal. Each reply is explained as the pasted line and inside a DSN with a generic
 * status (probeDsn), some inside a DSN with a status of their own (inDsn). Set 24's four replies and
 * invented ones, in the wording any server may use.
 */
import { describe, expect, it } from 'vitest';
import { both, inDsn, reads } from './read.ts';

describe('a sender, From, MAIL FROM or domain said to have to be the authorised user or account is the sender refused', () => {
  it.each([
    // Set 24's Tencent and NetEase 126 replies.
    '501 mail from address must be same as authorization user',
    '553 Mail from must equal authorized user',
    // The same cause in other verbs and stems.
    '550 Sender must be the same as the login user',
    '553 MAIL FROM must match authorization user',
    '550 From address must equal the authenticated user',
    '550 5.7.1 Sender address must be the same as the authorised user',
    '553 Envelope sender does not equal the logged-in user',
    '553 Sender is not equal to authorization username',
    '550 Your domain must match the authenticated user',
    '550 The domain a.example must belong to the logged-in account',
    '550 Sender and authorized user must be the same',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));

  it('reads as the authenticated user’s twins (iRedAPD, mox), pasted and in a failure report', () => {
    expect(both('553 Mail from must equal authorized user')).toEqual(both('553 from address must belong to authenticated user'));
    expect(both('501 mail from address must be same as authorization user')).toEqual(both('501 Sender is not same as SMTP authenticate username'));
    expect(both('553 MAIL FROM must match authorization user')).toEqual(both('553 Sender address must match authenticated user'));
    expect(inDsn('failed', '5.7.1', '553 Mail from must equal authorized user')).toBe('sender-rejected');
  });

  it.each([
    // A relay refusal that names authorised users: relaying, as before.
    ['554 5.7.1 Relaying denied: authorized users only', 'relay-denied'],
    ['550 Relaying denied: authorized users only', 'relay-denied'],
    ['550 relay not permitted, authorized users only', 'relay-denied'],
    ['550 Relay denied: sender must be an authorized user', 'relay-denied'],
    // "must match" in DKIM, SPF or DMARC alignment: the message's authentication, as before.
    ['550 DKIM domain must match From domain', 'authentication-failed'],
    ['550 5.7.1 DMARC: From domain must match SPF or DKIM domain', 'authentication-failed'],
    ['550 5.7.1 From domain must match the domain authenticated by SPF or DKIM (DMARC)', 'authentication-failed'],
    ['550 SPF check failed: envelope from domain must match the authorized domain', 'authentication-failed'],
    ['550 DKIM signature domain must match the authenticated sender domain', 'authentication-failed'],
    ['550 Header From domain must match DKIM signature domain', 'authentication-failed'],
    // One header's domain to match another's, no account or user: no reading, as before.
    ['550 From header domain must match the envelope sender domain', 'refused-unspecified'],
  ])('%s is %s', reads);
});

describe('a domain or address said not allowed in the header From, or not associated with your account, is the sender refused', () => {
  it.each([
    // Set 24's Namecheap and Plunk replies.
    '550-"Your IP: 192.0.2.1 : Your domain a.example is not allowed in header From"',
    '550 This domain is not associated with your account',
    // The same cause in other words.
    '550 Your domain a.example is not allowed in header From',
    '550 Domain a.example is not allowed in the From header',
    '553 The domain is not permitted in header From',
    '550 The domain a.example is not associated with your account',
    '550 Sender domain is not associated with your account',
    '550 From address s@a.example is not associated with your account',
    '553 This sender address is not associated with your SMTP account',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));

  it('reads as the domain refused in the From header and as the sending domain not allowed to send', () => {
    expect(both('550 Your domain a.example is not allowed in header From')).toEqual(both('550 not allowed domain a.example in From header'));
    expect(both('550 This domain is not associated with your account')).toEqual(both('550 Domain a.example is not allowed to send'));
    expect(inDsn('failed', '5.7.1', '550 This domain is not associated with your account')).toBe('sender-rejected');
  });

  it.each([
    // Another cause said before or after it, or the field answered no: as that cause, or none.
    ['550 User unknown; your domain a.example is not allowed in header From', 'unknown-recipient'],
    ['550 Your domain a.example is not allowed in header From; user unknown', 'unknown-recipient'],
    ['550 User unknown; this domain is not associated with your account', 'unknown-recipient'],
    ['550 This domain is not associated with your account; user unknown', 'unknown-recipient'],
    ['550 Your domain a.example is not allowed in header From? no', 'refused-unspecified'],
    ['550 This domain is not associated with your account? no', 'refused-unspecified'],
    // Said to be associated, another header, a block listing of the From's domain, the client's IP alone.
    ['550 This domain is associated with your account', 'refused-unspecified'],
    ['550 Domain a.example is not allowed in header To', 'refused-unspecified'],
    ['550 domain a.example in the message header From is blacklisted at dbl.spamhaus.org', 'blocklisted'],
    ['550 Your IP: 192.0.2.1 is not allowed', 'client-blocked'],
  ])('%s is %s', reads);
});

describe('an address not associated with any account is the recipient not there, not the sender refused', () => {
  it.each([
    '550 Recipient address not associated with any account',
    '550 a@b.example: this address is not associated with any account',
    '550 This email address is not associated with any account',
  ])('%s is unknown-recipient', (reply) => reads(reply, 'unknown-recipient'));

  it.each([
    // The sender's address, or a domain, not associated with any account: not the recipient's, and no
    // account of the sender's named: left unread, as before. A mailbox said not there: as before.
    ['550 Sender address is not associated with any account', 'refused-unspecified'],
    ['550 This domain is not associated with any account', 'refused-unspecified'],
    ['550 No mailbox associated with this name', 'unknown-recipient'],
  ])('%s is %s', reads);
});

describe('the sender-vs-authorised-user reading steps aside for another cause said first, as its either-way-round twin (review-f24 H1)', () => {
  it.each([
    '550 User unknown; mail from must equal authorized user',
    '550 User unknown; mail from must equal authorized user (in reply to RCPT TO command)',
    '550-User unknown\n550 Mail from must equal authorized user',
    '550 No such user here; mail from must equal authorized user',
    '550 Mailbox not found; from address must belong to authorised user',
    '550 Recipient not found. Sender domain must equal authorized domain',
    '550 Mailbox unavailable; mail from must be same as authorization user',
    '550 User unknown; sender address must match authenticated user',
  ])('%s is unknown-recipient', (reply) => reads(reply, 'unknown-recipient'));
});

describe('only the sender’s or the recipient’s own address is read before "not allowed in header From" or "not associated with … account" (review-f24 M2, M3, L6)', () => {
  it.each([
    // A qualifier before "address" makes it another address: an empty or group From (the message's
    // form), the client's IP, a return or Reply-To address; nor under an X.6.x status (the content).
    '550 5.7.1 Empty address not allowed in header From',
    '550 5.6.0 Group address is not allowed in header From',
    '550 5.6.0 Your domain a.example is not allowed in header From',
    '550 5.7.1 This IP address is not associated with your account',
    '550 Your IP address is not associated with your account',
  ])('%s is not sender-rejected', (reply) => {
    expect(both(reply)).not.toContain('sender-rejected');
  });

  it.each([
    '550 Your IP address is not associated with any account',
    '550 The return address is not associated with any account',
    '550 Reply-To address is not associated with any account',
  ])('%s is not unknown-recipient', (reply) => {
    expect(both(reply)).not.toContain('unknown-recipient');
  });
});
