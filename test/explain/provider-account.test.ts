/**
 * A sender's own provider account said suspended, locked or disabled (issue 11, expl27): "Your Outlook
 * account has been suspended", "Your Yahoo account is temporarily locked". Structure first: an X.2.x
 * status is a mailbox's state (RFC 3463: "mailbox disabled"), so it stays the recipient's mailbox; an
 * X.1.x one an address's. A provider's name between "your" and "account" makes it the account the sender
 * sends from (SENDER_ACCOUNT_RESTRICTED's MAIL_PROVIDER), under any other status or none. "Your account"
 * alone may be said to the mailbox's owner and stays mailbox-disabled, even under an X.7.x status
 * (widening-set21 pins "550 5.7.1 Your account has been suspended"; Postfix gives its default 554 5.7.1
 * to any REJECT text, so X.7.1 alone does not say whose account). The senderAccountSaid guards hold: a
 * permanent refusal only, no recipient named, no other cause beside.
 *
 * Wording: the brief's two examples and the same sentence under other providers' names (Gmail, AOL,
 * iCloud, GMX, Microsoft, Google Workspace, Yahoo Mail); Webs' "Your account has been suspended for a
 * violation of the terms of usage" (support.webs.com, said when sending), Fastmail's "Account locked for
 * abuse or overuse", 21CN's "This account has been disabled or discontinued", Google's "The email account
 * that you tried to reach is disabled" and addy.io's "User disabled" (all the recipient's) as near misses.
 */
import { describe, expect, it } from 'vitest';
import { dsnReport } from './dsn-builder.ts';
import { both, inDsn, reads, ruleOf } from './read.ts';

