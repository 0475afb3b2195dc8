/**
 * Readings the reviews after set 22 left open (issue 11's brief expl25), each with what the new reading
 * must not swallow: Exim's "retry timeout exceeded" (its words for an address it gives up on) and a delivery
 * said failed after repeated attempts are an expiry under a 4xx too; a sender verification said failed with
 * only the receiver's anti-spam motive in brackets is the sender's; Exim's sender callout joined on one line
 * reads as its multi-line reply; a hop count said not exceeded in the contracted form or answered no is no
 * loop; a user said not to be a local user in the contracted form is an unknown recipient, as the
 * uncontracted form reads; a missing HELO gives way to Microsoft's 5.4.1 "Access denied"; a message count
 * limit is a count, not the size; a temporary sender callout stays temporary, whatever the quoted response.
 * Each reply is explained as the pasted line and inside a DSN with a generic status (probeDsn), some inside
 * a DSN with a status of their own (dsnReport). Invented replies, in the wording any server may use.
 */
import { describe, expect, it } from 'vitest';
import { both, inDsn, reads } from './read.ts';

/** Exim's reply to a sender whose callout failed, with the sender's server's quoted response, line by line. */
const callout = (code: string, response: string, last: string) =>
  `${code}-Verification failed for <s@a.example>\n${code}-Called:   192.0.2.9\n${code}-Sent:     RCPT TO:<s@a.example>\n${code}-Response: ${response}\n${code} ${last}`;
/** The same reply joined on one line, as a user pastes it from a log. */
const oneLine = (reply: string) => reply.replace(/\n/g, ' ');

describe('Exim’s “retry timeout exceeded” and a delivery failed after repeated attempts are an expiry, under a 4xx too', () => {
  it.each([
    '451 4.4.1 retry timeout exceeded',
    '451 retry timeout exceeded',
    '451 4.4.1 Delivery failed after repeated attempts',
    '451 4.4.1 Message not delivered after repeated attempts',
    '451 4.4.1 Message could not be delivered after repeated attempts',
    '550 retry timeout exceeded',
  ])('%s is delivery-expired', (reply) => reads(reply, 'delivery-expired'));

  it.each([
    // Exim's delay ("retry time not reached"), an expiry said to be retried, a report that the message is
    // only delayed, and another server's bare 4xx expiry: a delay, as before.
    '451 4.4.1 retry time not reached',
    '451 4.4.1 retry timeout exceeded; will retry',
    '451 Delivery time expired',
  ])('%s is a delay pasted', (reply) => {
    expect(both(reply)[0]).toBe('delivery-delayed');
  });

  it('is a delay in a report that the message is only delayed', () => {
    expect(inDsn('delayed', '4.4.1', '451 4.4.1 retry timeout exceeded')).toBe('delivery-delayed');
    expect(inDsn('failed', '4.4.1', '451 4.4.1 retry timeout exceeded')).toBe('delivery-expired');
  });
});

describe('a sender verification said failed with only an anti-spam motive in brackets is the sender’s', () => {
  it.each([
    '550 Sender verify failed (anti-spam measure)',
    '550 Sender verify failed (spam protection)',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));

  it('reads as the callout’s last line does', () => {
    expect(both('550 Sender verify failed (anti-spam measure)')).toEqual(both(callout('550', '550 No such user here', 'Sender verify failed (anti-spam measure)')));
  });

  it.each([
    // A spam verdict said beside it, or the motive without a verification: the verdict, as before.
    ['550 Sender verify failed (anti-spam measure); message rejected as spam', 'spam-content'],
    ['550 Spam detected; sender verify failed', 'spam-content'],
    ['550 Rejected (anti-spam measure)', 'spam-content'],
    ['451 Sender verify failed (anti-spam measure); message rejected as spam', 'spam-content'],
  ])('%s is %s', reads);

  it.each([
    // Under a 4xx: as the words read without the motive ("451 Sender verify failed"), not the spam.
    '451 Sender verify failed (anti-spam measure)',
    '451 4.7.1 Sender verify failed (anti-spam measure)',
    // Another cause said beside it: that cause, as without the motive.
    '530 5.7.0 Must issue a STARTTLS command first; Sender verify failed (anti-spam measure)',
  ])('%s reads as without the motive, not spam-content', (reply) => {
    expect(both(reply)).toEqual(both(reply.replace(' (anti-spam measure)', '')));
    expect(both(reply)).not.toContain('spam-content');
  });
});

