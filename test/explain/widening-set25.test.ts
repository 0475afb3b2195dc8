/**
 * Eight wrong or missing readings left by the reviews after set 21 (issue 11's brief expl24), each with
 * what the new reading must not swallow: a spam field answered yes decides over a block-list test in its
 * list of matched tests; a hop count said not to be exceeded is no loop; a connection restricted for heavy
 * usage is the client's, a rate; Exim's sender callout said failed is the sender refused, whatever the
 * quoted response; a listing at the recipient's request names no listing beside a reputation code (the
 * code stands); the sender's address said malformed with its address between or the other way round is the
 * sender's; a recipients limit said not exceeded is none, a queue limit a full queue, a deliveries limit a
 * rate; an expiry under the server's own 4xx is a delay in any language. Each reply is explained as the
 * pasted line and inside a DSN with a generic status (probeDsn), and some inside a DSN with a status of
 * their own (dsnReport). Invented replies, in the wording any server may use.
 */
import { describe, expect, it } from 'vitest';
import { dsnReport } from './dsn-builder.ts';
import { both, reads, ruleOf } from './read.ts';

/** The main finding's rule of a one-recipient DSN with this Action, Status and SMTP reply (its lines folded, as probeDsn folds them). */
const inDsn = (action: string, status: string, reply: string) =>
  ruleOf(dsnReport({ action, status, remoteMta: 'dns; mx.b.example', diagnosticCode: `smtp; ${reply.replace(/\n+/g, '\n ')}` }));

/** Exim's multi-line reply to a sender whose callout failed, with the sender's server's quoted response. */
const callout = (code: string, response: string, last = 'Sender verify failed') =>
  `${code}-Verification failed for <s@a.example>\n${code}-Called:   192.0.2.9\n${code}-Sent:     RCPT TO:<s@a.example>\n${code}-Response: ${response}\n${code} ${last}`;

describe('a spam field answered yes decides over a block-list test in the filter’s list of matched tests', () => {
  it.each([
    '550 Spam: yes (tests=URIBL_BLACK)',
    '550 X-Spam-Flag: YES (tests=URIBL_BLACK,RCVD_IN_XBL)',
    '554 Rejected; spam=true; tests: URIBL_BLACK',
  ])('%s is spam-content', (reply) => reads(reply, 'spam-content'));

  it('reads as the verdict without the list, and as a spam score beside it', () => {
    expect(both('550 Spam: yes (tests=URIBL_BLACK)')).toEqual(both('550 Spam: yes'));
    expect(both('550 Spam: yes (tests=URIBL_BLACK)')).toEqual(both('550 Spam score 9.1 (tests=URIBL_BLACK)'));
  });

  it.each([
    // Answered no, no field, or a listing said in words beside it: the listing, as before.
    ['550 Spam: no (tests=URIBL_BLACK)', 'blocklisted'],
    ['550 tests=URIBL_BLACK', 'blocklisted'],
    ['550 Spam: yes (tests=URIBL_BLACK); listed at zen.spamhaus.org', 'blocklisted'],
    ['550 Spam: yes; blocked using zen.spamhaus.org', 'blocklisted'],
  ])('%s is %s', reads);

  it('beside a reputation code, the code’s own cause, not a listing named only in the list of tests', () => {
    expect(both('550 5.7.708 Spam: yes (tests=URIBL_BLACK)')).toEqual(both('550 5.7.708 Spam: yes'));
  });
});

describe('a hop count said not to be exceeded is no loop', () => {
  it.each([
    ['Too many hops: no', 'Hops: 3'],
    ['554 Too many hops: no', '554 Hops: 3'],
    ['550 not too many hops', '550 Hops: 3'],
    ['550 Too many hops?', '550 Hops: 3'],
    ['550 Too many received headers: no', '550 Hops: 3'],
  ])('%s reads as %s', (reply, twin) => {
    expect(both(reply)).toEqual(both(twin));
    expect(both(reply)).not.toContain('network-error');
  });

  it.each([
    // Said, counted, with its loop said, or under X.4.6: a loop, as before.
    '550 Too many hops',
    '554 too many hops 26 (25 max)',
    '550 Too many hops: message hop limit exceeded',
    '550 Too many received headers - possible mail loop',
    '554 5.4.6 Too many hops: no',
  ])('%s is network-error', (reply) => reads(reply, 'network-error'));
});

