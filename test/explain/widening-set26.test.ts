/**
 * Probe set 22's misses whose words carry the cause in English any server may use (issue 11's brief
 * fix22), each with what the new reading must not swallow: the number of recipients (RCPT commands,
 * attempts) said to have reached its maximum is too many recipients, as a recipients limit exceeded
 * reads; an attachment's length or size said to have reached its maximum is the size limit, as an
 * attachment size exceeded reads; a recipient said not to be a local account in the contracted form
 * ("isn't") is an unknown recipient, as "is not a local user" reads, and not the sender's; a client that
 * gave no HELO or EHLO first is judged of the sending host (client-blocked, as one that spoke before the
 * greeting), except under RFC 5321's 503 or an X.5.x status, the dialogue's order. Each reply is
 * explained as the pasted line and inside a DSN with a generic status (probeDsn), some inside a DSN with
 * a status of their own (dsnReport). Invented replies besides set 22's four.
 */
import { describe, expect, it } from 'vitest';
import { both, inDsn, reads } from './read.ts';

describe('the number of recipients said to have reached its maximum is too many recipients', () => {
  it.each([
    '504 the number of RCPT attempts is achieved the maximum threshold',
    '452 Number of recipients exceeds the maximum allowed',
    '550 The number of recipients has reached the maximum',
    '452 4.5.3 Number of RCPT commands has been exceeded the limit',
  ])('%s is rate-limited', (reply) => reads(reply, 'rate-limited'));

  it('reads as a recipients limit exceeded, with another cause beside it too', () => {
    expect(both('550 the number of RCPT attempts is achieved the maximum threshold')).toEqual(both('550 Recipients limit exceeded'));
    expect(both('550 User unknown; the number of RCPT attempts is achieved the maximum threshold')).toEqual(both('550 User unknown; Recipients limit exceeded'));
    expect(both('550 Spam detected; the number of recipients has reached the maximum')).toEqual(both('550 Spam detected; Recipients limit exceeded'));
  });

  it.each([
    // Said not to be, or a count of something else: not this reading.
    '550 the number of recipients has not reached the maximum',
    '550 no number of recipients exceeded the maximum',
    '552 the number of attachments has reached the maximum',
    '550 the number of messages is achieved the maximum threshold',
  ])('%s is not rate-limited', (reply) => {
    expect(both(reply)).not.toContain('rate-limited');
  });
});

describe('an attachment’s length or size said to have reached its maximum is the size limit', () => {
  it.each([
    '510 The length of Attach is achieved the maximum threshold',
    '552 The size of the attachment has reached the limit',
    '552 Size of attachments exceeded the maximum',
  ])('%s is message-too-large', (reply) => reads(reply, 'message-too-large'));

  it('reads as an attachment size exceeded, with another cause beside it too', () => {
    expect(both('552 The length of Attach is achieved the maximum threshold')).toEqual(both('552 Attachment size exceeds the limit'));
    expect(both('550 User unknown; the length of Attach is achieved the maximum threshold')).toEqual(both('550 User unknown; Attachment size exceeds the limit'));
  });

  it.each([
    // Said not to be, or a count of attachments (TOO_MANY_PARTS' wording is "too many attachments"), or the
    // length of something else: not this reading.
    '552 the length of the attachment has not reached the maximum',
    '552 the number of attachments is achieved the maximum threshold',
    '552 The length of Subject is achieved the maximum threshold',
    // Said not to be, right before (NOT_SAID_BEFORE, with or without an article between).
    '552 no length of Attach is achieved the maximum threshold',
    '550 not the length of the attachment achieved the maximum threshold',
  ])('%s is not message-too-large', (reply) => {
    expect(both(reply)).not.toContain('message-too-large');
  });
});

