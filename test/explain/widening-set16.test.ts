/**
 * What probe set 16's misses widened (test/explain/probes-set16.ts), each as a general reading of the
 * words that say the cause, with variants in other words, and what it must not swallow: a negation, the
 * words inside an address or a link, another subject, another cause said beside them, a field answered
 * no. Each reply is explained as the pasted line and inside a DSN with a generic status (probeDsn).
 * Where a retry is asked beside the words, the reading is the one the cause's older wording gets.
 */
import { describe, expect, it } from 'vitest';
import { both, reads } from './read.ts';

describe('a recipient who unsubscribed or opted out refused your mail by their own choice (policy), not X.7.1’s not-authorised', () => {
  it.each([
    '550 5.7.1 Recipient has unsubscribed from your list.',
    '550 The recipient has unsubscribed',
    '550 5.7.1 Recipient unsubscribed',
    '550 Subscriber has unsubscribed from this sender',
    '550 Rejected: unsubscribed recipient',
    '550 Recipient opted out',
  ])('%s is recipient-filter', (reply) => reads(reply, 'recipient-filter'));

  it.each([
    // Denied, inside an address or a link, an invitation to unsubscribe, or another subject: the rest decides.
    ['550 5.7.1 Recipient has not unsubscribed; user unknown', 'unknown-recipient'],
    ['550 No such user; recipient has not opted out', 'unknown-recipient'],
    ['550 5.1.1 <unsubscribed@b.example>: User unknown', 'unknown-recipient'],
    ['550 User unknown; see https://b.example/recipient-unsubscribed', 'unknown-recipient'],
    ['550 To unsubscribe, reply STOP; user unknown', 'unknown-recipient'],
    ['550 Sender has unsubscribed the recipient; user unknown', 'unknown-recipient'],
    // A field answered no; a recipient's status code beside it keeps its cause.
    ['550 Recipient unsubscribed: no', 'refused-unspecified'],
    ['550 Recipient unsubscribed? no', 'refused-unspecified'],
    ['550 5.1.1 User unknown; recipient has unsubscribed', 'unknown-recipient'],
    // A retry asked beside it reads as the recipient's block does ("451 The recipient has blocked you; try again later").
    ['451 Recipient has unsubscribed; try again later', 'recipient-filter'],
    ['451 The recipient has blocked you; try again later', 'recipient-filter'],
  ])('%s is %s', reads);
});

describe('a sender blocked, suspended or throttled for complaints is its reputation, not X.7.1’s not-authorised', () => {
  it.each([
    '550 5.7.1 [SB01] Your email address has been blocked due to complaints',
    '550 Blocked due to complaints',
    '550 Sender blocked due to spam complaints',
    '550 5.7.1 Your IP has been throttled because of user complaints',
    '554 Your account is restricted following repeated complaints',
    '421 Your email address has been blocked due to complaints, try again later',
  ])('%s is poor-reputation', (reply) => reads(reply, 'poor-reputation'));

  it.each([
    ['550 Not blocked due to complaints; user unknown', 'unknown-recipient'],
    ['550 Never blocked due to complaints; mailbox full', 'mailbox-full'],
    ['550 5.1.1 <blocked-due-to-complaints@b.example>: user unknown', 'unknown-recipient'],
    ['550 User unknown; see https://b.example/blocked-due-to-complaints', 'unknown-recipient'],
    ['550 User unknown; complaints to abuse@b.example', 'unknown-recipient'],
    ['550 Mailbox full; no complaints', 'mailbox-full'],
    ['550 5.1.1 user unknown; blocked due to complaints', 'unknown-recipient'],
    // Of the recipient: no verdict on the sender.
    ['550 Recipient blocked due to complaints', 'refused-unspecified'],
    ['550 Blocked due to complaints: no', 'refused-unspecified'],
  ])('%s is %s', reads);
});

describe('a high count of invalid recipients laid to the sending account, IP or domain is its reputation, not this recipient unknown', () => {
  it.each([
    '550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account.',
    '550 5.7.1 Unusually high number of invalid recipients from your IP address',
    '421 4.7.0 Abnormally high rate of unknown recipients sent from your domain',
    '550 High percentage of invalid addresses coming from your server',
    '554 Very large number of undeliverable recipients originating from this account',
  ])('%s is poor-reputation', (reply) => reads(reply, 'poor-reputation'));

  it.each([
    // This recipient invalid, the count in this message, denied, inside an address, answered no, a rate said without the sender.
    ['550 5.1.1 Invalid recipient', 'unknown-recipient'],
    ['550 5.1.1 Invalid recipient; high number of messages from your account', 'unknown-recipient'],
    ['550 5.1.1 user unknown (high number of invalid recipients in this message)', 'unknown-recipient'],
    ['550 No high number of invalid recipients from your account; user unknown', 'unknown-recipient'],
    ['550 5.1.1 <high-number-of-invalid-recipients@b.example>: user unknown', 'unknown-recipient'],
    ['550 High number of invalid recipients from your account: no', 'unknown-recipient'],
    ['550 Too many invalid recipients', 'rate-limited'],
  ])('%s is %s', reads);
});

