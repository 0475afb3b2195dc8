/**
 * Known wrong or missing readings fixed after probe set 20 (issue 11), each as the general wording any
 * server may say, with what the new reading must not swallow: a time limit is no size; the delivery's
 * time said run out under the server's own 4xx reply is a delay (as expl22's time-limit text); a state
 * said not to be is none; a mailbox refused after the sender's verification failed is the sender's; the
 * retries said stopped; a HELO refusal before a clear cause; "delivery differed" (deferred, misspelt);
 * a sender restricted for heavy usage. Each reply is explained as the pasted line and inside a DSN with
 * a generic status (probeDsn). Invented replies.
 */
import { describe, expect, it } from 'vitest';
import { both, reads } from './read.ts';

describe('a delivery’s time limit exceeded is an expiry, not a message size', () => {
  it.each([
    'Message delivery time limit exceeded',
    '550 Message delivery time limit exceeded',
    'Delivery time limit exceeded',
    'Message retry time limit exceeded',
    'Message queue time limit exceeded',
  ])('%s is delivery-expired', (reply) => {
    reads(reply, 'delivery-expired');
  });

  it.each([
    // A size said: the size, as before.
    ['550 Message size limit exceeded', 'message-too-large'],
    ['552 Message data limit exceeded', 'message-too-large'],
    ['550 Message delivery time limit was not exceeded; message size limit exceeded', 'message-too-large'],
    // Another cause said before it decides.
    ['452 Mailbox full; delivery time limit exceeded', 'mailbox-full'],
    // A count per time is a rate, not a size.
    ['550 Message rate limit exceeded', 'sending-limit'],
  ])('%s is %s', reads);
});

describe('the delivery’s time said run out under the server’s own 4xx reply code is a delay, as Exchange’s time-limit text (expl22)', () => {
  it.each([
    '451 Message delivery time limit exceeded',
    '451 4.4.7 Delivery time expired',
    '447 Delivery time expired',
    '450 Retry time exceeded',
    '451 4.4.7 Queue lifetime expired',
  ])('%s is delivery-delayed pasted, delivery-expired in a failure report', (reply) => {
    expect(both(reply)).toEqual(['delivery-delayed', 'delivery-expired']);
  });

  it.each([
    // No reply code, a 5xx, or an enhanced code alone: the report of an expiry, as before.
    'Delivery time expired',
    '4.4.7 Delivery time expired',
    '550 4.4.7 Delivery time expired',
    // Not the time: another expiry wording under a 4xx is left as it was.
    '451 4.4.7 Message expired',
  ])('%s is delivery-expired', (reply) => {
    reads(reply, 'delivery-expired');
  });
});

describe('an account or mailbox said not suspended or disabled is no disabled mailbox: the other words decide', () => {
  it.each([
    ['Your account is not suspended; user unknown', 'unknown-recipient'],
    ['550 Your account is not suspended; user unknown', 'unknown-recipient'],
    ["550 Your account isn't suspended; user unknown", 'unknown-recipient'],
    ['550 Account not disabled; no such user', 'unknown-recipient'],
    ['550 User account is not currently suspended; mailbox full', 'mailbox-full'],
    ['550 Mailbox not disabled', 'refused-unspecified'],
  ])('%s is %s', reads);

  it.each([
    // Said, not denied: as before.
    ['550 Account disabled', 'mailbox-disabled'],
    ['550 Account has been disabled', 'mailbox-disabled'],
    ['550 Account not active', 'mailbox-disabled'],
    ['550 Account suspended, not disabled', 'mailbox-disabled'],
  ])('%s is %s', reads);
});

describe('a mailbox said disabled or full after the sender’s verification failed is the sender’s, not the recipient’s', () => {
  it.each([
    'Sender verify failed: account suspended',
    '550 Sender verify failed: account suspended',
    '550 Sender verification failed: mailbox disabled',
    '550 Sender address rejected: account disabled',
    '550 <s@a.example>: Sender address rejected: mailbox disabled',
    '550 Sender verify failed: mailbox full',
    '550 Could not verify sender: account suspended',
  ])('%s is sender-rejected', (reply) => {
    reads(reply, 'sender-rejected');
  });

  it.each([
    // The mailbox said first, the recipient named, a recipient's code: the recipient's, as before.
    ['550 Account suspended; sender verify failed', 'mailbox-disabled'],
    ['550 Sender verify failed: recipient account suspended', 'mailbox-disabled'],
    ['550 5.1.1 Sender verify failed: account suspended', 'mailbox-disabled'],
    ['550 5.7.1 Recipient address rejected: sender verify failed: account suspended', 'mailbox-disabled'],
    ['550 Mailbox full', 'mailbox-full'],
    ['550 Account suspended', 'mailbox-disabled'],
  ])('%s is %s', reads);

  it('a temporary reply is no verdict: a delay, as before', () => {
    expect(both('450 Sender verify failed: account suspended')).toEqual(['delivery-delayed', 'delivery-expired']);
  });
});

