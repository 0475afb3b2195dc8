/**
 * Known leftovers fixed after probe set 21, each with what the new reading must not swallow: no route
 * to the sender ("cannot route to sender"), a sender check that could not be done for now, a block said
 * to be at the recipient's request, an improper recipient address, a HELO name told to be real, a spam
 * filter's list of matched tests beside its verdict, and POP-before-SMTP ("receive your mail before
 * sending"). Each reply is explained as the pasted line and inside a DSN with a generic status
 * (probeDsn). Invented replies, in the wording any server may use.
 */
import { describe, expect, it } from 'vitest';
import { both, reads } from './read.ts';

describe('no route to the sender is the sender’s domain refused, as "Domain not found" is', () => {
  it.each([
    '550 cannot route to sender address',
    '553 Rejected: cannot route to sender',
    '554 could not route to the sender domain',
    '550 Cannot route to sender <s@a.example>',
    // A temporary reply keeps the sender's reading, as "451 4.1.8 Sender address rejected: Domain not found" does.
    '451 Cannot route to sender',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));

  it.each([
    // Another cause said before or after it, an X.1.1 code, the recipient, or a field answered no.
    ['550 User unknown; cannot route to sender', 'unknown-recipient'],
    ['550 Cannot route to sender; user unknown', 'unknown-recipient'],
    ['550 Mailbox full; cannot route to sender', 'mailbox-full'],
    ['550 5.1.1 Cannot route to sender', 'unknown-recipient'],
    ['550 Cannot route to recipient', 'refused-unspecified'],
    ['550 cannot route to sender: no', 'refused-unspecified'],
  ])('%s is %s', reads);
});

describe('a sender check that could not be done for now is a delay in a temporary reply, not a refused sender', () => {
  it.each([
    '451 Temporarily unable to verify sender address',
    '451 Temporarily unable to verify sender address (try again later)',
    '451 Unable to verify sender address at this time',
  ])('%s is delivery-delayed pasted, delivery-expired in a failure report', (reply) => {
    expect(both(reply)).toEqual(['delivery-delayed', 'delivery-expired']);
  });

  it.each([
    // Not said temporary: the check failed, the sender refused, as before.
    ['550 Unable to verify sender address', 'sender-rejected'],
    ['550 Could not verify the sender', 'sender-rejected'],
    // Said not done for now under a 5xx, or with no code: the sender refused, as before (review-f21).
    ['550 Unable to verify sender address at this time', 'sender-rejected'],
    ['550 Unable to verify sender address right now', 'sender-rejected'],
    ['550 Unable to verify sender address currently', 'sender-rejected'],
    ['550 Unable to verify the sender at the moment', 'sender-rejected'],
    ['550 Temporarily unable to verify sender address', 'sender-rejected'],
    // Beside another cause: the other cause.
    ['550 Unable to verify sender address at this time; user unknown', 'unknown-recipient'],
    // A verdict said beside it decides.
    ['451 Temporarily unable to verify sender address; sender address rejected: domain not found', 'sender-rejected'],
    ['451 4.1.8 Sender address rejected: Domain not found', 'sender-rejected'],
  ])('%s is %s', reads);
});

describe('a block said to be at the recipient’s request is the recipient’s own list, not a public block list', () => {
  it.each([
    '550 Client blacklisted at the request of the recipient. Access denied.',
    '554 IP address blocked at the request of the addressee',
    "550 Host 192.0.2.1 blacklisted at the user's request",
  ])('%s is recipient-filter', (reply) => reads(reply, 'recipient-filter'));

  it.each([
    // Another cause said beside it decides: a public list named, a client refused in other words, a user
    // unknown (the last two read as a block list before: "blacklisted" decided).
    ['550 Client blacklisted at the request of the recipient; blocked using zen.spamhaus.org', 'blocklisted'],
    ['550 Client host rejected; client blacklisted at the request of the recipient', 'client-blocked'],
    ['550 Client blacklisted at the request of the recipient; user unknown', 'unknown-recipient'],
    ['550 User unknown; client blacklisted at the request of the recipient', 'unknown-recipient'],
    // Any other cause the rest of the words name, before or after it (review-f21): as before this reading.
    ['550 Rejected at the request of the recipient - greylisted, try again later', 'greylisted'],
    // No one's request, or someone else's: a block list, as before.
    ['550 Client blacklisted', 'blocklisted'],
    ['550 Client blacklisted at the request of the administrator', 'blocklisted'],
    // The recipient's ISP, administrator or postmaster, or the recipient's domain's: not the recipient's own request.
    ["550 Blocked at the request of the recipient's ISP", 'refused-unspecified'],
    ["550 Blocked at the request of the recipient's administrator", 'refused-unspecified'],
    ["550 Blocked at the request of the recipient domain's administrator", 'refused-unspecified'],
    ["550 Rejected at the request of the recipient's postmaster", 'refused-unspecified'],
    ['550 5.7.1 IP address blacklisted by recipient', 'blocklisted'],
    // The sender's address so blocked reads the sender refused (policy, as the recipient's list is; a
    // block list before, as "Sender blocked at the request of the recipient" already read the sender's).
    ['550 Sender blacklisted at the request of the recipient', 'sender-rejected'],
    ['550 Sender blocked at the request of the recipient', 'sender-rejected'],
  ])('%s is %s', reads);

  it('a temporary trouble said before it keeps the delay, in the report’s own reading too', () => {
    expect(both('451 Internal resource temporarily unavailable; client blacklisted at the request of the recipient')).toEqual(['delivery-delayed', 'delivery-expired']);
  });

  it.each([
    // The receiver's own trouble before or after it (review-f21).
    ['451 4.3.0 Local error in processing; blocked at the request of the recipient', 'remote-system-error'],
    ['451 Blocked at the request of the recipient; local error in processing', 'remote-system-error'],
  ])('%s is %s', reads);

  it.each([
    // In a temporary reply it steps aside, as no permission to send does: the delay (review-f21).
    '450 Rejected at the request of the user: mailbox temporarily unavailable',
    '450 Rejected at the request of the user: mailbox busy',
    '450 Client blacklisted at the request of the recipient',
  ])('%s is delivery-delayed pasted, delivery-expired in a failure report', (reply) => {
    expect(both(reply)).toEqual(['delivery-delayed', 'delivery-expired']);
  });
});