describe('a maximum of messages or recipients per session or connection is a rate (transient)', () => {
  it.each([
    '550 s@a.example max messages per session',
    '452 4.5.3 Maximum messages per connection reached',
    '421 Max recipients per session exceeded',
    '550 Limit of messages per SMTP session exceeded',
    '451 Maximum number of mails in one session reached, reconnect',
  ])('%s is rate-limited', (reply) => reads(reply, 'rate-limited'));

  it.each([
    ['550 max messages per session not reached; user unknown', 'unknown-recipient'],
    ['550 5.1.1 <max-messages-per-session@b.example>: user unknown', 'unknown-recipient'],
    ['550 User unknown; max messages per session: 0', 'unknown-recipient'],
    ['550 User unknown; see https://b.example/max-messages-per-session', 'unknown-recipient'],
    ['550 5.1.1 user unknown; max messages per session', 'unknown-recipient'],
    // A setting named, not said reached, or said after another cause: the rest decides.
    ['550 max messages per session is 100; user unknown', 'unknown-recipient'],
    ['550 User unknown; max messages per session', 'unknown-recipient'],
    ['451 Temporary failure; max messages per session exceeded', 'remote-system-error'],
  ])('%s is %s', reads);
});

describe('a verification callout that could not complete is the receiver’s trouble (transient), no verdict on the address', () => {
  it.each([
    'Could not complete recipient callout',
    '451 Could not complete recipient verify callout',
    '451 4.4.3 Could not complete sender verify callout',
    '450 Unable to complete the recipient callout',
    '450 Callout verification failed temporarily',
  ])('%s is remote-system-error', (reply) => reads(reply, 'remote-system-error'));

  it.each([
    // The callout completed or answered with a verdict: the verdict; inside an address or a link: none.
    ['550 Recipient callout completed; user unknown', 'unknown-recipient'],
    ['550 Could not complete recipient callout: 550 5.1.1 user unknown', 'unknown-recipient'],
    ['550 Callout verification failed: no such user', 'unknown-recipient'],
    ['550 5.1.1 <could-not-complete-callout@b.example>: user unknown', 'unknown-recipient'],
    ['550 User unknown (see https://b.example/could-not-complete-recipient-callout)', 'unknown-recipient'],
  ])('%s is %s', reads);
});

describe('required to send, deliver or connect over an encrypted session is the TLS requirement (policy)', () => {
  it.each([
    'Your sender domain is required to send via an encrypted SMTP session',
    '530 You must send via an encrypted session',
    '530 5.7.0 Senders are required to deliver over a secure connection',
    '554 Your domain has to connect using a TLS session',
    '550 Required to relay through an encrypted channel',
  ])('%s is tls-required', (reply) => reads(reply, 'tls-required'));

  it.each([
    ['550 You are not required to send via an encrypted SMTP session; user unknown', 'unknown-recipient'],
    ['550 5.1.1 <required-to-send-via-encrypted-session@b.example>: user unknown', 'unknown-recipient'],
    ['550 User unknown; relayed via encrypted-smtp-session.example', 'unknown-recipient'],
    ['550 5.1.1 User unknown; messages must be sent via an encrypted session', 'unknown-recipient'],
  ])('%s is %s', reads);
});

describe('a From or sender address or domain not verified for the account, or bound to a domain it does not use, is the sender refused (policy)', () => {
  it.each([
    '530 From/Sender domain is not verified for this workspace. From: s@a.example',
    '550 Sender domain is not verified',
    '550 5.7.1 From address not yet verified for this account',
    '554 Your sending domain has not been verified',
    '553 Envelope-from domain unverified for this API key',
    '530 API key is restricted to sending domain: a.example. From/Sender address must use this domain. From: s@c.example',
    '550 From address must belong to one of your verified domains',
    '553 Sender address should be at an authorized domain',
    '550 Sender identity not verified',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));

  it.each([
    // An identity or a domain with no sender named stays the relay's (Amazon SES's "Email address is not verified").
    ['550 5.7.1 Email address is not verified. The following identities failed the check in region US-EAST-1: s@a.example', 'relay-denied'],
    ['550 Domain is not verified', 'relay-denied'],
    // Verified, inside an address or a link, beside a recipient's status code, or of the recipient.
    ['550 User unknown; from domain verified', 'unknown-recipient'],
    ['550 Sender domain verified; user unknown', 'unknown-recipient'],
    ['550 5.1.1 <from-domain-not-verified@b.example>: user unknown', 'unknown-recipient'],
    ['550 User unknown; see https://b.example/sender-domain-not-verified', 'unknown-recipient'],
    ['550 5.1.1 user unknown; sender domain is not verified', 'unknown-recipient'],
    ['550 Recipient address must use this domain', 'refused-unspecified'],
  ])('%s is %s', reads);
});