describe('the sending server’s retries said stopped is an expiry, only when no cause is said beside it', () => {
  it.each(['Stopped retrying', '550 Stopped retrying', 'Stopped trying to deliver'])('%s is delivery-expired', (reply) => {
    reads(reply, 'delivery-expired');
  });

  it.each([
    ['550 User unknown; stopped retrying', 'unknown-recipient'],
    ['421 4.7.28 Our system has detected an unusual rate of mail from your IP; stopped retrying', 'rate-limited'],
    ['550 Stopped retrying: no', 'refused-unspecified'],
    ['550 Has not stopped retrying', 'refused-unspecified'],
  ])('%s is %s', reads);

  it('denied, pasted alone: no reading', () => {
    expect(both('Has not stopped retrying')).toEqual(['unrecognised-input', 'refused-unspecified']);
  });
});

describe('a HELO name called invalid or rejected steps aside for a clear cause after it, as its twins (expl20)', () => {
  it.each([
    ['HELO hostname invalid; user unknown', 'unknown-recipient'],
    ['550 HELO hostname invalid; user unknown', 'unknown-recipient'],
    ['550 HELO rejected; no such user', 'unknown-recipient'],
    ['550 EHLO argument malformed. Recipient does not exist', 'unknown-recipient'],
    ['550 HELO name rejected; sender address rejected', 'sender-rejected'],
  ])('%s is %s', reads);

  it.each([
    ['550 HELO hostname invalid', 'client-blocked'],
    ['550 HELO rejected', 'client-blocked'],
    ['550 HELO hostname invalid; user blocked for 10 minutes', 'client-blocked'],
    ['550 Your HELO hostname is not allowed', 'client-blocked'],
  ])('%s is %s', reads);
});

describe('“delivery differed” (deferred, misspelt) and delivery momentarily suspended are a delay', () => {
  it.each(['Delivery differed/momentarily suspended', 'Delivery momentarily suspended', 'Delivery was temporarily suspended', 'Delivery has been differed'])(
    '%s is delivery-delayed pasted, delivery-expired in a failure report',
    (reply) => {
      expect(both(reply)).toEqual(['delivery-delayed', 'delivery-expired']);
    },
  );

  it.each([
    // "differed" of its own meaning, or not after "delivery": no reading.
    'Delivery differed from the original route',
    'The message body differed',
    'The signatures differed',
  ])('%s is no delay', (reply) => {
    expect(both(reply)).toEqual(['unrecognised-input', 'refused-unspecified']);
  });

  it('another cause said before it decides', () => {
    reads('550 User unknown; delivery differed', 'unknown-recipient');
  });
});

describe('a sender restricted for heavy usage is a rate limit, only when no cause is said beside it', () => {
  it.each([
    'Your IP address has been restricted due to heavy usage.',
    '421 Your IP address has been restricted due to heavy usage.',
    '550 Your IP address has been restricted due to heavy usage.',
    'Restricted due to heavy usage',
  ])('%s is rate-limited', (reply) => {
    reads(reply, 'rate-limited');
  });

  it.each([
    ['User unknown; your IP address has been restricted due to heavy usage', 'unknown-recipient'],
    ['Your IP address has not been restricted due to heavy usage; user unknown', 'unknown-recipient'],
    ['Message could not be delivered for 5 days; restricted due to heavy usage', 'delivery-expired'],
    ['Message rejected as spam; restricted due to heavy usage', 'spam-content'],
    ['550 Restricted due to heavy usage: no', 'refused-unspecified'],
    // The sender's own account or sending said limited: its own limit, as before.
    ['Your account has been temporarily throttled due to high volume', 'sending-limit'],
  ])('%s is %s', reads);

  it('denied, pasted alone: no reading', () => {
    expect(both('Your IP address has not been restricted due to heavy usage')).toEqual(['unrecognised-input', 'refused-unspecified']);
  });
});

describe('readings checked and left as they were', () => {
  it.each([
    // The sender's account blocked for the spam it sent is its reputation (sets 16 and 17: an IP or
    // account blocked for spam or abuse is reputation), not the recipient's mailbox.
    ['Your account has been blocked for spam', 'poor-reputation'],
    ['550 Your account has been blocked for spam', 'poor-reputation'],
    // A recipient's address said unknown.
    ['Recipient address unknown', 'unknown-recipient'],
    ['550 5.1.1 Recipient address unknown', 'unknown-recipient'],
  ])('%s is %s', reads);
});
