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

/**
 * The review of fix15 (the seven readings above): each reading too broad where it named the rule and
 * not the reason, or crossed a clause. Each input is the reviewer's, or a near miss of it; each reads
 * as the pasted line and inside a DSN ([line, DSN]).
 */
const readsAs = (cases: readonly (readonly [reply: string, rule: string, inDsn?: string])[]) =>
  it.each(cases.map(([reply, rule, inDsn]) => [reply, rule, inDsn ?? rule] as const))('%s is %s', (reply, rule, inDsn) => {
    expect(both(reply)).toEqual([rule, inDsn]);
  });

describe('review of fix15, 1: the size rule stays in its clause, and a spam or blocklist verdict wins', () => {
  readsAs([
    // Across a sentence or a comma, the size is advice, not the filter's name.
    ['550 5.7.1 Message rejected as spam. Please check size, attachments and links.', 'spam-content'],
    ['554 5.7.1 Message refused by policy. Please check size', 'policy-rejection'],
    ['550 5.7.1 spam rejected by content filter, check size', 'spam-content'],
    ['550 Sorry, no such user here; if your mail is blocked, please check size, links and attachments', 'unknown-recipient'],
    // A spam or blocklist verdict in the reply, before or after.
    ['554 5.7.1 Spam detected. Blocked by rule: size', 'spam-content'],
    ['554 5.7.1 Message rejected as spam (SpamAssassin score 12.1). Refused by policy: size', 'spam-content'],
    ['554 Rejected by Barracuda: BSF spam score 8.1 rule: size', 'spam-content'],
    ['550 5.7.1 Rejected by spam policy: size', 'spam-content'],
    ['550 5.7.1 Message rejected by the Proofpoint spam policy. Rule: size', 'spam-content'],
    ['554 5.7.1 Blocked - spam; refused by filter: size', 'spam-content'],
    ['554 5.7.1 Rejected by size filter; message contains spam', 'spam-content'],
    // A filter said disabled, or another cause said first: no size limit ("rejected by filter" is the
    // policy refusal it was before fix15).
    ['550 Sorry, no such user here; rejected by size filter (disabled)', 'policy-rejection'],
    ['550 Sorry, no such user here; size check ok; rejected by filter: size', 'policy-rejection'],
    // Still the size limit, in one clause.
    ['554 5.5.3 e-mail Rejected Content Filter Size', 'message-too-large'],
    ['550 5.7.1 Message blocked by policy: size', 'message-too-large'],
    ['550 5.7.1 Message not delivered: rejected by size check', 'message-too-large'],
  ]);
});

describe('review of fix15, 2: the scanner’s stated reason decides, and a scanner in trouble is no verdict', () => {
  readsAs([
    // The reason after the scanner.
    ['554 5.7.1 Message rejected by the scanner: Banned attachment (.exe)', 'policy-rejection'],
    ['554 5.7.1 Message rejected by the scanner: executable attachments are not allowed', 'policy-rejection'],
    ['554 5.7.1 Rejected by the scanner: attachment type not allowed (.exe)', 'policy-rejection'],
    ['554 5.7.1 Message refused by the scanner: banned file type .zip', 'policy-rejection'],
    ['554 5.7.1 Message rejected by the scanner (Recipient address rejected: TLS required)', 'tls-required'],
    ['550 5.7.1 Rejected by the scanner: unknown user: "alice"', 'unknown-recipient'],
    // The scanner in trouble, after ":", ";", "-" or ".".
    ['451 4.3.0 Message refused by the scanner: could not scan message', 'remote-system-error'],
    ['451 4.3.0 Message rejected by the scanner: unable to scan message', 'remote-system-error'],
    ['451 4.3.0 Message refused by the scanner; scan engine error', 'remote-system-error'],
    ['451 4.3.0 Rejected by the scanner; temporary problem', 'remote-system-error'],
    ['451 4.7.1 Rejected by the scanner - temporarily unable to process message', 'remote-system-error'],
    ['451 4.3.0 Message deferred: rejected by the scanner; clamd: connection refused', 'network-error'],
    ['451 4.3.0 Message rejected by the scanner: archive nesting too deep, cannot unpack', 'remote-system-error'],
    ['451 4.7.1 Message rejected by the scanner. Try again later', 'delivery-delayed', 'delivery-expired'],
    ['451 4.3.2 Message rejected by the scanner (please retry)', 'rate-limited'],
    // Denied, counted, or after another cause.
    ["550 Sorry, no such user here; message wasn't rejected by the scanner", 'unknown-recipient'],
    ['550 Sorry, no such user here; message was not rejected by the scanner', 'unknown-recipient'],
    ['550 Sorry, no such user here; nothing was rejected by the scanner', 'unknown-recipient'],
    ['550 Sorry, no such user here; messages rejected by the scanner today: 0', 'unknown-recipient'],
    ['452 4.2.2 Mailbox full; refused by the scanner', 'mailbox-full'],
    // Still the scanner's verdict when it is the whole reason.
    ['554 Message refused by the scanner', 'spam-content'],
    ['550 5.7.1 Message blocked by the content scanner.', 'spam-content'],
  ]);
});

