/**
 * What probe set 13's misses widened (test/explain/probes.ts, PROBES_13) and issue 11's leftover of
 * host names of two labels under a country's code, each with what the wider reading must not swallow.
 * Each reply is explained as the pasted line and inside a DSN with a generic status (probeDsn).
 */
import { describe, expect, it } from 'vitest';
import { probeDsn } from './probes.ts';
import { both, ruleOf } from './read.ts';


describe('told to log in before sending is SMTP AUTH required', () => {
  it.each([
    '550 You must log in to send mail from b.example',
    '550 You must log in to send mail on this port.',
    '550 You have to sign in before sending',
    '530 You need to authenticate first to relay',
    '550 You must log in to send mail; sender=<spammy@a.example>',
  ])('%s is smtp-auth-required', (reply) => {
    expect(both(reply)).toEqual(['smtp-auth-required', 'smtp-auth-required']);
  });

  it.each([
    // Said not to be needed, or a log-in for something else, or a bare "Please log in." beside a reason.
    ['550 You do not need to log in to send mail', 'refused-unspecified'],
    ['550 You don\'t need to log in to send mail', 'refused-unspecified'],
    ['550 You must log in to the portal to release the message', 'refused-unspecified'],
    ['550 No such user here. Please log in.', 'unknown-recipient'],
    // A specific code decides before the words.
    ['550 5.1.1 You must log in to send mail', 'unknown-recipient'],
    // In a link it is no wording.
    ['550 see https://b.example/you-must-log-in-to-send', 'refused-unspecified'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });
});

describe('the sender said to lack the permission to send reads as "not allowed to send" does', () => {
  it.each([
    '551 <a@b.example> - you do not have permission to send Internet mail',
    '550 Sender does not have permission to send to this domain',
    '550 You have no permission to send mail',
    '550 you do not have permission to send mail; sender=<a@b.example>',
  ])('%s is recipient-filter, as "you are not allowed to send"', (reply) => {
    expect(both(reply)).toEqual(['recipient-filter', 'recipient-filter']);
    expect(ruleOf('550 You are not allowed to send mail')).toBe('recipient-filter');
  });

  it.each([
    // A group's posting permission is the group's.
    ['550 You do not have permission to send to this group', 'group-posting-refused'],
    // Said of someone else than the sender.
    ['550 The recipient does not have permission to send', 'refused-unspecified'],
    // Without the permission's subject: as before.
    ['551 User not local; please try <c@d.example>', 'mailbox-moved'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });
});

describe('a DNS list named only as what a lookup failed on is no listing', () => {
  it.each([
    '421 DNS error on zen.spamhaus.org',
    '451 DNS lookup failed for bl.spamcop.net',
    '451 4.4.3 zen.spamhaus.org lookup timed out',
    '421 DNS error on zen.spamhaus.org; sender=<spammy@a.example>',
    // Beside a failed DKIM key lookup, neither is a verdict.
    '451 4.7.5 DKIM key retrieval failed; DNS error on zen.spamhaus.org',
  ])('%s is network-error', (reply) => {
    expect(both(reply)).toEqual(['network-error', 'network-error']);
  });

  it.each([
    // A listing said beside the failed lookup, or the list named otherwise, stays a listing.
    '421 IP listed at zen.spamhaus.org',
    '550 DNS error on bl.spamcop.net; 192.0.2.1 is listed at zen.spamhaus.org',
    '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; DNS error on bl.spamcop.net',
    '550 5.7.0 DKIM key retrieval failed; listed at zen.spamhaus.org',
    '554 5.7.1 Rejected: 192.0.2.1 is listed by spamhaus (DNS error on bl.spamcop.net)',
  ])('%s is blocklisted', (reply) => {
    expect(both(reply)).toEqual(['blocklisted', 'blocklisted']);
  });
});

describe('an anti-virus procedure that failed, in a temporary reply, is the receiver’s trouble', () => {
  // Whatever the procedure, and beside a retry asked (review of set 13, finding 7: not a delay).
  it.each(['451 4.7.1 Virus filter failed', '451 4.7.1 Virus filter failed; sender=<virus@a.example>', '450 Antivirus check failure, try again later', '451 Virus check failed'])('%s is remote-system-error', (reply) => {
    expect(both(reply)).toEqual(['remote-system-error', 'remote-system-error']);
  });

  it.each([
    // In a refusal a check that failed is the message that failed it (as before).
    '554 5.7.1 Virus filter failed',
    '550 Virus check failed',
    // A finding or a refusal in the clause is a verdict, temporary or not.
    '451 4.7.1 Virus filter failed: Eicar-Test-Signature FOUND',
    '451 4.7.1 Virus check failed: message contains a virus',
    '450 4.7.1 Message blocked by virus filter',
    '451 4.7.1 Virus filter failed the message, rejected',
    '451 4.7.1 Virus found',
  ])('%s is virus-detected', (reply) => {
    expect(both(reply)).toEqual(['virus-detected', 'virus-detected']);
  });
});

describe('a header field the receiver does not allow is its local policy', () => {
  it.each(['550 BCC not allowed', '550 Bcc header not allowed', '550 Reply-To header not permitted', '550 Recipients in Bcc not allowed', '550 BCC not allowed; sender=<spammy@a.example>'])('%s is policy-rejection', (reply) => {
    expect(both(reply)).toEqual(['policy-rejection', 'policy-rejection']);
  });

  it.each([
    // The sender's address or an authentication header is not a header rule.
    ['550 From header not allowed', 'refused-unspecified'],
    ['550 Mail from header not allowed', 'refused-unspecified'],
    ['550 DKIM-Signature header not allowed', 'authentication-failed'],
    // A refusal word alone names no rule; a header allowed is no refusal.
    ['550 Bcc is allowed only for members', 'refused-unspecified'],
    // In an address, and under a specific code.
    ['550 User unknown <bcc-not-allowed@b.example>', 'unknown-recipient'],
    ['550 5.1.1 No such user; cc not allowed', 'unknown-recipient'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });
});

describe('a reply of several lines in a DSN is one folded Diagnostic-Code', () => {
  it('Citadel’s give-up notice reads as an expiry both ways', () => {
    const reply = 'A message you sent could not be delivered to some or all of its recipients\ndue to prolonged unavailability of its destination(s).\nGiving up on the following addresses:\n\na@b.example';
    expect(both(reply)).toEqual(['delivery-expired', 'delivery-expired']);
    expect(probeDsn(reply)).toContain('\n due to prolonged unavailability');
  });
});

describe('a host name of two labels under a country’s code that is also a word (issue 11 leftover)', () => {
  it.each([
    '550 No such user here (spam-filter.it)',
    '550 No such user here (spam-mx.to)',
    '550 No such user here; relay=spam-guard.in',
    '550 No such user (checked by spam-filter.it at 10:00)',
    '550 No such user here (spam-filter.is), sender=<spammy@a.example>',
    // Under a code that is no word, as before, whatever follows.
    '550 No such user here (spam-filter.de)',
    '550 No such user; spam-like.de was seen',
  ])('%s names a host, no verdict: unknown-recipient', (reply) => {
    expect(both(reply)).toEqual(['unknown-recipient', 'unknown-recipient']);
  });

  it.each([
    // A verdict run together with the next sentence, whose first word is the label.
    '554 5.7.1 Message is spam-like.It was refused',
    '554 5.7.1 Message is spam-like.In our view it was refused',
    '550 Rejected as spam-mail.To unsubscribe contact postmaster',
    // No hyphen: a sentence, not a host.
    '550 5.7.1 Message is spam.It was rejected',
    // Not a top-level domain at all.
    '550 No such user here (spam-filter.go)',
  ])('%s is spam-content', (reply) => {
    expect(both(reply)).toEqual(['spam-content', 'spam-content']);
  });
});

describe('second batch: the sending address listed as a spam source is a listing', () => {
  it.each([
    '450 You are trying to send mail from an address listed by one or more IP-based registries as being a SPAM source.',
    '450-Sorry 192.0.2.1\n450-You are trying to send mail from an address listed by one\n450 or more IP-based registries as being a SPAM source.',
    '550 Your IP is listed as a spam source',
    '550 Sending host listed in our registry as a known spammer; sender=<spammy@a.example>',
  ])('%s is blocklisted', (reply) => {
    expect(both(reply)).toEqual(['blocklisted', 'blocklisted']);
  });

  it.each([
    // A message listed as spam is the message's.
    ['550 Message listed as spam source', 'spam-content'],
    // The subject in an address names nothing.
    ['550 User unknown <address-listed-as-spam-source@b.example>', 'unknown-recipient'],
    // A specific code decides.
    ['550 5.1.1 No such user; host listed as a spam source', 'unknown-recipient'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });
});

describe('second batch: words or phrases a filter bans are the message’s content, not a blocklist', () => {
  it.each(['550 Blacklisted keyphrase found', '550 Message contains blacklisted words', '550 Banned phrase detected in subject', '550 Blocked keyword in message', '550 Blacklisted keyphrase found; sender=<a@b.example>'])('%s is spam-content', (reply) => {
    expect(both(reply)).toEqual(['spam-content', 'spam-content']);
  });

  it.each([
    // A list of senders, domains or IPs stays a blocklist; a file type on a list stays policy.
    ['550 Sender domain blacklisted', 'blocklisted'],
    ['550 Your IP is blacklisted', 'blocklisted'],
    ['550 Blacklisted file extension found', 'policy-rejection'],
    // In an address, no verdict.
    ['550 User unknown <banned-words@b.example>', 'unknown-recipient'],
    // A specific code decides.
    ['550 5.1.1 No such user (blacklisted keyword)', 'unknown-recipient'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });
});
