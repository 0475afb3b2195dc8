/**
 * Probe set 28's widening (issue 11): the misses whose words say the cause as any server might say it,
 * read generally, each with the near misses that must not flip.
 * - a sender said "not acceptable" or "unacceptable" is the sender refused, as "sender not accepted" reads
 *   (Twisted's "550 <s@a.example>... Sender not acceptable");
 * - a sender address, envelope sender, MAIL FROM or return path said to have to be qualified or to carry a
 *   domain is the sender refused for its form, as Postfix's "Sender address rejected: need fully-qualified
 *   address" reads (masqmail's "501 return path must be qualified.", Twisted's "501 <s@a.example>... Sender
 *   address must contain domain."); a recipient's or a HELO name's stays theirs;
 * - an address, recipient, user or mailbox the server says it cannot receive for is not there, as "no such
 *   user here" reads (Twisted's "550 <a@b.example>... Cannot receive for specified address"); a domain it
 *   cannot receive for, "cannot accept mail for" (a policy's wording too) and a clear cause after stay;
 *   and as a full or disabled mailbox is described so too, a narrow reading (probe28fix): a status code of
 *   another meaning decides ("552 5.2.2 Cannot receive for this mailbox" the mailbox full, 5.2.1, 5.1.2,
 *   5.1.6, 5.1.10, 5.7.1, or a DSN's Status of one under a bare 550); only X.0.0, X.1.0, X.1.1 or no code
 *   let it read;
 * - a message said to have defects is what a parser found in its form, as "message could not be parsed"
 *   reads, and like it in a temporary reply the receiver's parser (Mailman 3's "501 Message has defects");
 * - the client's mailer, MTA or server said reported or known as sending unsolicited mail is its history,
 *   as "reported as sending spam" reads (AO Industries' "550 Your mailer (…) has been reported as sending
 *   unsolicited email and has been blocked", read as the message's content before); this message said to
 *   be unsolicited, or the client said never to have been reported, stays content.
 * One of its agreements by category alone, read for its cause too: a spool or queue file said not written
 * or created is the receiving system's failure to store the message, as Postfix's "queue file write error"
 * reads (masqmail's "451 Could not write spool file", a delay by its 4xx alone before).
 * Left unread, with why (probes-set28.ts): smtprelay's bare "421 Denied" and SubEthaSMTP's "553 <…> Invalid
 * email address." (only the source says they answer a client outside its networks and MAIL FROM), and
 * vSMTP's "451 Too many errors from the client" ("too many errors" reads as a rate by design, as Postfix's
 * "421 4.7.0 Error: too many errors" and SocketLabs' temporary guard do; only "from the client" would say
 * whose errors, one server's wording).
 */
import { describe, expect, it } from 'vitest';
import { probeDsn } from './probes.ts';
import { eachReads as reads, eachStays as stays, inDsn, ruleOf } from './read.ts';

describe('a sender said not acceptable is the sender refused', () => {
  reads('sender-rejected', ['550 <s@a.example>... Sender not acceptable', '550 Sender address unacceptable', '553 Sender address is not acceptable here']);
  stays([
    ['550 Message size not acceptable', 'refused-unspecified'],
    ['550 Recipient address not acceptable', 'refused-unspecified'],
    ['550 5.1.1 User unknown; sender not acceptable', 'unknown-recipient'],
  ]);
});

describe('a sender address said to have to be qualified or carry a domain is the sender refused for its form', () => {
  reads('sender-rejected', [
    '501 return path must be qualified.',
    '501 <s@a.example>... Sender address must contain domain.',
    '553 Envelope sender must be a fully qualified address',
    '501 MAIL FROM address must contain a domain name',
  ]);
  stays([
    ['501 recipient address must be qualified.', 'refused-unspecified'],
    ['504 HELO name must be fully qualified', 'client-blocked'],
    ['550 5.1.1 User unknown; sender address must contain domain', 'unknown-recipient'],
    ['501 Sender address must contain domain? no', 'refused-unspecified'],
  ]);
});