describe('a permanent X.1.2 whose words make the sender’s domain the one not found is the sender refused (policy), not the recipient’s domain', () => {
  it.each([
    '550 5.1.2 Sender Domain Not Found',
    '550 5.1.2 Sender domain does not exist',
    "553 5.1.2 Envelope sender's domain is unknown",
    '550 5.1.2 Mail from domain not found',
    '550 5.1.2 Domain of sender s@a.example not found',
    '550 Sender domain not found',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));

  it.each([
    // The recipient's domain, a host said not found before, inside an address or a link, answered no: the code's domain.
    ['550 5.1.2 Recipient domain not found', 'unknown-domain'],
    ['550 5.1.2 Host unknown; sender domain not found', 'unknown-domain'],
    ['550 5.1.2 <a@b.example>: domain not found (sender domain ok)', 'unknown-domain'],
    ['550 5.1.2 Domain not found; see https://b.example/sender-domain-not-found', 'unknown-domain'],
    ['550 5.1.2 Domain not found: <sender-domain-not-found@c.example>', 'unknown-domain'],
    ['550 5.1.2 Sender domain not found: no', 'unknown-domain'],
    // After a recipient or something said not there, in any language: not the sender's (the words' "domain
    // not found" is then read within the code's category, as before).
    ['550 5.1.1 Sorry, no mailbox here by that name; sender domain not found', 'unknown-domain'],
    ['550 5.1.1 El buzón no existe; sender domain not found', 'unknown-domain'],
    // Temporary: a lookup that failed for now.
    ['451 4.1.2 Sender domain not found', 'network-error'],
  ])('%s is %s', reads);
});

describe('the format or syntax of the (recipient’s) address said wrong is a malformed recipient address (mailbox)', () => {
  it.each([
    "The format of the email address isn't correct. A correct address looks like this: someone@example.com. Please check the recipient's email address and try to resend the message.",
    "550 The format of the email address isn't correct",
    "550 5.1.3 The format of the recipient's address is incorrect",
    '553 Syntax of the email address is invalid',
    '501 The format of the destination address is not valid',
  ])('%s is unknown-recipient', (reply) => reads(reply, 'unknown-recipient'));

  it.each([
    // The sender's or From address, the message's format, said correct, inside an address, answered no.
    ["550 The format of the sender's email address isn't correct", 'refused-unspecified'],
    ["550 The format of the From address isn't correct", 'refused-unspecified'],
    ['550 Message format is not correct', 'refused-unspecified'],
    ['550 Mailbox full; the format of the email address is correct', 'mailbox-full'],
    ['550 5.1.1 <format-of-the-address-isnt-correct@b.example>: mailbox full', 'mailbox-full'],
    ["550 The format of the email address isn't correct? no", 'refused-unspecified'],
  ])('%s is %s', reads);
});

describe('a mismatch of recipients’ policies is no refusal by a policy: the code decides', () => {
  it.each([
    ['452 4.5.3 Recipient policy mismatch', 'rate-limited'],
    ['451 4.5.3 Policy mismatch between recipients', 'rate-limited'],
    // A refusal by the policy still is one, and a local (site, mail …) policy mismatch is a local policy.
    ['452 4.5.3 Local policy mismatch', 'policy-rejection'],
    ['550 5.7.1 Message rejected: local policy mismatch', 'policy-rejection'],
    ['550 5.7.1 Rejected by recipient policy', 'policy-rejection'],
    ['550 5.7.1 Recipient policy violation', 'policy-rejection'],
    ["554 Rejected by recipient's policy: policy mismatch", 'policy-rejection'],
  ])('%s is %s', reads);
});