describe('review of fix15, 3: "recipient prohibited" and "multi-recipient bounce" leave a cause said beside them to decide', () => {
  readsAs([
    ['550 Recipient prohibited: user unknown', 'unknown-recipient'],
    ['550 5.7.1 Recipient prohibited - no such user', 'unknown-recipient'],
    ['550 5.7.1 Delivery to recipient prohibited: user unknown', 'unknown-recipient'],
    ['550 5.7.1 Recipient address prohibited: mailbox unavailable', 'unknown-recipient'],
    ['550 5.7.1 <a@b.example>: Recipient address rejected: User unknown in virtual mailbox table; recipient prohibited', 'unknown-recipient'],
    ['550 5.7.1 Recipient prohibited: domain does not exist', 'unknown-domain'],
    ['451 4.7.1 Recipient prohibited: greylisted, please retry', 'greylisted'],
    ['451 4.7.1 Recipient prohibited, try again later', 'delivery-delayed', 'delivery-expired'],
    ['550 5.7.1 Recipient prohibited: sender rejected', 'sender-rejected'],
    ['550 Unrouteable address; recipient prohibited', 'unknown-domain'],
    ['550 Message expired; recipient prohibited', 'delivery-expired'],
    ['450 4.7.1 Multi-recipient bounce; greylisted, try again in 5 minutes', 'greylisted'],
    ['550 5.7.1 Multi-recipient bounce from unknown domain', 'unknown-domain'],
    ['550 Not our Customer. Multi-recipient bounce', 'unknown-recipient'],
    // The recipient prohibited from receiving mail of a kind is its filter.
    ['550 5.7.1 The recipient is prohibited from receiving external mail', 'recipient-filter'],
    // Said alone (an id after it at most), still a local rule.
    ['550 5.7.1 Recipient Prohibited (3)', 'policy-rejection'],
    ['550 Recipient address is prohibited (rule 12)', 'policy-rejection'],
    ['550 5.5.3 Recipient address rejected: Multi-recipient bounce', 'policy-rejection'],
  ]);
});

describe('review of fix15, 4: a multi-recipient bounce named as a feature or a check is no refusal', () => {
  readsAs([
    ['550 Sorry, no such user here; multi-recipient bounce check passed', 'unknown-recipient'],
    ['550 Sorry, no such user here; Multi-recipient bounces suppressed', 'unknown-recipient'],
    ['550 Sorry, no such user here; multi-recipient bounce protection enabled', 'unknown-recipient'],
    ['550 Sorry, no such user here; we do not reject multi-recipient bounces', 'unknown-recipient'],
    ['550 we do not reject multi-recipient bounces', 'refused-unspecified'],
    ['550 5.7.1 Multi-recipient bounce address not valid', 'unknown-recipient'],
    ['550 Multi-recipient bounce check passed', 'refused-unspecified'],
    // Said refused, still the refusal.
    ['550 Multirecipient bounce rejected', 'policy-rejection'],
  ]);
});

describe('review of fix15, 5: "overdrawn" is the recipient’s mailbox quota only', () => {
  readsAs([
    // A sending account's quota of messages, money, or a suspended account.
    ['451 4.7.0 API account overdrawn the quota of messages per hour', 'delivery-delayed', 'delivery-expired'],
    ['550 5.7.1 Sender account has overdrawn its quota of outbound messages', 'not-authorized'],
    ['550 5.7.1 Your account has overdrawn its storage credit', 'not-authorized'],
    ['550 5.7.1 Account overdrawn its storage; payment required', 'not-authorized'],
    ['550 5.7.1 User overdrawn quota; account suspended for non-payment', 'mailbox-disabled'],
    ['550 5.2.1 User account overdrawn its storage plan; account suspended', 'mailbox-disabled'],
    ['550 Sorry, no such user here; account has overdrawn the storage fee, pay to keep mailbox', 'unknown-recipient'],
    // Denied, or answered never.
    ["550 Sorry, no such user here; the user hasn't ever overdrawn the quota", 'unknown-recipient'],
    ['550 Sorry, no such user here; user account overdrawn its quota: never', 'unknown-recipient'],
    ['451 the mailbox has never overdrawn its quota; try again later', 'delivery-delayed', 'delivery-expired'],
    // The mailbox's quota, beside retry words, is a full mailbox.
    ['452 the mailbox has overdrawn its storage quota, try again later', 'mailbox-full'],
    ['451 maildir overdrawn its disk quota, please retry', 'mailbox-full'],
  ]);
});