describe('an address the server says it cannot receive for is not there', () => {
  reads('unknown-recipient', ['550 <a@b.example>... Cannot receive for specified address', '550 Unable to receive mail for this recipient', '550 cannot receive for the given user']);
  stays([
    ['550 cannot receive mail for domain b.example', 'refused-unspecified'],
    ['550 cannot receive for this user: mailbox full', 'mailbox-full'],
    ['550 cannot accept mail for this recipient', 'refused-unspecified'],
    ['550 The mailbox cannot receive mail at this time', 'refused-unspecified'],
  ]);
  // "Cannot receive for this mailbox" is also how a full or disabled mailbox, or a refusal, is described:
  // a status code of another meaning decides (probe28fix); only X.0.0, X.1.0, X.1.1 or no code let it read.
  it.each([
    ['552 5.2.2 Cannot receive for this mailbox', 'mailbox-full'],
    ['552 5.2.2 Cannot receive for specified address', 'mailbox-full'],
    ['550 5.2.1 Cannot receive for specified address', 'mailbox-disabled'],
    ['550 5.1.2 <a@b.example>... Unable to receive mail for this recipient', 'unknown-domain'],
    ['550 5.1.6 Cannot receive for specified address', 'mailbox-moved'],
    ['550 5.1.10 Cannot receive for specified address', 'domain-takes-no-mail'],
    ['550 5.7.1 Cannot receive for specified address', 'not-authorized'],
  ])('under a code of another meaning, %s stays %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
    expect(ruleOf(probeDsn(reply))).toBe(rule);
  });
  it.each([
    ['5.2.2', '550 Cannot receive for this mailbox', 'mailbox-full'],
    ['5.2.2', '550 Cannot receive for specified address', 'mailbox-full'],
    ['5.2.1', '550 Cannot receive for specified address', 'mailbox-disabled'],
    ['5.1.2', '550 Unable to receive mail for this recipient', 'unknown-domain'],
    ['5.7.1', '550 Cannot receive for this mailbox', 'not-authorized'],
    ['5.7.1', '550 Cannot receive for specified address', 'not-authorized'],
  ])('a bare reply in a DSN whose Status is %s: %s stays %s', (status, reply, rule) => {
    expect(inDsn('failed', status, reply)).toBe(rule);
  });
  it.each([
    ['550 5.1.1 Cannot receive for specified address'],
    ['550 5.1.0 Cannot receive for specified address'],
    ['550 5.0.0 Cannot receive for specified address'],
  ])('under a code that says the address or nothing, %s reads unknown-recipient', (reply) => {
    expect(ruleOf(reply)).toBe('unknown-recipient');
    expect(ruleOf(probeDsn(reply))).toBe('unknown-recipient');
  });
  it('a bare reply in a DSN whose Status is 5.1.1 reads unknown-recipient', () => {
    expect(inDsn('failed', '5.1.1', '550 Cannot receive for specified address')).toBe('unknown-recipient');
  });
  it('a temporary reply stays a delay', () => {
    expect(ruleOf('452 cannot receive for specified address, try later')).toBe('delivery-delayed');
    expect(ruleOf(probeDsn('452 cannot receive for specified address, try later'))).toBe('delivery-expired');
  });
});

describe('a message said to have defects is its form, and in a temporary reply the receiver’s parser', () => {
  reads('malformed-content', ['501 Message has defects', '554 message contains MIME defects', '550 5.7.1 Message has defects']);
  it('"451 Message has defects" is the receiver’s parser, as "451 Error parsing message" is (a delay before)', () => {
    expect(ruleOf('451 Message has defects')).toBe('remote-system-error');
    expect(ruleOf(probeDsn('451 Message has defects'))).toBe('remote-system-error');
  });
  stays([
    ['550 no defects found; user unknown', 'unknown-recipient'],
    ['550 message not defective; mailbox full', 'mailbox-full'],
  ]);
});

describe('the client’s mailer or server reported as sending unsolicited mail is its history, not the message', () => {
  reads('poor-reputation', [
    '550 Your mailer (mail.a.example) has been reported as sending unsolicited email and has been blocked - please contact AO Industries via (205)454-2556 or postmaster@aoindustries.com',
    '550 Your server has been reported as sending unsolicited email and has been blocked',
    '554 Your MTA is known for sending unsolicited bulk email',
  ]);
  stays([
    ['550 This message is unsolicited email. Your server has been reported before.', 'spam-content'],
    ['554 Your mailer has never been reported as sending unsolicited email', 'spam-content'],
    ['550 Message rejected: unsolicited email', 'spam-content'],
  ]);
});

