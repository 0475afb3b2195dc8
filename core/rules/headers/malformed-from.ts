// Detects a whole message whose From address has a domain no mail can come from: one without a
// top-level domain (`contato@correios`, `aviso@prefeituranfe795582`), or one with characters no
// domain name holds (commas for dots in `noreply@theskimm,com`, `%`, quotes, styled letters such
// as `𝗩𝗲𝗿𝗸𝗮𝗱𝗲.hr`); or whose display name holds a comma outside quotes (`Deutsche Bahn,
// <news@shop.example>`), which makes the field a list of two senders. A From with no address at all is left alone: bounces and other system mail
// come from `<>` or a bare `MAILER-DAEMON` (RFC 5321 §4.5.5, the null reverse-path). Phishing kits
// write such senders to show a brand or an authority where the address should be, through servers
// that do not check it; a real sender's mail system never writes one, and readers cannot reply.
// Sources: RFC 5322 §3.4.1 (addr-spec) and RFC 5321 §2.3.5 (fully qualified domain names); RFC
// 5891/5892 (IDNA2008 disallows characters that NFKC changes, such as mathematical letters);
// Microsoft "How EOP validates the From address to prevent phishing" (Exchange Online and
// Outlook.com reject such From addresses since 2017). The points are a house estimate: SpamAssassin's
// FH_FROMEML_NOTLD ("E-mail address doesn't have TLD", 107 spam / 0 ham, proposed 2.268) is
// commented out, FROM_ILLEGAL_CHARS counts raw 8-bit bytes, and rspamd FROM_INVALID (2.0) is unchecked.
import { firstHeader } from '../../headers/fields.ts';
import { defineRule, shorten } from '../rule.ts';

/** What is wrong with a From address, or null when its form is fine. */
export type AddressProblem = 'no-tld' | 'bad-characters';

/** Longest domain name (RFC 1035) and label; longer is not a domain. */
const MAX_DOMAIN = 253;
const MAX_LABEL = 63;

const ASCII_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const UNICODE_LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;
const ASCII_TLD = /^(?:[a-z]{2,}|xn--[a-z0-9-]+)$/i;
const UNICODE_TLD = /^[\p{L}\p{M}]{2,}$/u;

/**
 * A label of a domain name: letters, digits and inner hyphens, in ASCII or (an internationalised
 * name) in any script, but no character that NFKC changes: IDNA2008 disallows those
 * (mathematical bold `𝗩`, full-width `Ａ`), so no registry holds such a name.
 */
function isLabel(label: string): boolean {
  if (label.length === 0 || label.length > MAX_LABEL) return false;
  if (ASCII_LABEL.test(label)) return true;
  return UNICODE_LABEL.test(label) && label.normalize('NFKC') === label;
}

/**
 * Why the domain of `address` cannot be a sender's, or null. An address without `@` (the null
 * sender of bounces, `MAILER-DAEMON`) and an address literal (`user@[192.0.2.1]`) are left alone.
 */
export function addressProblem(address: string): AddressProblem | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const domain = address.slice(at + 1).trim();
  if (domain.startsWith('[') && domain.endsWith(']')) return null;
  if (domain.length === 0 || domain.length > MAX_DOMAIN) return 'bad-characters';
  const labels = domain.split('.');
  if (!labels.every(isLabel)) return 'bad-characters';
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || !(ASCII_TLD.test(tld) || UNICODE_TLD.test(tld))) return 'no-tld';
  return null;
}

/**
 * Whether the display name holds a comma outside quotes (`Deutsche Bahn, <news@shop.example>`,
 * `Microsoft account team ,_<x@y.example>`): RFC 5322 then reads the field as a list of mailboxes,
 * one of them without an address, and Exchange Online lists `From: Sender, Example <…>` among the
 * From addresses it rejects. Quoted strings and comments are set aside first; a From that names
 * two full mailboxes (`Jane <a@x.example>, Bob <b@y.example>`) counts too (Exchange Online wants one).
 */
export function hasUnquotedComma(field: string): boolean {
  const bare = field.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\([^()]*\)/g, '');
  const open = bare.lastIndexOf('<');
  return open > 0 && bare.slice(0, open).includes(',');
}

export default defineRule({
  id: 'malformed-from',
  category: 'headers',
  description: 'From address is not a valid e-mail address',
  weight: 2.0,
  cap: 1,
  headerFields: ['from'],
  messages: {
    'malformed-address':
      'The mail comes from `{address}`, which is not an address mail can be sent from: {problem, select, no-tld {its domain `{domain}` has no top-level domain such as .com} other {its domain `{domain}` holds characters no domain name can have}}. Phishing kits write senders like this to show a brand or an authority where the address should be; Microsoft 365 and Outlook.com reject such mail, and filters score it.',
    'valid-address':
      'Send from a real mailbox on your own domain, written as `"Your Name" <name@example.com>`.',
    'comma-in-name':
      'The From field `{field}` has a comma in its display name outside quotes, so it reads as a list of two senders, one of them without an address. Phishing kits write senders like this; Microsoft 365 and Outlook.com reject such mail, and filters score it.',
    'quote-name':
      'Put a display name that holds a comma in double quotes: `"Doe, Jane" <jane@example.com>`.',
  },
  check(context) {
    if (!context.facts.wholeMessage) return [];
    const field = firstHeader(context.message, 'from');
    if (field === null || field.trim() === '') return [];
    const address = context.facts.sender.from?.address.trim() ?? '';
    const problem = addressProblem(address);
    if (problem === null) {
      if (!hasUnquotedComma(field)) return [];
      const evidence = shorten(field.trim());
      return [{ messageId: 'comma-in-name', suggestionId: 'quote-name', data: { field: evidence }, evidence }];
    }
    const evidence = shorten(address);
    return [
      {
        messageId: 'malformed-address',
        suggestionId: 'valid-address',
        data: { address: evidence, problem, domain: shorten(address.slice(address.lastIndexOf('@') + 1)) },
        evidence,
      },
    ];
  },
});