describe('review of fix15, 6: "not enabled to receive" is said of the recipient', () => {
  readsAs([
    ['550 5.7.1 Sender not enabled to receive external mail', 'not-authorized'],
    ['550 5.7.1 Your domain is not enabled to receive mail from the internet', 'not-authorized'],
    ['550 5.7.0 Server not enabled to receive uncertified mail; use PEC', 'policy-rejection'],
    ['550 Sorry, no such user here; users not permitted to receive external mail are listed at https://b.example', 'unknown-recipient'],
    ['550 Sender not enabled to receive external mail', 'refused-unspecified'],
    // The recipient, its mailbox, user, group or list.
    ['550 5.7.1 Recipient not enabled to receive external mail', 'recipient-filter'],
    ['550 5.7.1 This group is not enabled to receive external mail', 'recipient-filter'],
  ]);
});

describe('review of fix15, 7: a loop detector named with its allowance is no fired loop', () => {
  readsAs([
    ['451 Temporary local problem, try again later; loop detection > 1 hop allowed', 'remote-system-error'],
    ['550 loop detection > 1 hop allowed', 'refused-unspecified'],
    ['550 loop detection > 5 permitted', 'refused-unspecified'],
    // A count alone, or with its header, is the detector fired.
    ['554 5.5.6 Loop detection > 10 mal X-antispameurope-disclaimer', 'network-error'],
    ['554 Loop detection > 10 hops', 'network-error'],
  ]);
});

describe('review of fixx15, 1: a neutral trailer after the rule named last keeps the reading', () => {
  readsAs([
    // Postfix's "(in reply to … command)", an address, a bracketed id or host, ", id=…".
    ['554 Message refused by the scanner (in reply to end of DATA command)', 'spam-content'],
    ['554 5.7.1 Message refused by the scanner (in reply to end of DATA command)', 'spam-content'],
    ['554 5.7.1 Message refused by the scanner [id=4f2a9c]', 'spam-content'],
    ['554 5.7.1 Message refused by the scanner, id=4f2a9c', 'spam-content'],
    ['554 Message refused by the scanner <a@b.example>', 'spam-content'],
    ['550 5.7.1 Recipient Prohibited (3) <a@b.example>', 'policy-rejection'],
    ['550 5.7.1 Recipient Prohibited (3) [mx.b.example]', 'policy-rejection'],
    ['550 5.7.1 Recipient Prohibited (3) (in reply to RCPT TO command)', 'policy-rejection'],
    ['550 5.5.3 <a@b.example>: Recipient address rejected: Multi-recipient bounce (in reply to RCPT TO command)', 'policy-rejection'],
    ['550 5.5.3 Recipient address rejected: Multi-recipient bounce <a@b.example>', 'policy-rejection'],
    // A link, a "contact …" sentence, quotes around the reply.
    ['554 Message refused by the scanner. Please contact postmaster@b.example', 'spam-content'],
    ['554 Message refused by the scanner - see https://b.example/faq', 'spam-content'],
    ['550 5.7.1 Recipient prohibited (3) - see https://b.example/help', 'policy-rejection'],
    ['550 5.7.1 Recipient prohibited (rule 12), contact postmaster', 'policy-rejection'],
    ['550 5.7.1 Recipient prohibited. Contact the administrator', 'policy-rejection'],
    ['550 5.5.3 Multi-recipient bounce; see https://b.example', 'policy-rejection'],
    ['550 5.7.1 "Recipient Prohibited (3)"', 'policy-rejection'],
    // Pasted Postfix text, and a reply of two lines whose second names no cause.
    ['<a@b.example>: host mx.b.example[192.0.2.5] said: 554 Message refused by the scanner (in reply to end of DATA command)', 'spam-content'],
    ['<a@b.example>: host mx.b.example[192.0.2.5] said: 550 5.7.1 Recipient Prohibited (3) (in reply to RCPT TO command)', 'policy-rejection'],
    ['554-Message refused by the scanner\n554 Contact postmaster@b.example', 'spam-content'],
    ['554 5.7.1 Message refused by the scanner\n554 5.7.1 Contact postmaster@b.example', 'spam-content'],
    ['550-5.7.1 Recipient Prohibited (3)\n550 5.7.1 See https://b.example/policy', 'policy-rejection'],
    ['550-5.5.3 Recipient address rejected: Multi-recipient bounce\n550 5.5.3 See RFC 3834', 'policy-rejection'],
  ]);
});