describe('not authorised to send from a named domain or address is the sender’s authorisation, not a recipient’s filter', () => {
  it.each([
    ['550 5.7.1 This sender is not authorized to send from a.example', 'not-authorized'],
    ['550 5.7.1 You are not authorized to send from b-c.example', 'not-authorized'],
    ['550 5.7.1 You are not allowed to send as the domain gmail.com', 'not-authorized'],
    // Not a domain or an address named: the recipient's filter, as before.
    ['550 5.7.1 You are not allowed to send from this IP', 'recipient-filter'],
    ['550 You are not authorized to send from e.g. your home network', 'recipient-filter'],
    ['501 5.5.4 You are not allowed to send from this address.', 'recipient-filter'],
    ['550 5.7.1 You are not allowed to send to this recipient', 'recipient-filter'],
  ])('%s is %s', reads);
});

/**
 * The review of set 16's readings (review-f16): each new phrase said after another cause, in any
 * language and with no status code to decide (an X.1.1 code hid a missing guard), keeps that cause; a
 * remark, a warning or a contact line is no verdict; the sender's own address is not the recipient's;
 * and what the narrowing dropped reads as before.
 */
describe('set 16’s readings after another cause, with no code to decide: the cause said first', () => {
  it.each([
    // Max messages per session after a cause in any language, or after a clause (as "recipient prohibited").
    ['550 Benutzer unbekannt; max messages per session', 'unknown-recipient'],
    ['550 Benutzer unbekannt, max messages per session', 'unknown-recipient'],
    ['550 Adresse inconnue; max messages per session', 'unknown-recipient'],
    ['550 Recipient address is not valid; max messages per session', 'unknown-recipient'],
    ['550 5.7.1 Message content rejected; max messages per session reached', 'spam-content'],
    ['550 5.7.1 Message rejected by policy. max messages per session', 'policy-rejection'],
    // Unsubscribed after a cause.
    ['550 User unknown; recipient has unsubscribed', 'unknown-recipient'],
    ['550 Mailbox unavailable; recipient has unsubscribed', 'unknown-recipient'],
    ['550 Benutzer unbekannt; recipient has unsubscribed', 'unknown-recipient'],
    ['550 El buzón no existe; recipient has unsubscribed', 'refused-unspecified'],
    // Complaints and the count of invalid recipients after a cause.
    ['550 User unknown; blocked due to complaints', 'unknown-recipient'],
    ['550 No such user; blocked due to complaints', 'unknown-recipient'],
    ['550 User unknown; sender blocked due to complaints', 'sender-rejected'],
    ['451 4.7.1 Greylisted, please try again later; blocked due to complaints', 'greylisted'],
    ['550 User unknown; high number of invalid recipients from your account', 'unknown-recipient'],
    ['450 Greylisted, try again later; high number of invalid recipients from your IP', 'greylisted'],
    // TLS and the From/Sender readings after a cause.
    ['550 User unknown; you must send via an encrypted session', 'unknown-recipient'],
    ['550 No such user; you are required to send via an encrypted session', 'unknown-recipient'],
    ['550 User unknown; your sender domain is required to send via an encrypted SMTP session', 'unknown-recipient'],
    ['550 Sender rejected; you must send via an encrypted session', 'sender-rejected'],
    ['550 User unknown; from address must use this domain', 'unknown-recipient'],
    ['550 User unknown; sender domain is not verified', 'unknown-recipient'],
    ['550 User unknown; from domain is not verified', 'unknown-recipient'],
    ['550 Greylisted; sender domain is not verified', 'greylisted'],
  ])('%s is %s', reads);
});

describe('a remark, a warning, a contact line or a field answered no is no verdict', () => {
  it.each([
    // Unsubscribed users in general, or an unsubscribed address said before the reply's cause.
    ['550 No Such User Here. Unsubscribed users are removed from our directory after 30 days', 'unknown-recipient'],
    ['550 Unsubscribed recipients are removed automatically; user unknown', 'unknown-recipient'],
    ['550 Unsubscribed address; user unknown', 'unknown-recipient'],
    // Complaints as a topic or a contact, not why the sender was blocked.
    ['550 User unknown. Rejected for complaints, write to abuse@b.example', 'unknown-recipient'],
    ['550 Rejected for complaints, write to abuse@b.example', 'refused-unspecified'],
    ['550 5.7.1 Message rejected for spam complaints handling contact abuse@b.example', 'spam-content'],
    // The count of invalid recipients as a warning of what may follow.
    ['550 User unknown. Note: a high number of invalid recipients from your domain will result in blocking', 'unknown-recipient'],
    ['550 Note: a high number of invalid recipients from your account may lead to blocking', 'unknown-recipient'],
    ['550 A high number of invalid recipients from your account will result in blocking', 'unknown-recipient'],
    // A TLS requirement answered no.
    ['550 5.7.1 Sender must send via TLS connection: no', 'not-authorized'],
  ])('%s is %s', reads);
});