describe('a permanent sender callout: the receiver’s words on its own last line decide, before its verify words too', () => {
  it.each([
    [callout('550', '452 Mailbox full', 'Your IP is listed at zen.spamhaus.org; sender verify failed'), 'blocklisted'],
    [oneLine(callout('550', '452 Mailbox full', 'Your IP is listed at zen.spamhaus.org; sender verify failed')), 'blocklisted'],
    [callout('550', '452 Mailbox full', 'Sender verify failed; your IP is listed at zen.spamhaus.org'), 'blocklisted'],
    [callout('550', '552 Mailbox full', 'Sender verify failed'), 'sender-rejected'],
  ])('%s is %s', reads);
});

describe('Exim’s sender callout joined on one line reads as its multi-line reply', () => {
  it.each([
    ['552 Mailbox full', 'Sender verify failed'],
    ['550 No such user here', 'Sender verify failed'],
    ['552 Mailbox full', 'Sender verify failed; also your IP is on zen.spamhaus.org'],
  ])('a callout answered %s, last line %s', (response, last) => {
    const lines = callout('550', response, last);
    expect(both(oneLine(lines))).toEqual(both(lines));
  });

  it('is the sender refused, not the quoted full mailbox', () => {
    reads(oneLine(callout('550', '552 Mailbox full', 'Sender verify failed')), 'sender-rejected');
  });
});

describe('a hop count said not exceeded, contracted or answered no, is no loop', () => {
  it.each([
    '554 isn\'t too many hops',
    '554 There aren\'t too many Received headers',
    '554 hop count exceeded: no',
  ])('%s is not network-error', (reply) => {
    expect(both(reply)).not.toContain('network-error');
  });

  it('reads as the uncontracted twin', () => {
    expect(both('554 isn\'t too many hops')).toEqual(both('554 not too many hops'));
    expect(both('554 hop count exceeded: no')).toEqual(both('554 Too many hops: no'));
  });

  it.each([
    // A loop said, before or after the denial: a loop, as before.
    '554 Too many hops',
    '554 hop count exceeded',
    '554 Hop count exceeded - possible mail loop',
    '554 isn\'t too many hops; too many hops',
  ])('%s is network-error', (reply) => reads(reply, 'network-error'));
});

describe('a user said not to be a local user, contracted, is an unknown recipient as uncontracted', () => {
  it.each([
    '550 User isn\'t a local user',
    '550 User isn\'t a local account',
    '550 <r@b.example>: User isn\'t a local user',
  ])('%s is unknown-recipient', (reply) => reads(reply, 'unknown-recipient'));

  it('reads as “is not a local user”', () => {
    expect(both('550 User isn\'t a local user')).toEqual(both('550 User is not a local user'));
  });

  it.each([
    // A user said the sender's, or a bare account: not this reading (fix22).
    '550 Authenticated user isn\'t a local user',
    '550 MAIL FROM: user isn\'t a local user',
    '550 MAIL FROM:<s@a.example> user isn\'t a local user',
    '550 MAIL FROM: <s@a.example> user isn\'t a local user',
    '550 Sender user isn\'t a local user',
    '550 Your account isn\'t a local account',
  ])('%s is not unknown-recipient', (reply) => {
    expect(both(reply)).not.toContain('unknown-recipient');
  });
});