describe('review of fixx15, 1: what follows the rule and is no trailer still decides', () => {
  readsAs([
    // A reason, trouble or a retry after the trailer's place, or a second line that names a cause.
    ['554 5.7.1 Message refused by the scanner: Banned attachment (.exe) - see https://b.example/faq', 'policy-rejection'],
    ['451 4.7.1 Message rejected by the scanner (in reply to end of DATA command); try again later', 'delivery-delayed', 'delivery-expired'],
    ['550 5.7.1 Recipient Prohibited (3) - contact postmaster for details: user unknown', 'unknown-recipient'],
    ['550 5.7.1 Recipient Prohibited [user unknown]', 'unknown-recipient'],
    ['554 Message refused by the scanner <virus>', 'virus-detected'],
    ['554 Message refused by the scanner [virus]', 'virus-detected'],
    ['550-5.7.1 Recipient Prohibited (3)\n550 5.1.1 User unknown', 'unknown-recipient'],
    ['550 5.7.1 Recipient prohibited <a@b.example>: mailbox full', 'mailbox-full'],
  ]);
});

describe('review of fixx15, 2: a sentence before that names no cause leaves the rule to decide', () => {
  readsAs([
    ['554 5.7.1 Delivery not authorized. Message refused by the scanner', 'spam-content'],
    ['554 Transaction failed. Message refused by the scanner', 'spam-content'],
    ['550 5.7.1 Sorry, your message could not be delivered. Recipient Prohibited (3)', 'policy-rejection'],
    ['550 5.7.1 Error! Recipient Prohibited (3)', 'policy-rejection'],
    ['550 5.7.1 Message not accepted. Multi-recipient bounce', 'policy-rejection'],
    ['554 5.7.1 Message not delivered. Rejected by size filter', 'message-too-large'],
    ['554 5.7.1 Hi. e-mail Rejected Content Filter Size', 'message-too-large'],
    ['550 5.5.3 Error: 550 message rejected. Multi-recipient bounce', 'policy-rejection'],
    // A cause said before, in a sentence or a clause, still decides.
    ['550 5.1.2 Unrouteable address. Recipient Prohibited (3)', 'unknown-domain'],
    ['550 Not our Customer. Multi-recipient bounce', 'unknown-recipient'],
    ['550 5.1.1 User unknown. Message refused by the scanner', 'unknown-recipient'],
    // A cause said in words the rule's guards do not list, in a sentence or a ";" clause before.
    ['554 delivery error: dd This user doesn\'t have a b.example account (a@b.example) [0]. Message refused by the scanner', 'unknown-recipient'],
    ['550 <a@b.example> Email address could not be found, or was misspelled (G8). Recipient Prohibited (3)', 'unknown-recipient'],
    ['550 Bad destination mailbox address; multi-recipient bounce', 'unknown-recipient'],
  ]);
});

describe('review of fixx15, 3: a cause’s word inside an address or a link is no cause said', () => {
  readsAs([
    ['550 5.7.1 Dear sender, your message to a@b.example could not be delivered: Recipient Prohibited (3)', 'policy-rejection'],
    ['554 5.7.1 Dear sender, your message to a@b.example was refused by the scanner', 'spam-content'],
    ['554 5.7.1 Message from sender@a.example rejected by size filter', 'message-too-large'],
    ['550 5.7.1 <newsletter-sender@a.example> -> <a@b.example>: Recipient Prohibited (3)', 'policy-rejection'],
    ['554 5.7.1 mx.b.example (TLS): Message refused by the scanner', 'spam-content'],
    ['554 5.7.1 Message to a@b.example via TLS refused by the scanner', 'spam-content'],
    ['550 5.5.3 Invalid request: Multi-recipient bounce', 'policy-rejection'],
    ['550 5.7.1 <>: Sender address rejected: Multi-recipient bounce', 'policy-rejection'],
    // The spam verdict, for the size rule, as a word only.
    ['552 5.3.4 Rejected by size filter; contact spam@b.example', 'message-too-large'],
    ['552 5.3.4 Message rejected by size filter - see https://b.example/anti-spam-faq', 'message-too-large'],
    ['552 5.3.4 Message rejected by size filter (max 10MB). Postmaster: abuse-spam@b.example', 'message-too-large'],
    // Said as words, they still decide.
    ['550 5.7.1 Message rejected as spam; rejected by size filter', 'spam-content'],
    ['550 5.1.0 Sender address rejected: bounce to multiple recipients not accepted from sender domain', 'sender-rejected'],
    ['550 5.7.1 Recipient address rejected: TLS required; recipient prohibited', 'tls-required'],
  ]);
});