describe('a connection restricted for heavy usage is the client’s, a rate, as "Your IP restricted due to heavy usage" reads', () => {
  it.each([
    '451 Connection restricted due to heavy usage',
    'Connection restricted due to heavy usage',
    '421 Sorry, restricted due to heavy usage',
    '421 Your connection has been restricted due to heavy usage',
  ])('%s is rate-limited', (reply) => reads(reply, 'rate-limited'));

  it('reads as the IP restricted, beside a cause too', () => {
    expect(both('451 Connection restricted due to heavy usage')).toEqual(both('451 Your IP restricted due to heavy usage'));
    expect(both('451 Connection restricted due to heavy usage; user unknown')).toEqual(both('451 Your IP restricted due to heavy usage; user unknown'));
  });

  it.each([
    // The receiver's own load, a mailbox, a service, denied or answered no: as before.
    ['421 server busy due to heavy usage', 'remote-system-error'],
  ])('%s is %s', reads);
  it.each([
    '451 Mailbox restricted due to heavy usage',
    '421 Sorry, service restricted due to heavy usage',
    '451 Connection not restricted due to heavy usage',
    '451 Connection restricted due to heavy usage: no',
  ])('%s is no rate', (reply) => {
    expect(both(reply)).toEqual(['delivery-delayed', 'delivery-expired']);
  });

  it('in a delay report, rate-limited', () => {
    expect(inDsn('delayed', '4.0.0', '451 Connection restricted due to heavy usage')).toBe('rate-limited');
  });
});

describe('Exim’s sender callout said failed is the sender refused, whatever the sender’s server answered', () => {
  it.each([
    ['552 Mailbox full'],
    ['550 5.1.1 User unknown'],
    ['550 Mailbox disabled'],
    ['554 5.7.1 Rejected as spam'],
  ])('a callout whose response is %s is sender-rejected', (response) => reads(callout('550', response), 'sender-rejected'));

  it('in a DSN under a status of the recipient’s mailbox, the sender still', () => {
    expect(inDsn('failed', '5.2.2', callout('550', '552 Mailbox full'))).toBe('sender-rejected');
  });

  it.each([
    // A recipient's verification, a temporary callout failure, the full mailbox alone: as before.
    [callout('550', '552 Mailbox full', 'Recipient verify failed'), 'mailbox-full'],
    [callout('451', '452 Mailbox full', 'Could not complete sender verify callout'), 'mailbox-full'],
    ['552 Mailbox full', 'mailbox-full'],
  ])('%s is %s', reads);
});

describe('a listing at the recipient’s request names no listing beside a reputation code: the code stands', () => {
  it.each([
    // Microsoft's codes of its own blocks (unregistered domains, IP reputation): their cause.
    ['550 5.7.750 Blacklisted at the request of the recipient', '550 5.7.750 Access denied'],
    ['550 5.7.708 Blacklisted at the request of the recipient', '550 5.7.708 Access denied'],
    ['550 5.7.606 Blacklisted at the request of the recipient', '550 5.7.606 Access denied'],
    ['550 5.7.750 Client blocked at the request of the recipient', '550 5.7.750 Access denied'],
  ])('%s reads as %s', (reply, twin) => {
    expect(both(reply)).toEqual(both(twin));
    expect(ruleOf(reply)).not.toBe('recipient-filter');
  });

  it('names no listing: a reputation code reads its own cause, not a block list', () => {
    expect(both('550 5.7.750 Blacklisted at the request of the recipient')).not.toContain('blocklisted');
  });

  it.each([
    // A generic code, or none: the recipient's own filter, as fix21 read it; a listing said beside: the listing.
    ['550 Blacklisted at the request of the recipient', 'recipient-filter'],
    ['550 5.7.1 Blacklisted at the request of the recipient', 'recipient-filter'],
    ['550 5.7.750 Blacklisted at zen.spamhaus.org', 'blocklisted'],
  ])('%s is %s', reads);
});

describe('the sender’s address said malformed, with its address between or the other way round, is the sender’s', () => {
  it.each([
    '550 Sender <s@a.example>: malformed address',
    '550 Sender <s@a.example>: improper address',
    '550 Sender address is malformed',
    '553 Envelope sender address was malformed',
    '501 From: malformed address',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));

  it.each([
    ['550 Sender address is malformed', '550 malformed sender address'],
    ['451 Sender address is malformed', '451 malformed sender address'],
    ['550 User unknown; Sender address is malformed', '550 User unknown; malformed sender address'],
    ['550 5.2.1 Sender <s@a.example>: malformed address', '550 5.2.1 malformed sender address'],
    // "From:" is the From address, as "Malformed From address" reads (the header's after a 550 with no
    // stage, the envelope sender's after a 501 or 553), not the recipient's, under a code of the mailbox too.
    ['550 From: malformed address', '550 Malformed From address'],
    ['550 5.2.1 From: malformed address', '550 5.2.1 Malformed From address'],
  ])('%s reads as %s', (reply, twin) => {
    expect(both(reply)).toEqual(both(twin));
  });

  it.each([
    // A recipient named, or no one, or said not malformed: as before.
    ['550 Recipient <r@b.example>: malformed address', 'unknown-recipient'],
    ['550 malformed address', 'unknown-recipient'],
    ['550 RCPT TO: malformed address', 'unknown-recipient'],
    ['550 Sender address is not malformed', 'refused-unspecified'],
  ])('%s is %s', reads);
});