describe("a provider's own account, said to the sender who uses it, is the sender refused", () => {
  it.each([
    '550 5.7.1 Your Outlook account has been suspended',
    '554 Your Yahoo account is temporarily locked',
    'Your Outlook account has been suspended',
    '550 Your Gmail account has been disabled',
    '550 5.7.1 Your AOL account is locked',
    '550 5.7.1 Your iCloud account has been locked for security reasons',
    '550 5.7.1 Your GMX account has been deactivated',
    '550 5.7.1 Your Microsoft account has been locked',
    '550 5.7.1 Your Google Workspace account has been suspended',
    '550 Your Yahoo Mail account has been deactivated',
    // …with a reason, and with a fragment after it (the '; foo' measure: as its twin "Sender account suspended; foo").
    '554 Your Yahoo account has been suspended for sending spam',
    '550 5.7.1 Your Outlook account has been suspended; foo',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));

  it('reads the status of a report’s Status field as the reply’s own', () => {
    expect(inDsn('failed', '5.7.1', '550 Your Outlook account has been suspended')).toBe('sender-rejected');
    expect(inDsn('failed', '5.2.1', '550 Your Outlook account has been suspended')).toBe('mailbox-disabled');
    expect(inDsn('failed', '5.7.1', '550 Your account has been suspended')).toBe('mailbox-disabled');
  });

  it.each([
    // An X.2.x status is the mailbox's state; X.1.1 an address's.
    ['550 5.2.1 Your Gmail account has been disabled', 'mailbox-disabled'],
    ['550 5.2.1 Your Yahoo account is temporarily locked', 'mailbox-disabled'],
    ['550 5.2.1 Your account has been disabled', 'mailbox-disabled'],
    ['550 5.1.1 Your Outlook account has been suspended', 'mailbox-disabled'],
    // "Your account" alone, under any status, or "this", "the", "the recipient's" account: the mailbox.
    ['550 Your account has been suspended', 'mailbox-disabled'],
    ['554 5.7.1 Your account has been suspended', 'mailbox-disabled'],
    ['550 5.7.1 Your new account has been suspended', 'mailbox-disabled'],
    ['Permanent Failure: Your account has been suspended for a violation of the terms of usage. Please contact your system administrator.', 'mailbox-disabled'],
    ['550 5.7.1 This account has been disabled', 'mailbox-disabled'],
    ["550 The recipient's account has been suspended", 'mailbox-disabled'],
    ['554 u@messagingengine.com; Recipient address rejected: Account locked for abuse or overuse', 'mailbox-disabled'],
    ['554 delivery error: Sorry your message to u@b.example cannot be delivered. This account has been disabled or discontinued.', 'mailbox-disabled'],
    ['550 5.2.1 The email account that you tried to reach is disabled.', 'mailbox-disabled'],
    ['552 5.2.1 <u@b.example>: Recipient address rejected: User disabled', 'mailbox-disabled'],
    // The recipient named, or another cause beside: the senderAccountSaid guards.
    ['550 5.7.1 Recipient address rejected: your Outlook account has been suspended', 'mailbox-disabled'],
    ['550 Mailbox unavailable: your Outlook account has been suspended', 'mailbox-disabled'],
    // Said not so, or answered no.
    ['550 5.7.1 Your Outlook account has been suspended? no', 'mailbox-disabled'],
  ])('%s stays %s', (reply, rule) => reads(reply, rule));

  // An address at the provider named is the account's, the recipient's (review of expl27), pasted as in a
  // report whose Final-Recipient is it; an address at another domain, or a link, leaves the reading.
  it.each([
    ['554 5.7.1 <john@gmail.com>: Your Gmail account has been disabled', 'mailbox-disabled'],
    ['550 Your message to john@outlook.com could not be delivered: your Outlook account is disabled', 'mailbox-disabled'],
    ['550 5.7.1 <JOHN@GMAIL.COM>: Your Gmail.com account has been disabled', 'mailbox-disabled'],
    ['550 5.7.1 <john@web.de>: Your WEB.DE account has been locked', 'mailbox-disabled'],
    ['550 5.7.1 <john@yahoo.co.uk>: Your Yahoo! Mail account has been suspended', 'mailbox-disabled'],
    ['554 5.7.1 <john@b.example>: Your Gmail account has been disabled', 'sender-rejected'],
    ['550 5.7.1 <john@gmailx.com>: Your Gmail account has been disabled', 'sender-rejected'],
    ['550 5.7.1 Your Gmail account has been disabled; see https://support.google.com/mail', 'sender-rejected'],
  ])('%s reads %s', (reply, rule) => reads(reply, rule));

  // A provider of several domains (wordlists/global/mail-provider-domains.yml, expl28): Outlook's account is
  // also a hotmail.com, live.com or msn.com address's, Yahoo's a ymail.com one's, iCloud's a me.com one's; a
  // domain that only opens with a provider's word is not the provider's (mail.com is not Mail.ru's, nor a
  // company's live.example Outlook's).
  it.each([
    ['550 5.7.1 <john@hotmail.com>: Your Outlook account has been suspended', 'mailbox-disabled'],
    ['550 5.7.1 <john@live.co.uk>: Your Outlook account has been suspended', 'mailbox-disabled'],
    ['550 5.7.1 <john@msn.com>: Your Microsoft account has been locked', 'mailbox-disabled'],
    ['550 5.7.1 <john@outlook.de>: Your Hotmail account has been suspended', 'mailbox-disabled'],
    ['550 5.7.1 <john@ymail.com>: Your Yahoo account is locked', 'mailbox-disabled'],
    ['550 5.7.1 <john@me.com>: Your iCloud account has been locked', 'mailbox-disabled'],
    ['550 5.7.1 <john@googlemail.com>: Your Gmail account has been disabled', 'mailbox-disabled'],
    ['550 5.7.1 <john@inbox.ru>: Your Mail.ru account has been locked', 'mailbox-disabled'],
    ['550 5.7.1 <john@mail.com>: Your Mail.ru account has been locked', 'sender-rejected'],
    ['550 5.7.1 <john@live.example>: Your Outlook account has been suspended', 'sender-rejected'],
    ['550 5.7.1 <john@yahoo.com>: Your Outlook account has been suspended', 'sender-rejected'],
  ])('%s reads %s', (reply, rule) => reads(reply, rule));

  // The report's failed recipient at the provider says nothing of whose account it is: a sender at
  // gmail.com who writes to a friend at gmail.com is told of the sender's own account the same way
  // (fixe28). A report reads as the reply pasted alone does; only the reply's own words name the recipient.
  it('reads a report whose failed recipient is at the provider as the reply pasted alone', () => {
    const report = (to: string | undefined, recipient: string, status: string, reply: string) =>
      ruleOf(dsnReport({ action: 'failed', status, ...(to === undefined ? {} : { to }), recipient, remoteMta: 'dns; mx.b.example', diagnosticCode: `smtp; ${reply}` }));
    for (const [to, recipient, status, reply] of [
      ['me@gmail.com', 'friend@gmail.com', '5.7.1', '550 5.7.1 Your Gmail account has been disabled for sending'],
      ['me@gmail.com', 'friend@gmail.com', '5.0.0', '550 Your Gmail account has been temporarily disabled for sending due to unusual activity'],
      ['me@outlook.com', 'friend@hotmail.com', '5.0.0', '554 Your Outlook.com account has been suspended for sending spam'],
      ['me@company.example', 'friend@outlook.com', '5.7.1', '550 5.7.1 Your Microsoft 365 account has been suspended'],
      ['me@company.example', 'friend@gmail.com', '5.7.1', '550 5.7.1 Your Google Workspace account has been suspended'],
      ['me@yahoo.com', 'friend@yahoo.com', '5.7.1', '554 Your Yahoo account is temporarily locked'],
      ['me@yahoo.com', 'friend@ymail.com', '5.0.0', '554 Your Yahoo account has been suspended for sending spam'],
      ['me@aol.com', 'friend@aol.com', '5.7.1', '550 5.7.1 Your AOL account is locked'],
      ['me@icloud.com', 'friend@me.com', '5.7.1', '550 5.7.1 Your iCloud account has been locked for security reasons'],
      [undefined, 'friend@hotmail.com', '5.7.1', '550 5.7.1 Your Outlook account has been suspended'],
      [undefined, 'friend@HOTMAIL.COM', '5.7.1', '550 5.7.1 Your Outlook account has been suspended'],
      [undefined, 'friend@live.com', '5.7.1', '550 5.7.1 Your Hotmail account has been suspended'],
      [undefined, 'john@googlemail.com', '5.7.1', '550 Your Gmail account has been disabled'],
    ] as const) {
      expect(report(to, recipient, status, reply)).toBe('sender-rejected');
      expect(ruleOf(reply)).toBe('sender-rejected');
    }
  });

  // Only an address in the recipient's place: the reply's subject ("<john@hotmail.com>: …"), after "to"
  // or "recipient"; not a contact address (postmaster, abuse, support, help, no-reply), nor the sender's
  // ("From me@hotmail.com:", "Sender me@hotmail.com:") (fixe28).
  it.each([
    ['550 5.7.1 Your Outlook account has been suspended; contact postmaster@live.com', 'sender-rejected'],
    ['550 5.7.1 Your Outlook account has been suspended. Visit account.live.com or write to support@msn.com', 'sender-rejected'],
    ['550 5.7.1 Your Outlook account has been suspended; contact abuse@outlook.com', 'sender-rejected'],
    ['550 5.7.1 Your Gmail account has been disabled; write to postmaster@gmail.com', 'sender-rejected'],
    ['550 5.7.1 Your Yahoo account is locked; see help@yahoo.com', 'sender-rejected'],
    ['550 5.7.1 From me@hotmail.com: Your Outlook account has been suspended', 'sender-rejected'],
    ['550 5.7.1 From me@outlook.com: Your Outlook account has been suspended', 'sender-rejected'],
    ['550 5.7.1 Sender me@hotmail.com: Your Outlook account has been suspended', 'sender-rejected'],
    ['550 5.7.1 Your message to john@hotmail.com could not be delivered: your Outlook account is disabled', 'mailbox-disabled'],
    ['550 5.7.1 Delivery to john@gmail.com failed: your Gmail account has been disabled', 'mailbox-disabled'],
    ['550 5.7.1 RCPT TO:<john@yahoo.com>: Your Yahoo account is locked', 'mailbox-disabled'],
    ['550 5.7.1 john@outlook.com: Your Outlook account has been suspended', 'mailbox-disabled'],
    ['550 5.7.1 Your message to postmaster@outlook.com could not be delivered: your Outlook account is disabled', 'sender-rejected'],
    ['550 5.7.1 Reply-To john@outlook.com: your Outlook account is disabled', 'sender-rejected'],
  ])('%s reads %s', (reply, rule) => reads(reply, rule));

  // A business product's accounts live on its customers' own domains (mail-provider-domains.yml gives
  // Google Workspace, G Suite, Microsoft 365 and Office 365 none): an address at gmail.com or outlook.com
  // is not one of them, and "Your Google Workspace account" beside it is still the sender's (fixe28).
  it.each([
    '550 5.7.1 <john@gmail.com>: Your Google Workspace account has been suspended',
    '550 5.7.1 <john@googlemail.com>: Your Google Workspace account has been suspended',
    '550 5.7.1 <john@gmail.com>: Your G Suite account has been disabled',
    '550 5.7.1 <john@gmail.com>: Your GSuite account has been disabled',
    '550 5.7.1 <john@outlook.com>: Your Office 365 account has been suspended',
    '550 5.7.1 <john@hotmail.com>: Your Office365 account has been suspended',
    '550 5.7.1 <john@outlook.com>: Your Microsoft 365 account has been suspended',
  ])('%s is the sender refused', (reply) => reads(reply, 'sender-rejected'));

  it('reads an address at the provider in a report as its Final-Recipient reads it', () => {
    expect(inDsn('failed', '5.7.1', '554 5.7.1 <john@gmail.com>: Your Gmail account has been disabled')).toBe('mailbox-disabled');
    expect(inDsn('failed', '5.7.1', '554 5.7.1 <john@b.example>: Your Gmail account has been disabled')).toBe('sender-rejected');
  });

  it('reads the forms a provider is written in (wordlists/global/mail-providers.txt)', () => {
    for (const name of ['Hotmail', 'Hotmail.com', 'Outlook.com', 'Gmail.com', 'Office 365', 'Office365', 'Microsoft 365', 'GSuite', 'ProtonMail']) {
      reads(`550 5.7.1 Your ${name} account has been suspended`, 'sender-rejected');
    }
    // A common word is no provider: "your web account", "your mail account" may be the mailbox's.
    reads('550 5.7.1 Your web account has been suspended', 'mailbox-disabled');
    reads('550 5.7.1 Your free account has been suspended', 'mailbox-disabled');
  });

  it('leaves a temporary reply transient', () => {
    const [line, dsn] = both('450 4.7.1 Your Yahoo account is temporarily locked');
    expect(line).not.toBe('sender-rejected');
    expect(dsn).not.toBe('sender-rejected');
  });
});
