/**
 * Probe set 26's widening (issue 11), and set 25's country refusal: the misses whose words say the cause
 * as any server might say it, read generally, each with the near misses that must not flip.
 * - a HELO or EHLO said blocked or banned is the greeting refused, as "HELO rejected" reads
 *   (MailCleaner's "550 HELO/EHLO blocked");
 * - a line's length over its maximum is the message's form, as "line too long" reads (MailCleaner's
 *   "550 Maximum line length is 998, got 2048.");
 * - "you did not (or have not) authenticate(d)" is the client that did not log in (XMail's "504 You did
 *   not authenticate properly using SMTP-after-POP3");
 * - "your domain" with no DNS or MX records is the sender's domain, as "sender domain has no MX" is
 *   (XMail's "505 Your domain has no DNS/MX entries"), and "has no DNS/MX entries" joins "has no MX";
 * - a "bad attachment" is an attachment refused, as a banned one (simscan's "contains a bad attachment");
 * - spoofing given as the reason is the sender refused, as "Spoofed MAIL FROM" reads (MailCleaner's
 *   "does not accept mail from itself (spoofing)");
 * - sender addresses of a kind said not accepted, the verb first or the plural subject, are senders
 *   refused, as "sender address not accepted" reads (MailCleaner's "This domain does not accept sender
 *   addresses using capital letters"), while one sender not accepted stays the recipient's filter;
 * - a delivery from the client, or the client named by a name before its IP in parentheses, refused is
 *   the client refused, as "mail from 192.0.2.1 rejected" is (set 25: mtpolicyd's "delivery from CN
 *   (192.0.2.1) rejected"), and a client refused for its country (or by GeoIP) is the client refused, as
 *   "your location is blocked" reads.
 * Left unread, with why (probes-set26.ts): MailCleaner's "unsigned bounces" (a bounce's form, read in
 * no reply), "blacklisted sender" (a block list by design) and "refused user due to massive abuse" (only
 * the ACL says whose user); Zimbra's X.2.2 and XMail's 551 (a code decides); Postmark's "marked as
 * inactive" (only the vendor's wording says it is its own list).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { eachReads as reads } from './read.ts';

const ruleOf = (text: string) => explain(text, { analyzeReturned: false }).findings[0]?.rule;

/** Each reply keeps the reading it had before this widening (rule, pasted). */
function stays(cases: readonly (readonly [string, string])[]): void {
  it.each(cases)('%s stays %s', (reply, rule) => expect(ruleOf(reply)).toBe(rule));
}

describe('a HELO or EHLO said blocked or banned is the greeting refused', () => {
  reads('client-blocked', ['550 HELO/EHLO blocked', '550 EHLO command banned', '554 HELO was blocked']);
  stays([
    ['550 HELO ok, sender blocked', 'sender-rejected'],
    ['550 HELO blocked; user unknown', 'unknown-recipient'],
    ['421 EHLO blocked for 5 minutes: too many connections', 'rate-limited'],
    ['550 HELO accepted; recipient blocked', 'refused-unspecified'],
  ]);
});

describe("a line's length over its maximum is the message's form", () => {
  reads('malformed-content', ['550 Maximum line length is 998, got 2048.', '550 line length exceeded', '554 Max. line length of 1000 characters, but got 4096']);
  stays([
    ['552 Maximum line length is 998', 'refused-unspecified'],
    ['552 Maximum message size is 10485760, got 20000000', 'message-too-large'],
    ['550 maximum line length of 998 characters; message size exceeded', 'message-too-large'],
  ]);
});

describe('"you did not authenticate" is the client that did not log in', () => {
  reads('smtp-auth-required', ['504 You did not authenticate properly using SMTP-after-POP3', '550 You have not authenticated', "550 5.7.1 You haven't authenticated yet"]);
  stays([
    ['550 Your message did not authenticate', 'refused-unspecified'],
    ['550 Your domain did not authenticate (DMARC)', 'authentication-failed'],
    ['550 user unknown; you did not authenticate', 'unknown-recipient'],
    ['550 you did not authenticate; user unknown', 'unknown-recipient'],
  ]);
});