describe('a recipient said not to be a local account, contracted, is an unknown recipient', () => {
  it.each([
    "503 Rcptto account isn't a local account",
    '503 Rcptto account isn’t a local account',
    "550 Recipient isn't a local user",
    "550 <a@b.example>: recipient address isn't a valid account",
  ])('%s is unknown-recipient', (reply) => reads(reply, 'unknown-recipient'));

  it('reads as "is not a local user", with another cause beside it too', () => {
    expect(both("550 Recipient isn't a local user")).toEqual(both('550 Recipient is not a local user'));
    expect(both("550 Recipient isn't a local user; relaying denied")).toEqual(both('550 Recipient is not a local user; relaying denied'));
    expect(both("550 Recipient isn't a local user; sender address rejected")).toEqual(both('550 Recipient is not a local user; sender address rejected'));
  });

  it.each([
    // The sender's, or said to be one: not an unknown recipient.
    "502 Mailfrom account isn't a local account",
    "550 Sender isn't a local user",
    "550 Sender account isn't a local account",
    '502 Mailfrom account is a local account',
    "550 Recipient is a local account",
    // A bare account, user or mailbox may be the sender's: the contracted form needs a recipient word.
    "550 Your account isn't a local account",
    "550 Authenticated user isn't a local user",
    "550 MAIL FROM: user isn't a local user",
  ])('%s is not unknown-recipient', (reply) => {
    expect(both(reply)).not.toContain('unknown-recipient');
  });

  it('RFC 5321’s 551 "User not local; please try" stays the forwarding answer', () => {
    reads('551 User not local; please try <a@c.example>', 'mailbox-moved');
  });
});