describe('an improper recipient address is a malformed one, as "malformed recipient address" is', () => {
  it.each([
    '550 Improper recipient address',
    '553 Improper address',
    'Improper recipient address. Try supplying a domain name.',
  ])('%s is unknown-recipient', (reply) => reads(reply, 'unknown-recipient'));

  it.each([
    // The sender's, as "malformed sender address" reads.
    ['550 improper sender address', 'sender-rejected'],
    ['550 Improper recipient address; mailbox full', 'mailbox-full'],
  ])('%s is %s', reads);
});

describe('told to give a real host name in HELO is the HELO name refused', () => {
  it.each([
    '550 Please use your real hostname when saying HELO',
    '501 Use a fully qualified domain name in your HELO',
    '550 Please give your real host name in the EHLO',
  ])('%s is client-blocked', (reply) => reads(reply, 'client-blocked'));

  it.each([
    ['550 User unknown; please use your real hostname when saying HELO', 'unknown-recipient'],
    ['550 Please use your real hostname when saying HELO; mailbox full', 'mailbox-full'],
    // Said not to be needed, or no HELO named: no reading.
    ["550 You don't need to use your real hostname when saying HELO", 'refused-unspecified'],
    ['550 Please use your real hostname', 'refused-unspecified'],
    ['550 Use your real name when sending mail', 'refused-unspecified'],
  ])('%s is %s', reads);
});

describe('a block-list test in a spam filter’s list of matched tests does not decide over its spam verdict', () => {
  it.each([
    '550 5.7.1 Spam blocked: score 12.1 >= 5.0 matching tests (URIBL_BLACK,RCVD_IN_XBL)',
    '550 Message rejected as spam (tests=URIBL_BLACK,BAYES_99)',
  ])('%s is spam-content', (reply) => reads(reply, 'spam-content'));

  it.each([
    // No verdict beside the list, or only the word spam, or spam said not to be: the listing reads, as before.
    ['550 Rejected (tests=URIBL_BLACK,BAYES_99)', 'blocklisted'],
    ['550 Rejected: URIBL_BLACK', 'blocklisted'],
    ['550 spam (tests=URIBL_BLACK)', 'blocklisted'],
    ['550 Spam: no (tests=URIBL_BLACK)', 'blocklisted'],
    ['550 Not spam (tests=URIBL_BLACK)', 'blocklisted'],
    // A listing said in words outside the list decides.
    ['550 Spam blocked: score 18.9; blocked using zen.spamhaus.org (tests=URIBL_BLACK)', 'blocklisted'],
    ['550 Listed in zen.spamhaus.org; spam score 9 (tests=RCVD_IN_XBL)', 'blocklisted'],
  ])('%s is %s', reads);
});

describe('POP-before-SMTP, told to fetch its mail before sending, is the log-in asked for', () => {
  it.each([
    '553 5.3.0 Please receive your mail before sending',
    '553 Please fetch your mail before sending',
    '530 POP before SMTP required',
    // An X.3.0 code beside nothing but the log-in (and names, or a word of no cause) names no cause of its own.
    '553 5.3.0 Please log in before sending',
    '553 5.3.0 Sorry, you must log in to send mail',
    '553 5.3.0 <s@a.example>... Please receive your mail before sending; foo',
  ])('%s is smtp-auth-required', (reply) => reads(reply, 'smtp-auth-required'));

  it.each([
    // A reading that steps aside beside another cause, as "you must log in to send mail" does.
    ['550 Please receive your mail before sending; user unknown', 'unknown-recipient'],
    ['550 User unknown. Please receive your mail before sending', 'unknown-recipient'],
    ['550 Client host rejected; please receive your mail before sending', 'client-blocked'],
    ['451 4.3.0 Problem running virus-scanner; please receive your mail before sending', 'remote-system-error'],
    ['451 4.3.0 Problem running virus-scanner; you must log in to send mail', 'remote-system-error'],
    ['553 5.3.0 Local error in processing; please receive your mail before sending', 'remote-system-error'],
    // Said not to be needed, or another check of the mail: no reading.
    ['550 You do not need to receive your mail before sending', 'refused-unspecified'],
    ['550 Please check your mail before sending', 'refused-unspecified'],
  ])('%s is %s', reads);
});