describe("\"your domain\" without DNS or MX records is the sender's domain", () => {
  reads('sender-rejected', ['505 Your domain has no DNS/MX entries', '550 your domain does not resolve', '553 sender domain has no DNS entries', '550 Your sending domain has no MX records']);
  stays([
    ['550 Recipient domain has no DNS/MX entries', 'domain-takes-no-mail'],
    ['550 b.example has no DNS/MX entries', 'domain-takes-no-mail'],
    ['550 Your domain is not allowed to relay', 'relay-denied'],
    ['550 Your domain has been blacklisted', 'blocklisted'],
    ['550 user unknown; your domain has no MX records', 'domain-takes-no-mail'],
  ]);
});

describe('a bad attachment is an attachment refused', () => {
  reads('policy-rejection', ['554 Your email was rejected because it contains a bad attachment: invoice.exe', '550 Bad attachment (invoice.scr)']);
  stays([
    ['550 bad attachment encoding', 'refused-unspecified'],
    ['550 5.6.0 bad attachment encoding', 'malformed-content'],
    ['550 no bad attachments found; user unknown', 'unknown-recipient'],
    ['550 bad recipient address; attachment a.pdf', 'unknown-recipient'],
  ]);
});

describe('spoofing given as the reason is the sender refused', () => {
  reads('sender-rejected', ['550 This domain does not accept mail from itself (spoofing)', '550 Spoofing detected', '550 5.7.1 Message rejected: spoofing attempt']);
  stays([
    ['550 Email rejected per DMARC policy: spoofing', 'authentication-failed'],
    ['550 SPF check failed: possible spoofing', 'authentication-failed'],
    ["550 Unauthenticated email is not accepted due to domain's DMARC policy to protect against spoofing", 'authentication-failed'],
    ['550 anti-spoofing check failed for a.example', 'policy-rejection'],
    ['550 user unknown; spoofing', 'unknown-recipient'],
    ['550 rejected, no spoofing found, mailbox full', 'mailbox-full'],
    ['550 Message contains a spoofed link', 'refused-unspecified'],
  ]);
});

describe('a delivery from the client, or a client refused for its country, is the client refused', () => {
  reads('client-blocked', [
    '554 5.7.1 <a@b.example>: Recipient address rejected: delivery from CN (192.0.2.1) rejected',
    '550 delivery from mail.a.example (192.0.2.1) refused',
    '550 delivery from 192.0.2.1 rejected',
    '550 Your country is not allowed to connect to this server',
    '554 Connections from your country are not accepted',
    '550 rejected by GeoIP',
  ]);
  stays([
    ['550 Delivery from 192.0.2.1 rejected: user unknown', 'unknown-recipient'],
    ['550 user unknown; delivery from 192.0.2.1 rejected', 'unknown-recipient'],
    ['550 delivery to a@b.example (192.0.2.1) rejected', 'refused-unspecified'],
    ['554 5.7.1 <a@b.example>: Recipient address rejected: delivery from 192.0.2.1 rejected (https://www.spamhaus.org/query/ip/192.0.2.1)', 'blocklisted'],
    ['550 Sender rejected: country code TLD not allowed', 'sender-rejected'],
    ['550 Recipient country not allowed', 'recipient-filter'],
    ['550 Sender domain from this country blocked', 'sender-rejected'],
    ['550 user unknown; your country is blocked', 'unknown-recipient'],
    ['550 your country is blocked; user unknown', 'unknown-recipient'],
  ]);
});

describe('sender addresses of a kind not accepted are senders refused', () => {
  reads('sender-rejected', [
    '550 This domain does not accept sender addresses using capital letters',
    '550 We do not accept sender addresses from free mail providers',
    '550 Sender addresses with uppercase letters are not accepted',
  ]);
  stays([
    ['550 We do not accept mail from this sender', 'recipient-filter'],
    ['550 This server does not accept sender addresses; user unknown', 'unknown-recipient'],
    ['550 user unknown; we do not accept sender addresses', 'unknown-recipient'],
    ['550 We do not accept recipient addresses with capital letters', 'refused-unspecified'],
    ['550 sender addresses verified; recipient rejected', 'refused-unspecified'],
  ]);
});
