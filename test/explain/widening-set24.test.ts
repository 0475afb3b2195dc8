/**
 * Three wrong readings found in review of the readings after sets 20 and 21 (review-e23b, review-f21), each with what the new reading must not
 * swallow: "Too many hops" without a code is the hop count of RFC 5321 §6.3, a loop, as under X.4.6 (it
 * read as the message's format); a recipients limit exceeded is too many recipients; an address said
 * malformed or improper after MAIL FROM, the sender or the null sender "<>", or said of the sender, is
 * the sender's (it read as the recipient's). Each reply is explained as the pasted line and inside a
 * DSN with a generic status (probeDsn), and some inside a DSN with a status of their own (dsnReport).
 * Invented replies, in the wording any server may use.
 */
import { describe, expect, it } from 'vitest';
import { both, inDsn, reads } from './read.ts';

describe('"Too many hops" without a code is a loop, as "554 5.4.6 Too many hops" and "Message hop limit exceeded" read', () => {
  it.each([
    '554 Too many hops',
    'Too many hops',
    '554 Too many hops: message hop limit exceeded',
    '550 Too many hops 26 (25 max)',
    // A temporary reply too, as "450 4.4.6 Too many hops"
    '451 Too many hops',
  ])('%s is network-error', (reply) => reads(reply, 'network-error'));

  it('reads what the X.4.6 code reads', () => {
    expect(both('554 Too many hops')).toEqual(both('554 5.4.6 Too many hops'));
    expect(both('554 Too many hops')).toEqual(both('554 Message hop limit exceeded'));
  });

  it.each([
    // Another cause said beside it, before or after.
    ['550 Too many hops; user unknown', 'unknown-recipient'],
    ['550 User unknown; too many hops', 'unknown-recipient'],
    ['450 Greylisted; too many hops', 'greylisted'],
    ['552 Message size exceeds fixed limit; too many hops', 'message-too-large'],
    // Headers that are not Received headers are still the message's form (widening-set10.test.ts).
    ['550 Too many headers', 'not-rfc-compliant'],
    ['550 Too many header lines', 'not-rfc-compliant'],
  ])('%s is %s', reads);

  it('in a DSN: a loop under a generic status or X.4.6, a delay report too; another cause beside keeps its own', () => {
    expect(inDsn('failed', '5.0.0', '554 Too many hops')).toBe('network-error');
    expect(inDsn('failed', '5.4.6', '554 Too many hops')).toBe('network-error');
    expect(inDsn('delayed', '4.0.0', '451 Too many hops')).toBe('network-error');
    expect(inDsn('failed', '5.0.0', '550 User unknown; too many hops')).toBe('unknown-recipient');
  });
});