describe('a client that gave no HELO or EHLO first is the sending host, but under 503 or X.5.x the dialogue', () => {
  it.each([
    '550 HLO-MIS: No HELO before mail transaction',
    '550 no HELO/EHLO given',
    '550 EHLO/HELO required first',
    '550 You must send HELO first',
    '554 5.7.1 No EHLO sent before MAIL FROM',
    // Terse forms, only at the clause's start ("EHLO/HELO first", "HELO required" ending its clause).
    '550 EHLO/HELO first',
    '550 HELO required.',
    // Read as the dialogue (smtp-protocol-error's "need helo first") before fix22; under a refusal of its
    // own, now the client that skipped the greeting, as its twins above.
    '550 Need HELO first',
  ])('%s is client-blocked', (reply) => reads(reply, 'client-blocked'));

  it.each([
    // RFC 5321's 503, "bad sequence of commands", or an X.5.x status, with nothing else naming the client:
    // the dialogue's order, as Maropost's "503 5.5.1 RCPT TO without MAIL FROM" (set 7, other).
    '503 5.5.1 Error: send HELO/EHLO first',
    '503 Send HELO first',
    '503 No HELO before mail transaction',
    '550 5.5.1 No HELO before mail transaction',
    '503 5.5.1 HELO should be sent first',
    '503 EHLO/HELO first',
    '503 HELO required',
  ])('%s is smtp-protocol-error', (reply) => reads(reply, 'smtp-protocol-error'));

  it('under 503, another wording of the client refused still decides', () => {
    expect(both('503 5.5.1 Connecting host started transmitting before SMTP greeting')).toEqual(['client-blocked', 'client-blocked']);
    expect(both('503 No HELO before mail transaction; blocked using zen.spamhaus.org')).toEqual(both('503 blocked using zen.spamhaus.org'));
    // The client refused in words of its own beside the missing HELO (once that is blanked, client-blocked is still said).
    reads('503 No HELO given; client host rejected', 'client-blocked');
    reads('503 5.5.1 No HELO given; client host rejected', 'client-blocked');
  });

  it.each([
    // The dialogue's own words beside it, whatever the code: the dialogue's order (smtp-protocol-error).
    '550 Bad sequence of commands: need HELO first',
    '550 Improper sequence of commands: no HELO given',
    '550 5.7.1 Bad sequence of commands: send HELO first',
    '550 Syntax error: send HELO first',
    '550 Send HELO first; bad sequence of commands',
  ])('%s is smtp-protocol-error (the protocol error said beside it)', (reply) => reads(reply, 'smtp-protocol-error'));

  it('gives way to another cause said before or after it', () => {
    expect(both('550 send HELO first; message rejected as spam')).toEqual(['spam-content', 'spam-content']);
    expect(both('550 send HELO first; message rejected as spam')).toEqual(both('550 message rejected as spam'));
    expect(both('550 send HELO first; sender verify failed')).toEqual(['sender-rejected', 'sender-rejected']);
    expect(both('550 sender verify failed; send HELO first')).toEqual(['sender-rejected', 'sender-rejected']);
    expect(both('550 Message rejected due to local policy; No HELO before mail transaction')).toEqual(both('550 Message rejected due to local policy'));
    expect(both('550 5.7.1 Blocked by SpamAssassin; No HELO before mail transaction')).toEqual(both('550 5.7.1 Blocked by SpamAssassin'));
    expect(both('Message could not be delivered for 5 days; No HELO before mail transaction')).toEqual(both('Message could not be delivered for 5 days'));
    // (The size filter's own reading steps aside after another cause said, AFTER_ANOTHER_CAUSE: a filter's refusal, policy.)
    expect(both('550 HLO-MIS: No HELO before mail transaction; rejected by size filter')).toEqual(['policy-rejection', 'policy-rejection']);
  });

  it('stands when the words beside it then give no cause that stands, or only name the command refused', () => {
    // An illegal name read beside a HELO is no missing domain (unknown-domain's own reading): set aside,
    // the missing HELO left no cause at all (refused-unspecified) before review f22b.
    expect(both('550 Illegal Host/Domain Name found; No HELO before mail transaction')).toEqual(['client-blocked', 'client-blocked']);
    // The command the missing HELO refused, with no reason of its own, names no sender cause; a reason
    // beside it still decides.
    expect(both('550 No HELO given: MAIL FROM rejected')).toEqual(['client-blocked', 'client-blocked']);
    expect(both('550 Need HELO first: MAIL FROM command rejected')).toEqual(['client-blocked', 'client-blocked']);
    expect(both('550 HELO first: RCPT rejected')).toEqual(['client-blocked', 'client-blocked']);
    reads('503 5.5.1 EHLO first: MAIL FROM rejected', 'smtp-protocol-error');
    expect(both('550 No HELO given; MAIL FROM rejected, sender unknown')).toEqual(['sender-rejected', 'sender-rejected']);
  });

  it('under a temporary reply, the delay or the dialogue, not the client judged', () => {
    // As before fix22: smtp-protocol-error's "need HELO first", or the code's delay (expired once a DSN says it failed).
    reads('450 Need HELO first', 'smtp-protocol-error');
    expect(both('421 No HELO before mail transaction, closing connection')).toEqual(['delivery-delayed', 'delivery-expired']);
    expect(both('451 4.7.1 No HELO before mail transaction')).toEqual(['delivery-delayed', 'delivery-expired']);
    expect(inDsn('delayed', '4.7.1', '451 4.7.1 No HELO before mail transaction')).toBe('delivery-delayed');
  });

  it('in a DSN, the status decides as in the reply', () => {
    expect(inDsn('failed', '5.7.1', '550 5.7.1 No HELO before mail transaction')).toBe('client-blocked');
    expect(inDsn('failed', '5.5.1', '503 5.5.1 Error: send HELO/EHLO first')).toBe('smtp-protocol-error');
  });

  it.each([
    // Said not to be needed, or another cause said first: no missing HELO.
    '550 You do not need to send HELO first',
    '550 no HELO checks',
    '550 HELO restrictions apply',
    // The terse forms not at the clause's start ("… send HELO first" above), or not ending it.
    '550 no HELO required',
    '550 HELO required hostname must resolve',
    // "HELO first" not ending its clause: greylisting's first sighting, a dialogue described.
    '550 HELO first seen from 192.0.2.1',
    '250 HELO first then MAIL',
  ])('%s is not client-blocked', (reply) => {
    expect(both(reply)).not.toContain('client-blocked');
  });

  it('after another cause, or before a clear one, that cause', () => {
    expect(both('550 User unknown; No HELO before mail transaction')).toEqual(both('550 User unknown'));
    expect(both('550 No HELO before mail transaction; user unknown')).toEqual(both('550 user unknown'));
  });
});