describe('a recipients limit said not exceeded is none, a queue limit a full queue, a deliveries limit a rate', () => {
  it.each([
    ['452 no recipients limit exceeded', '452 Requested action not taken'],
    ['452 no message recipients limit exceeded', '452 Requested action not taken'],
    ['452 no queue limit exceeded', '452 Requested action not taken'],
  ])('%s reads as %s', (reply, twin) => {
    expect(both(reply)).toEqual(both(twin));
    expect(both(reply)).not.toContain('rate-limited');
  });

  it.each([
    ['452 Queue limit exceeded', '452 Queue full'],
    ['550 Queue limit exceeded', '550 Queue full'],
    ['Queue limit exceeded', 'Queue full'],
    ['452 Message delivery limit exceeded', '452 Message recipients limit exceeded'],
    ['550 Message delivery limit exceeded', '550 Message recipients limit exceeded'],
  ])('%s reads as %s', (reply, twin) => {
    expect(both(reply)).toEqual(both(twin));
  });

  it.each(['452 Queue limit exceeded', '452 Message delivery limit exceeded'])('%s is rate-limited', (reply) => reads(reply, 'rate-limited'));

  it.each([
    // The queue's time run out, and the delivery's time: an expiry as before (a delay under a bare 4xx).
    ['550 Queue lifetime exceeded', 'delivery-expired'],
    ['550 Queue time limit exceeded', 'delivery-expired'],
    ['550 Message delivery time limit exceeded', 'delivery-expired'],
  ])('%s is %s', reads);
});

describe('an expiry under the server’s own 4xx reply code is a delay, in any language', () => {
  it.each([
    '451 Délai de remise expiré',
    '451 Zustellfrist abgelaufen',
    '451 Plazo de entrega vencido',
    '451 retry timeout exceeded',
  ])('%s is a delay pasted, an expiry in a failure report', (reply) => {
    expect(both(reply)).toEqual(['delivery-delayed', 'delivery-expired']);
    expect(both(reply)).toEqual(both('451 Delivery time expired'));
  });

  it.each([
    // Under a 5xx or no code, or beside words that say the sending server gave up: an expiry.
    ['550 Délai de remise expiré', 'delivery-expired'],
    ['Délai de remise expiré', 'delivery-expired'],
    ['451 Message could not be delivered for 5 days; giving up', 'delivery-expired'],
    ['417 Temporary delivery error - The maximum number of delivery attempts has been reached', 'delivery-expired'],
    ['451 The message has exceeded the maximum number of delivery attempts', 'delivery-expired'],
  ])('%s is %s', reads);

  it.each([
    // Quoted in a pasted failure notice of its language, an expiry, as in an English one ("Your message
    // could not be delivered"); in a notice that it is not delivered *yet*, a delay.
    ['Ihre Nachricht konnte nicht zugestellt werden.\n\n451 4.4.7 Zustellfrist abgelaufen', 'delivery-expired'],
    ["Votre message n'a pas pu être remis.\n\n451 4.4.7 Délai de remise expiré", 'delivery-expired'],
    ['Su mensaje no se pudo entregar.\n\n451 4.4.7 Plazo de entrega vencido', 'delivery-expired'],
    ['Your message could not be delivered.\n\n451 4.4.7 Delivery time expired', 'delivery-expired'],
    ['Ihre Nachricht konnte noch nicht zugestellt werden.\n\n451 4.4.7 Zustellfrist abgelaufen', 'delivery-delayed'],
    ["Votre message n'a pas encore pu être remis.\n\n451 4.4.7 Délai de remise expiré", 'delivery-delayed'],
  ])('pasted, %s is %s', (notice, rule) => {
    expect(ruleOf(notice)).toBe(rule);
  });

  it('in a delay report a delay, in a failure report an expiry', () => {
    expect(inDsn('delayed', '4.0.0', '451 Délai de remise expiré')).toBe('delivery-delayed');
    expect(inDsn('failed', '4.0.0', '451 Délai de remise expiré')).toBe('delivery-expired');
  });
});