describe('a spool or queue file said not written is the receiving system’s failure to store the message', () => {
  reads('remote-system-error', ['451 Could not write spool file', '451 Error writing spool file', '554 Could not write spool file']);
  stays([
    ['451 could not write spool file: mailbox full', 'mailbox-full'],
    ['550 5.1.1 user unknown; could not write spool file', 'unknown-recipient'],
    ['550 Could not write spool file? no', 'refused-unspecified'],
  ]);
  it('a disk not written, named without a spool or queue file, stays a delay', () => {
    expect(ruleOf('451 Could not write to disk')).toBe('delivery-delayed');
    expect(ruleOf(probeDsn('451 Could not write to disk'))).toBe('delivery-expired');
  });
});

/**
 * The other five readings under specific codes of another meaning (probe28fix): the code decides, as it did
 * before them. Under the generic X.7.1 and X.6.0 the words decide, as for the readings they join ("550 5.7.1
 * Sender not accepted" is sender-rejected, "550 5.7.1 Your server has been reported as sending spam"
 * poor-reputation), so those read as the widening says.
 */
describe('the other readings of set 28 keep a specific code’s meaning', () => {
  it.each([
    ['550 5.1.1 Sender not acceptable', 'unknown-recipient'],
    ['552 5.2.2 Sender not acceptable', 'mailbox-full'],
    ['550 5.2.1 Sender not acceptable', 'mailbox-disabled'],
    ['550 5.7.26 Sender address unacceptable', 'authentication-failed'],
    ['550 5.1.10 Sender unacceptable', 'domain-takes-no-mail'],
    ['550 5.1.1 Sender address must contain domain', 'unknown-recipient'],
    ['552 5.2.2 Sender address must contain domain', 'mailbox-full'],
    ['550 5.7.26 Return path must be qualified', 'authentication-failed'],
    ['550 5.1.1 Message has defects', 'unknown-recipient'],
    ['552 5.2.2 Message has defects', 'mailbox-full'],
    ['550 5.2.1 Message has defects', 'mailbox-disabled'],
    ['552 5.3.4 Message has defects', 'message-too-large'],
    ['554 5.7.10 Message has defects', 'tls-required'],
    ['550 5.7.26 Message has defects', 'authentication-failed'],
    ['550 5.1.1 Your mailer has been reported as sending unsolicited email', 'unknown-recipient'],
    ['552 5.2.2 Your server has been reported as sending unsolicited email', 'mailbox-full'],
    ['550 5.2.1 Your server has been reported as sending unsolicited email', 'mailbox-disabled'],
    ['550 5.7.23 Your server has been reported as sending unsolicited email', 'authentication-failed'],
    ['550 5.7.26 Your mailer has been reported as sending unsolicited email', 'authentication-failed'],
  ])('%s stays %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
    expect(ruleOf(probeDsn(reply))).toBe(rule);
  });
  it.each([
    ['5.1.1', '550 Sender unacceptable', 'unknown-recipient'],
    ['5.2.2', '550 Sender address must contain domain', 'mailbox-full'],
    ['5.2.2', '550 Message has defects', 'mailbox-full'],
    ['5.7.26', '550 Your mailer has been reported as sending unsolicited email', 'authentication-failed'],
  ])('a bare reply in a DSN whose Status is %s: %s stays %s', (status, reply, rule) => {
    expect(inDsn('failed', status, reply)).toBe(rule);
  });
  it.each([
    ['550 5.7.1 Sender not acceptable', 'sender-rejected'],
    ['554 5.6.0 Sender address must contain domain', 'sender-rejected'],
    ['550 5.7.1 Message has defects', 'malformed-content'],
    ['550 5.7.1 Your mailer has been reported as sending unsolicited email', 'poor-reputation'],
  ])('under a generic code the words decide: %s reads %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
    expect(ruleOf(probeDsn(reply))).toBe(rule);
  });
});