describe('a recipients limit exceeded is too many recipients, as "452 4.5.3 Too many recipients" reads', () => {
  it.each([
    '452 Message recipients limit exceeded',
    '552 Message recipients limit exceeded',
    'Message recipients limit exceeded',
    '550 Maximum recipients limit exceeded',
  ])('%s is rate-limited', (reply) => reads(reply, 'rate-limited'));

  it.each([
    // With a cause beside it, as "too many recipients" with that cause (that reading's own choice).
    ['550 User unknown; recipients limit exceeded', '550 User unknown; too many recipients'],
    ['450 Greylisted; recipients limit exceeded', '450 Greylisted; too many recipients'],
    ['452 Message recipients limit exceeded', '452 4.5.3 Too many recipients'],
  ])('%s reads as %s', (reply, twin) => {
    expect(both(reply)).toEqual(both(twin));
  });

  it.each([
    // Other limits keep their readings: a daily count of recipients (a sending limit), connections
    // (a delay under the 4xx, widening-set22.test.ts), size; and a limit not exceeded, or on addresses.
    ['550 Daily recipient limit exceeded', 'sending-limit'],
    ['550 Message size limit exceeded', 'message-too-large'],
    ['550 recipients limit not exceeded', 'refused-unspecified'],
    ['550 Recipient address limit exceeded', 'refused-unspecified'],
  ])('%s is %s', reads);

  it.each([
    // The singular is still read by the sending limit's older phrase ("(daily|…|recipient) … limit exceeded",
    // pinned since set 18: "452 Recipient limit reached to prevent dictionary attacks" is a sending limit),
    // so singular and plural differ: an inherited split, pinned so that a change to it is a decision (review-t24 1).
    ['452 Message recipient limit exceeded', 'sending-limit'],
    ['550 Recipient limit exceeded', 'sending-limit'],
  ])('%s is %s (the singular, as before)', reads);

  it('451 Message connections limit exceeded is still no rate', () => {
    expect(both('451 Message connections limit exceeded')).toEqual(['delivery-delayed', 'delivery-expired']);
  });

  it('in a DSN: rate-limited in a failure report and in a delay report, as "Too many recipients"', () => {
    expect(inDsn('failed', '5.0.0', '452 Message recipients limit exceeded')).toBe('rate-limited');
    expect(inDsn('delayed', '4.0.0', '452 Message recipients limit exceeded')).toBe(inDsn('delayed', '4.0.0', '452 4.5.3 Too many recipients'));
    expect(inDsn('delayed', '4.0.0', '452 Message recipients limit exceeded')).toBe('rate-limited');
  });
});

describe('an address malformed or improper after MAIL FROM, the sender or "<>", or said of the sender, is the sender’s, as "malformed sender address" reads', () => {
  it.each([
    '550 MAIL FROM: improper address',
    'Improper address for sender',
    '550 MAIL FROM: malformed address',
    '501 <>: malformed address',
    '550 Envelope sender: malformed address',
    'Malformed address for the return-path',
    // A temporary reply too, as "451 malformed sender address"
    '451 MAIL FROM: malformed address',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));

  it.each([
    // Beside another cause, and under a code of the recipient's, as "malformed sender address" there.
    ['550 User unknown; MAIL FROM: malformed address', '550 User unknown; malformed sender address'],
    ['550 MAIL FROM: malformed address; user unknown', '550 malformed sender address; user unknown'],
    ['550 5.1.1 MAIL FROM: malformed address', '550 5.1.1 malformed sender address'],
    ['451 MAIL FROM: malformed address', '451 malformed sender address'],
  ])('%s reads as %s', (reply, twin) => {
    expect(both(reply)).toEqual(both(twin));
  });

  it.each([
    // A recipient named, or no one: the recipient's, as before. ("From: malformed address" is left unpinned:
    // the From header's address is no recipient's, and whether it reads the message's form, as "malformed
    // address in From header" does, or the sender is not decided here; review-t24 2.)
    ['malformed address', 'unknown-recipient'],
    ['550 malformed address', 'unknown-recipient'],
    ['malformed recipient address', 'unknown-recipient'],
    ['RCPT TO: malformed address', 'unknown-recipient'],
    ['550 RCPT TO: improper address', 'unknown-recipient'],
    ['Improper address for recipient', 'unknown-recipient'],
    ['Improper recipient address. Try supplying a domain name.', 'unknown-recipient'],
    ['501 <s@a.example>: malformed address', 'unknown-recipient'],
  ])('%s is %s', reads);

  it('in a DSN: the sender under a generic status or X.1.7, the recipient under its X.1.1, as "malformed sender address"', () => {
    expect(inDsn('failed', '5.0.0', '550 MAIL FROM: improper address')).toBe('sender-rejected');
    expect(inDsn('failed', '5.1.7', '501 <>: malformed address')).toBe('sender-rejected');
    expect(inDsn('failed', '5.1.1', '550 MAIL FROM: malformed address')).toBe(inDsn('failed', '5.1.1', '550 malformed sender address'));
    expect(inDsn('failed', '5.0.0', '550 RCPT TO: malformed address')).toBe('unknown-recipient');
  });
});
