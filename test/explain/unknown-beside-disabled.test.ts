/**
 * The recipient unknown and the mailbox disabled, said in one reply without a status that decides
 * (issue 11, expl28): "550 Your Yahoo account is locked; user unknown" is the address unknown. RFC 3463's
 * X.1.1 says the address names no mailbox, permanently; its X.2.1 says "the mailbox exists, but is not
 * accepting messages", and may be temporary. A reply that says the user is unknown denies the mailbox a
 * lock or a suspension would be the state of, and the providers keep the two replies apart (Gmail's "550
 * 5.1.1 The email account that you tried to reach does not exist" and "550 5.2.1 … is disabled", Yahoo's
 * "This user doesn't have a yahoo.com account" and "This account has been disabled or discontinued"): a
 * reply that says both merged them, and the sender should drop the address. Only under no status or an
 * X.0.x or X.1.x one: an X.2.x status says the mailbox is there to be disabled, an X.7.x one that a
 * policy refused it (fixe28). Each way, and each alone, as a pasted line and in a DSN of generic status.
 */
import { describe, expect, it } from 'vitest';
import { inDsn, reads } from './read.ts';

describe('the recipient unknown beside the mailbox disabled', () => {
  it.each([
    '550 Your Yahoo account is locked; user unknown',
    '550 User unknown; your Yahoo account is locked',
    '550 Your account is locked; user unknown',
    '550 Account disabled; user unknown',
    '550 User unknown; account disabled',
    '550 Mailbox disabled, user unknown',
    '550 This account has been disabled; no such user',
    '550 Unknown user or account disabled',
    '550 5.1.1 Your Yahoo account is locked; user unknown',
  ])('%s is the recipient unknown', (reply) => reads(reply, 'unknown-recipient'));

  it.each([
    // An X.2.x status: the mailbox is there, disabled.
    ['550 5.2.1 Your Yahoo account is locked; user unknown', 'mailbox-disabled'],
    ['550 5.2.1 User unknown; account disabled', 'mailbox-disabled'],
    // The sender's address said unknown is no recipient unknown.
    ['550 Account disabled; sender address unknown', 'mailbox-disabled'],
    // Each alone reads as before.
    ['550 Account disabled', 'mailbox-disabled'],
    ['550 This account has been disabled', 'mailbox-disabled'],
    ['550 User unknown', 'unknown-recipient'],
    // The provider's account said to the sender, with nothing else: the sender refused (provider-account.test.ts).
    ['550 Your Yahoo account is locked', 'sender-rejected'],
  ])('%s stays %s', (reply, rule) => reads(reply, rule));

  // Another address said unknown is not the recipient's (fixe28): a forwarding or new address, the
  // return path, a user the mail came from ("rejected mail from an unknown user"); and an X.7.x status
  // is a policy's refusal, which a disabled account is, so it reads as before expl28.
  it.each([
    ['550 Mailbox disabled; forwarding address unknown', 'mailbox-disabled'],
    ['550 Account closed, forwarding address unknown', 'mailbox-disabled'],
    ['550 Mailbox disabled; new address unknown', 'mailbox-disabled'],
    ['550 Account disabled. Return path address unknown', 'mailbox-disabled'],
    ['550 Account disabled; return-path address unknown', 'mailbox-disabled'],
    ['550 Account disabled; rejected mail from an unknown user', 'mailbox-disabled'],
    ['550 Account disabled; rejected mail from the unknown user', 'mailbox-disabled'],
    ['550 Account disabled: mail from unknown user not accepted', 'mailbox-disabled'],
    ['550 5.7.1 Account disabled, user unknown', 'mailbox-disabled'],
    ['550 5.7.1 Account is locked. User unknown or blocked', 'mailbox-disabled'],
    // Both ways: the user said unknown still wins without a status, or under X.0.x or X.1.x.
    ['550 5.0.0 Account disabled, user unknown', 'unknown-recipient'],
    ['550 5.1.1 Mailbox disabled; user unknown', 'unknown-recipient'],
    ['550 Mailbox disabled; user unknown', 'unknown-recipient'],
    ['550 Mailbox disabled; forwarding address unknown; user unknown', 'unknown-recipient'],
  ])('%s reads %s', (reply, rule) => reads(reply, rule));

  it("reads a report's X.2.x Status as the reply's own", () => {
    expect(inDsn('failed', '5.2.1', '550 Your Yahoo account is locked; user unknown')).toBe('mailbox-disabled');
    expect(inDsn('failed', '5.1.1', '550 Your Yahoo account is locked; user unknown')).toBe('unknown-recipient');
    expect(inDsn('failed', '5.0.0', '550 Account disabled; user unknown')).toBe('unknown-recipient');
    expect(inDsn('failed', '5.7.1', '550 Account disabled; user unknown')).toBe('mailbox-disabled');
  });
});
