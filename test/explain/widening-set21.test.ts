/**
 * Known leftovers fixed after probe set 20, each with what the new reading must not swallow: the
 * sender's own account said suspended or disabled (not the recipient's mailbox), and cPanel/Exim's
 * outgoing mail hold and suspension (the sending host holding the sender's mail). Each reply is
 * explained as the pasted line and inside a DSN with a generic status (probeDsn). Invented replies.
 */
import { describe, expect, it } from 'vitest';
import { both } from './read.ts';

describe('the sender’s own account said suspended or disabled is the sender’s, not the recipient’s mailbox', () => {
  it.each([
    // Explicitly the sender's: a sender, sending, outgoing or SMTP account, or "your account" with a
    // sending reason in the same clause.
    '550 Sender account suspended for spam',
    'Sender account suspended for spam',
    'Your account has been suspended for sending spam',
    '550 Your account has been suspended for sending spam. Please contact support',
    '550 Your account has been suspended due to outgoing spam',
    '554 Sender account disabled',
    "550 Sender's account has been suspended due to abuse",
    '550 Sending account temporarily suspended',
    '550 Outgoing mail account suspended',
    '550 Your SMTP account is locked',
    '550 5.7.1 Your email account has been locked for sending bulk mail',
    '550 5.2.1 Sender account disabled',
  ])('%s is sender-rejected', (reply) => {
    expect(both(reply)).toEqual(['sender-rejected', 'sender-rejected']);
  });

  it.each([
    // An account with no owner said, or "your account" with no sending reason: the recipient's
    // mailbox, as on main (a reply to RCPT TO usually means the addressed mailbox).
    ['Account suspended for spam', 'mailbox-disabled'],
    ['550 Account suspended', 'mailbox-disabled'],
    ['550 Account suspended for abuse', 'mailbox-disabled'],
    ['550 Account disabled for sending spam', 'mailbox-disabled'],
    ['550 This account has been disabled for sending spam', 'mailbox-disabled'],
    ['550 This account has been suspended for abuse', 'mailbox-disabled'],
    ['550 The account has been suspended due to spam complaints', 'mailbox-disabled'],
    ['550 5.7.1 Your account has been suspended', 'mailbox-disabled'],
    ['550 Your account is disabled', 'mailbox-disabled'],
    ['550 Hello bob, your account has been suspended for spam. Please contact support', 'mailbox-disabled'],
    ['550 5.2.1 Account disabled', 'mailbox-disabled'],
    ['This account has been temporarily suspended', 'mailbox-disabled'],
    ['550 Members account suspended for spam', 'mailbox-disabled'],
    ['550 Hosting account suspended for abuse', 'mailbox-disabled'],
    ['550 Recipient account suspended for spam', 'mailbox-disabled'],
    ['550 The recipient’s account has been suspended for abuse', 'mailbox-disabled'],
    ['550 5.7.1 User overdrawn quota; account suspended for non-payment', 'mailbox-disabled'],
    ['550 Mailbox disabled', 'mailbox-disabled'],
    ['550 Account suspended; 100 messages per hour exceeded', 'mailbox-disabled'],
    // The reply names the recipient: a recipient word, "Recipient address rejected:", or the
    // recipient's address (in the DSN, probeDsn's Final-Recipient someone@b.example).
    ['554 5.7.1 <a@b.example>: Recipient address rejected: This account has been suspended', 'mailbox-disabled'],
    ['550 5.7.1 <bob@b.example>: Recipient address rejected: Your account has been suspended for sending spam', 'mailbox-disabled'],
    ['550 5.7.1 Recipient address rejected: sender account suspended', 'mailbox-disabled'],
    ['550 Recipient: your account has been suspended for sending spam', 'mailbox-disabled'],
    ['550 Der Empfänger ist nicht erreichbar: sender account suspended', 'mailbox-disabled'],
    ['550 Sender account suspended for spam complaints against this recipient', 'mailbox-disabled'],
    // An address's or a mailbox's status code (X.1.x, X.2.x) without the word "sender".
    ['550 5.1.1 Your account has been suspended for sending spam', 'mailbox-disabled'],
    ['550 5.2.2 Your account has been suspended for sending spam', 'mailbox-disabled'],
    ['550 5.2.1 Your account has been disabled', 'mailbox-disabled'],
    ['550 5.1.1 Sender account suspended', 'mailbox-disabled'],
    // Another cause said, before or after it.
    ['550 Mailbox disabled; sender account suspended', 'mailbox-disabled'],
    ['550 Account disabled; sender account suspended', 'mailbox-disabled'],
    ['550 5.2.1 Recipient mailbox disabled; sender account suspended', 'mailbox-disabled'],
    ['550 This mailbox is disabled. Your account has been suspended for sending spam; contact billing', 'mailbox-disabled'],
    ['550 Sender account suspended; blocked using zen.spamhaus.org', 'mailbox-disabled'],
    ['550 Your account has been suspended for sending spam; blocked using zen.spamhaus.org', 'mailbox-disabled'],
    ['550 Sender account suspended. Message rejected as spam', 'mailbox-disabled'],
    ['550 5.7.1 Your account has been suspended for sending spam; please authenticate', 'mailbox-disabled'],
    // The account reading that was already the sender's stays so.
    ["550 that SMTP username's account is not allowed to send", 'sender-rejected'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });

  it('a DSN whose Final-Recipient is the address the reply names keeps the recipient', () => {
    expect(both('550 <someone@b.example>: Sender account suspended for spam')[1]).toBe('mailbox-disabled');
  });

  // Said not to be, answered no, or beside another cause said before or after it: not the sender's
  // account (those read as mailbox-disabled's near concept read them before).
  it.each([
    '550 Your account is not suspended; user unknown',
    '550 User unknown; sender account not disabled',
    '550 User unknown; your account has been suspended',
    '550 Your account has been suspended; user unknown',
    '550 Your account has been suspended: no',
    '550 User account suspended for spam',
    '550 Sender account suspended: no',
  ])('%s is not sender-rejected', (reply) => {
    expect(both(reply)).not.toContain('sender-rejected');
  });

  it('a temporary reply is no verdict on the account: a delay, as before', () => {
    expect(both('451 4.7.1 Your account has been suspended for sending spam')[0]).toBe('delivery-delayed');
  });
});

describe('cPanel/Exim’s outgoing mail hold or suspension is the sending host’s own limit on the sender', () => {
  it.each([
    'Sender s@a.example has an outgoing mail hold.',
    '550 Sender s@a.example has an outgoing mail hold. Message discarded.',
    'Domain a.example has an outgoing mail suspension',
    '550 Domain a.example has an outgoing mail suspension. Message discarded.',
    '550 5.7.1 User u@a.example has an outgoing mail hold',
    '451 Your account has an outgoing email hold',
  ])('%s is sending-limit', (reply) => {
    expect(both(reply)).toEqual(['sending-limit', 'sending-limit']);
  });

  it.each([
    // Its family beside it: cPanel's per-hour limits read as they did.
    ['Domain a.example has exceeded the max defers and failures per hour (5/5 (100%)) allowed', 'rate-limited'],
    ['550 Domain a.example has exceeded the max emails per hour (100/100 (100%)) allowed. Message discarded.', 'rate-limited'],
    // Another cause said beside it decides; a hold said not to be is none.
    ['550 Sender s@a.example has an outgoing mail hold; user unknown', 'unknown-recipient'],
    ['550 User unknown; domain a.example has an outgoing mail suspension', 'unknown-recipient'],
    ['550 Mailbox full; sender has an outgoing mail hold', 'mailbox-full'],
    ['550 No outgoing mail hold applies; user unknown', 'unknown-recipient'],
    ['550 Outgoing mail hold: no', 'refused-unspecified'],
    ['550 No outgoing mail hold applies', 'refused-unspecified'],
    // Said gone or negated after it, or the recipient's hold: no reading.
    ['550 Outgoing mail hold not set', 'refused-unspecified'],
    ['550 Outgoing mail suspension removed', 'refused-unspecified'],
    ['550 Message rejected: outgoing mail hold was released', 'refused-unspecified'],
    ['550 Outgoing mail hold lifted', 'refused-unspecified'],
    ['550 Recipient has an outgoing mail hold', 'refused-unspecified'],
    ['550 Recipient bob@b.example has an outgoing mail hold', 'refused-unspecified'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });
});

describe('a time-limit expiry text under the server’s own 4xx reply code is a delay: a temporary refusal now, not an expiry', () => {
  it.each([
    '451 Could not deliver the message in the time limit specified',
    '451 4.4.7 Message not delivered within the time limit',
    '450 Message could not be delivered within the specified time limit',
    '421 4.4.1 Could not deliver the message in the time limit specified. Please retry or contact your administrator.',
  ])('%s is delivery-delayed pasted, delivery-expired in a failure report (the sender retried until it gave up)', (reply) => {
    expect(both(reply)).toEqual(['delivery-delayed', 'delivery-expired']);
  });

  it.each([
    // No reply code, a 5xx, or an enhanced code alone: the report of an expiry, as before.
    'Could not deliver the message in the time limit specified. Please retry or contact your administrator.',
    '550 Message could not be delivered within the specified time limit',
    '550 4.4.7 Could not deliver the message in the time limit specified',
    '4.4.7 Could not deliver the message in the time limit specified',
  ])('%s is delivery-expired', (reply) => {
    expect(both(reply)).toEqual(['delivery-expired', 'delivery-expired']);
  });

  it.each([
    // Another cause said before it decides, under a 4xx as before.
    ['451 User unknown; could not deliver the message in the time limit specified', 'delivery-delayed'],
    ['452 Mailbox full; could not deliver the message in the time limit specified', 'mailbox-full'],
  ])('%s is %s pasted', (reply, rule) => {
    expect(both(reply)[0]).toBe(rule);
  });
});
