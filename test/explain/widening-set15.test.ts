/**
 * What probe set 15's misses widened (test/explain/probes-set15.ts), each as a general reading with
 * near variants of other wordings, and what it must not swallow: a negation, the words as an address's
 * or host's name, a setting named beside them, the thing in trouble rather than refusing. Each reply is
 * explained as the pasted line and inside a DSN with a generic status (probeDsn).
 */
import { describe, expect, it } from 'vitest';
import { both, ruleOf } from './read.ts';

describe('a bounce (null sender) to several recipients is the message’s form under local rules, not a rate', () => {
  it.each([
    '550 5.5.3 Multi-recipient bounce',
    '550 5.5.3 <a@b.example>: Data command rejected: Multi-recipient bounce',
    '554 Bounce message to multiple recipients refused',
    '550 Bounces with more than one recipient are not accepted',
    '550 Multirecipient bounce rejected',
    '550 Rejected: bounce to multiple recipients',
  ])('%s is policy-rejection', (reply) => {
    expect(both(reply)).toEqual(['policy-rejection', 'policy-rejection']);
  });

  it.each([
    // Too many recipients, with no bounce, stays a rate; denied, or an address's name, reads the rest.
    ['452 4.5.3 Too many recipients', 'rate-limited'],
    ['550 no multi-recipient bounce here; 5.1.1 user unknown', 'unknown-recipient'],
    ['550 5.1.1 <multi-recipient-bounce@b.example>: User unknown', 'unknown-recipient'],
    ['550 5.5.3 Multi-recipient delivery ok; user unknown', 'unknown-recipient'],
    // Said allowed, or the longer wording with no refusal in its clause.
    ['550 5.1.1 User unknown; bounce to multiple recipients allowed', 'unknown-recipient'],
    ['550 Sorry, no such user; multi-recipient bounces allowed', 'unknown-recipient'],
    ['550 bounce to multiple recipients', 'refused-unspecified'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });
});

describe('a refusal by a filter, check or rule named after size is the size limit, not a spam verdict', () => {
  it.each([
    '554 5.5.3 e-mail Rejected Content Filter Size',
    '554 5.5.3 Rejected by size filter',
    '552 Message rejected: attachment filter size',
    '550 Blocked by the message size check',
    '554 e-mail refused, rule: size',
  ])('%s is message-too-large', (reply) => {
    expect(both(reply)).toEqual(['message-too-large', 'message-too-large']);
  });

  it.each([
    // The content filter's refusal with a size only beside it, or the size said fine, stays what it was.
    ['554 5.7.1 Rejected by content filter', 'spam-content'],
    ['550 Rejected by content filter (size 12 kB)', 'spam-content'],
    ['550 content filter size ok; 5.1.1 user unknown', 'unknown-recipient'],
    ['554 Rejected: spam; filter size 10 MB', 'spam-content'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });
});

describe('a loop detector that fired is a mail loop (transient), whatever X.5.x code it is filed under', () => {
  it.each([
    '554 5.5.6 Loop detection > 10 mal X-antispameurope-disclaimer',
    '554 Loop detection limit exceeded',
    '550 5.5.0 Loop detection triggered',
    '554 Loop detection >= 25 hops',
    '554 5.5.6 loop detection count: > 30',
  ])('%s is network-error', (reply) => {
    expect(both(reply)).toEqual(['network-error', 'network-error']);
  });

  it.each([
    // The detector named as a setting, or a host's or address's name, is no loop.
    ['554 5.5.6 Loop detection: ok', 'smtp-protocol-error'],
    ['554 5.5.6 Loop detection enabled', 'smtp-protocol-error'],
    ['550 5.1.1 User unknown; loop detection disabled', 'unknown-recipient'],
    ['550 5.1.1 <loop-detection-exceeded@b.example>: User unknown', 'unknown-recipient'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });
});

describe('a quota overdrawn is a full mailbox, even beside retry words', () => {
  it.each([
    "<a@b.example>: maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later.",
    '552 Sorry, the user has overdrawn the quota',
    '452 4.2.2 Mailbox has overdrawn its storage limit, try again later',
    '550 Account overdrawn disk quota',
    '452 recipient overdrawn his mailbox quota, please retry later',
  ])('%s is mailbox-full', (reply) => {
    expect(both(reply)).toEqual(['mailbox-full', 'mailbox-full']);
  });

  it.each([
    // Denied, or an account overdrawn with no quota (a payment), is no full mailbox.
    ['550 5.1.1 User unknown; quota not overdrawn', 'unknown-recipient'],
    ['550 user has not overdrawn his quota; 5.1.1 unknown', 'unknown-recipient'],
    ['550 5.7.1 Account overdrawn: payment required', 'not-authorized'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });

  it('a quota never overdrawn beside retry words stays a delay', () => {
    expect(both('451 the user has never overdrawn a quota; try again later')).toEqual(['delivery-delayed', 'delivery-expired']);
  });
});

describe('a recipient prohibited is a local rule (policy), not X.7.1’s not-authorised', () => {
  it.each([
    '550 5.7.1 Recipient Prohibited (3)',
    '550 Recipient prohibited',
    '554 5.7.1 RCPT prohibited',
    '550 Recipient address is prohibited (rule 12)',
    '550 5.7.1 <a@b.example>: recipient was prohibited',
  ])('%s is policy-rejection', (reply) => {
    expect(both(reply)).toEqual(['policy-rejection', 'policy-rejection']);
  });

  it.each([
    // A list of them named, relaying named, denied, or an address's name.
    ['550 5.7.1 Recipient prohibited list empty', 'not-authorized'],
    ['550 5.7.1 Relaying to recipient prohibited', 'relay-denied'],
    ['550 5.7.1 no recipient prohibited; sender blocked', 'sender-rejected'],
    ['550 5.1.1 <recipient-prohibited@b.example>: User unknown', 'unknown-recipient'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });
});

describe('a scanner’s refusal judges the message (content)', () => {
  it.each([
    '554 Message refused by the scanner',
    '550 Rejected by the content scanner',
    '554 5.7.1 Message blocked by scanner',
    '550 Message quarantined by our mail scanner',
  ])('%s is spam-content', (reply) => {
    expect(both(reply)).toEqual(['spam-content', 'spam-content']);
  });

  it.each([
    // A scanner in trouble in the same clause is the receiver's; denied; an address's name; a virus scanner stays a virus.
    ['451 4.3.0 Rejected by the scanner: scanner error', 'remote-system-error'],
    ['554 Message refused by the scanner error', 'remote-system-error'],
    ['550 5.7.1 Message not refused by the scanner; recipient unknown', 'unknown-recipient'],
    ['550 5.1.1 <refused-by-the-scanner@b.example>: User unknown', 'unknown-recipient'],
    ['550 5.7.1 Rejected by virus scanner', 'virus-detected'],
  ])('%s is %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
  });
});

describe('each reading asked, or answered no as a status field, is no finding', () => {
  it.each([
    ['550 5.1.1 User unknown; rejected by the scanner? no', 'unknown-recipient'],
    ['550 5.1.1 User unknown; blocked by scanner = false', 'unknown-recipient'],
    ['550 5.1.1 User unknown; recipient prohibited: none', 'unknown-recipient'],
    ['550 5.1.1 User unknown; multi-recipient bounces: 0', 'unknown-recipient'],
    ['550 5.1.1 User unknown; loop detection triggered: no', 'unknown-recipient'],
    ['550 Sorry, no such user; loop detection > 0 checks', 'unknown-recipient'],
    ['550 Sorry, no such user; user overdrawn his quota: no', 'unknown-recipient'],
    // An account overdrawn a bare limit may be money: no full mailbox.
    ['550 Sorry, your account has overdrawn the limit', 'refused-unspecified'],
    ["550 Sorry, no such user; the user hasn't overdrawn his quota", 'unknown-recipient'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });

  it('a size filter said not to have refused is no size limit (what the filter itself reads stays as before)', () => {
    expect(both('550 Sorry, no such user; not rejected by size filter')).not.toContain('message-too-large');
  });

  it('a size filter answered no is no size limit (what the filter itself reads stays as before)', () => {
    expect(both('550 Sorry, no such user; rejected by size filter: no')).not.toContain('message-too-large');
  });
});

describe('a recipient not enabled to receive mail of a kind is the recipient’s setting (policy)', () => {
  it.each([
    // Aruba PEC: "unknown or not enabled", read as the English "unknown or not allowed to receive external mail" reads.
    '554 a@b.example: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata',
    '550 recipient not enabled to receive mail from external senders',
    '554 Utente non abilitato alla ricezione di posta esterna',
    '550 user is not authorised to receive e-mail from the internet',
    "550 Casella non abilitata a ricevere messaggi dall'esterno",
  ])('%s is recipient-filter', (reply) => {
    expect(both(reply)).toEqual(['recipient-filter', 'recipient-filter']);
  });

  it.each([
    // Mail as such, no kind named, stays as before; answered no, asked, an address's name, or not denied: no setting.
    ['550 mailbox not enabled to receive mail', 'mailbox-disabled'],
    ['554 Indirizzo non abilitato alla ricezione', 'refused-unspecified'],
    ['550 5.1.1 User unknown; not enabled to receive external mail: no', 'unknown-recipient'],
    ['550 5.1.1 User unknown; not allowed to receive external messages? no', 'unknown-recipient'],
    ['550 5.1.1 <not-enabled-to-receive-external-mail@b.example>: User unknown', 'unknown-recipient'],
    ['550 5.1.1 Recipient unknown (account enabled to receive external mail)', 'unknown-recipient'],
    // A setting said for now is no verdict on the recipient's setting.
    ['550 5.1.1 User unknown; not enabled to receive external mail until 1 May', 'unknown-recipient'],
    ['550 5.1.1 User unknown; temporaneamente non abilitato alla ricezione di posta esterna', 'unknown-recipient'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });
});