describe('a missing HELO gives way to Microsoft’s 5.4.1 “Access denied” (the recipient refused)', () => {
  it.each([
    '550 5.4.1 Access denied; no HELO/EHLO given',
    '550 5.4.1 Recipient address rejected: Access denied; No HELO before mail transaction',
  ])('%s is unknown-recipient', (reply) => {
    reads(reply, 'unknown-recipient');
    expect(both(reply)).toEqual(both('550 5.4.1 Recipient address rejected: Access denied'));
  });

  it.each([
    // Without the pair (another code, no code, no "Access denied"): the missing HELO, as before.
    '550 5.7.1 Access denied; no HELO/EHLO given',
    '550 Access denied; no HELO/EHLO given',
    '550 5.4.1 no HELO/EHLO given',
    // The client said refused besides the HELO words, or without them (Postfix's client access wording):
    // the client's, under 5.4.1 "Access denied" too.
    '550 5.4.1 Client host rejected: Access denied',
    '550 5.4.1 Client host rejected: Access denied; no HELO',
    '550 5.4.1 Access denied: your IP 192.0.2.1 is not allowed, HELO required',
    '550 5.4.1 Access denied: sender IP not allowed; please send HELO first',
  ])('%s is client-blocked', (reply) => reads(reply, 'client-blocked'));
});

describe('a message count limit is a count of messages, not the size', () => {
  it.each([
    '452 Message count limit exceeded',
    '552 Message count limit exceeded',
    '550 Exceeded the message count limit',
    '452 Message count quota exceeded',
  ])('%s is sending-limit', (reply) => reads(reply, 'sending-limit'));

  it.each([
    // A full mailbox or a size said beside a limit on messages (which may count a mailbox's messages):
    // the mailbox or the size, for both twins.
    ['452 Message count limit exceeded; mailbox full', 'mailbox-full'],
    ['452 Message count limit exceeded; quota exceeded for this mailbox', 'mailbox-full'],
    ['452 Message limit exceeded; mailbox full', 'mailbox-full'],
    ['552 Message count limit exceeded; message size exceeds limit', 'message-too-large'],
    ['552 Message limit exceeded; message size exceeds limit', 'message-too-large'],
  ])('%s is %s', reads);

  it('reads as a message limit exceeded, with another cause beside it too', () => {
    expect(both('452 Message count limit exceeded')).toEqual(both('452 Message limit exceeded'));
    expect(both('550 User unknown; Message count limit exceeded')).toEqual(both('550 User unknown; Message limit exceeded'));
  });

  it.each([
    // The size's limit: the size, as before.
    '552 Message size limit exceeded',
    '552 Message exceeded the size limit',
  ])('%s is message-too-large', (reply) => reads(reply, 'message-too-large'));
});

describe('a temporary sender callout stays temporary, whatever the quoted response', () => {
  it.each([
    callout('451', '452 Mailbox full', 'Could not complete sender verify callout'),
    oneLine(callout('451', '452 Mailbox full', 'Could not complete sender verify callout')),
    // A quoted answer that says a sender's verification itself: it ends at the callout's own code all the same.
    callout('451', '451 4.3.0 Temporary sender verification failure at remote end; mailbox full', 'Could not complete sender verify callout'),
  ])('%s is a delay, not the quoted full mailbox', (reply) => {
    expect(both(reply)).toEqual(['delivery-delayed', 'delivery-expired']);
    expect(inDsn('delayed', '4.0.0', reply)).toBe('delivery-delayed');
  });

  it.each([
    // The receiver's own words outside the quoted response decide, as the class makes them.
    [callout('451', '452 Mailbox full', 'Could not complete sender verify callout; listed at zen.spamhaus.org'), 'blocklisted'],
    [callout('451', '452 Mailbox full', 'Sender verify failed'), 'sender-rejected'],
    // Said before the callout's words on its last line: the quoted answer ends at the callout's own code,
    // so the word order does not decide.
    [callout('451', '452 Mailbox full', 'Greylisted, please try again later; could not complete sender verify callout'), 'greylisted'],
    [oneLine(callout('451', '452 Mailbox full', 'Greylisted, please try again later; could not complete sender verify callout')), 'greylisted'],
    [callout('451', '452 Mailbox full', 'Too many connections from your IP; could not complete sender verify callout'), 'rate-limited'],
    [callout('451', '452 Mailbox full', 'Could not complete sender verify callout: too many connections from your IP'), 'rate-limited'],
    [callout('451', '452 Mailbox full', 'Your IP is listed at zen.spamhaus.org; could not complete sender verify callout'), 'blocklisted'],
    // A recipient's callout: its quoted answer is the recipient's, as before.
    [callout('451', '452 Mailbox full', 'Could not complete recipient verify callout'), 'mailbox-full'],
  ])('%s is %s', reads);
});