describe('the sender’s own address, a header’s, or a domain the recipient’s: not the reading set 16 added', () => {
  it.each([
    // "Your" address and MAIL FROM are the sender's; an address in a header is the message's form.
    ['501 The syntax of your e-mail address is incorrect', 'refused-unspecified'],
    ['554 5.6.0 Invalid message content: the format of the email address is incorrect in header To', 'malformed-content'],
    // Sender domain not found with the recipient's domain named after it, or "from" as a preposition.
    ["550 5.1.2 Sender domain not found. Check the recipient's domain b.example", 'unknown-domain'],
    ['550 5.1.2 sender domain not found (the domain of the recipient b.example does not exist)', 'unknown-domain'],
    ['550 5.1.2 Message from domain not found', 'unknown-domain'],
  ])('%s is %s', reads);

  it('MAIL FROM’s address said malformed is the sender’s (as before set 16: the sender refused, or a protocol error in a DSN)', () => {
    expect(both("501 5.5.4 Syntax: MAIL FROM:<address>; the format of the email address isn't correct")).toEqual(['sender-rejected', 'smtp-protocol-error']);
  });
});

describe('what the set 16 narrowing dropped reads as before', () => {
  it.each([
    // Identities, plural, stay the relay's (Amazon SES's wording); the singular sender identity is the sender refused.
    ['550 Sender identities are not verified', 'relay-denied'],
    ['554 Message rejected: Sender identities are not verified', 'relay-denied'],
    ['554 Message rejected: From identities not verified', 'relay-denied'],
    // Sending as an address or from a domain to this recipient: the recipient's filter (as an address
    // alone is the Send As right since the review of expl18: widening-set18.test.ts).
    ['550 You are not permitted to send as postmaster@b.example to this recipient', 'recipient-filter'],
    ['550 You are not allowed to send from b.example to this recipient', 'recipient-filter'],
  ])('%s is %s', reads);
});

describe('the sender named before a reading whose subject is the sender (review of fixx16, N1)', () => {
  // The guard against another cause said before these readings is not AFTER_ANOTHER_CAUSE: "sender",
  // "temporarily", "relay", "invalid" or "disabled" before them say who or how, not another cause.
  it.each([
    ['550 Sender has been blocked due to complaints', 'poor-reputation'],
    ['550 5.7.1 Sender s@a.example blocked due to complaints', 'poor-reputation'],
    ['550 Mail from sender s@a.example rejected due to complaints', 'poor-reputation'],
    ['550 5.7.1 [SB01] Your email address has been temporarily blocked due to complaints', 'poor-reputation'],
    ['550 5.7.1 [BR] Sender s@a.example: excessively high number of invalid recipients originating from your account', 'poor-reputation'],
    ['550 5.7.1 [BR] Sending temporarily disabled: high number of invalid recipients from your account', 'poor-reputation'],
    ['550 Sender s@a.example must send via an encrypted session', 'tls-required'],
    ['550 5.7.1 Relay policy: you must send via an encrypted session', 'tls-required'],
    ['550 Sender s@a.example: sender domain is not verified', 'sender-rejected'],
    ['550 5.7.1 Sender s@a.example: recipient has unsubscribed from your list', 'recipient-filter'],
  ])('%s is %s', reads);

  it.each([
    // A cause said before still decides: the recipient's, a spam verdict, or the sender said refused.
    ['550 Benutzer unbekannt; blocked due to complaints', 'unknown-recipient'],
    ['550 Mailbox full; sender blocked due to complaints', 'mailbox-full'],
    ['550 User unknown; sender domain is not verified', 'unknown-recipient'],
    ['550 Sender rejected; you must send via an encrypted session', 'sender-rejected'],
    ['554 Rejected due to spam content; sender blocked due to complaints', 'spam-content'],
    // The sender said refused in other words, or a rate limit, said first (review-l16 B1, B2).
    ['550 5.7.1 Sender blocked; you must send via an encrypted session', 'sender-rejected'],
    ['550 Sender not permitted; blocked due to complaints', 'sender-rejected'],
    ['550 5.7.1 Sender verify failed; you must send via an encrypted session', 'sender-rejected'],
    ['550 5.7.1 Unverified sender; blocked due to complaints', 'sender-rejected'],
    ['550 5.7.1 Sender banned; recipient has unsubscribed', 'not-authorized'],
    ['550 5.7.1 Sending disabled; you must send via an encrypted session', 'not-authorized'],
    ['421 4.7.0 Temporary rate limit; blocked due to complaints', 'rate-limited'],
  ])('%s is %s', reads);
});
