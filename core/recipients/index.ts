/**
 * Recipient addresses (a To/Cc field, a list): RFC 5322 syntax and RFC 5321 limits (./address.ts),
 * likely typos of common mailbox domains (`gmial.com` → `gmail.com`, by edit distance),
 * disposable and role addresses, as findings in the `Report` shape with category `recipient`.
 *
 * Pure (STYLE §1): no DNS. Whether the domain has MX records is the domain check's job. Every
 * step is linear in the text, so a hostile field cannot stall the compose window.
 */
import { parse as parseHost } from 'tldts';
import { assembleReport } from '../report/report.ts';
import type { Finding, Report } from '../types.ts';
import { editDistance } from '../text/suggest.ts';
import { checkRecipientInput, checkRecipientOptions, checkString } from '../validate.ts';
import { ADDRESS_LIMITS, parseAddress } from './address.ts';
import { COMMON_MAILBOX_DOMAINS, DISPOSABLE_DOMAINS, KNOWN_NEAR_MISSES, ROLE_LOCAL_PARTS, TYPO_SUFFIXES as TYPO_SUFFIX_LIST } from './lists.ts';

export { ADDRESS_LIMITS, parseAddress, type AddressParse } from './address.ts';
export { editDistance } from '../text/suggest.ts';

export { COMMON_MAILBOX_DOMAINS, DISPOSABLE_DOMAINS, ROLE_LOCAL_PARTS } from './lists.ts';

/** Points (docs/domain.md): an address that cannot be delivered to fails the check on its own. */
export const RECIPIENT_POINTS = {
  invalid: 5,
  typo: 3,
  disposable: 2,
  role: 1,
} as const;

export interface RecipientOptions {
  /** score at which the level becomes `high` (default 5) */
  threshold?: number;
  /** extra disposable domains (a company blocklist) */
  disposable?: readonly string[];
  /** report role addresses (default true; off for B2B lists where info@ is normal) */
  roles?: boolean;
}

export interface ParsedRecipient {
  /** the address as written in the field */
  readonly text: string;
  readonly address?: string;
  readonly local?: string;
  /** lower-cased */
  readonly domain?: string;
  readonly name?: string;
  /** why it is not an address, when it is not */
  readonly problem?: string;
  /** it is a group (`Team: a@x, b@y;`), not one address */
  readonly group?: boolean;
}

const COMMON = new Set(COMMON_MAILBOX_DOMAINS);
const NEAR_MISSES = new Set(KNOWN_NEAR_MISSES);
const DISPOSABLE = new Set(DISPOSABLE_DOMAINS);
const ROLES = new Set(ROLE_LOCAL_PARTS);

/** Suffixes that are mostly .com (or .net) mistyped, even where they are real country codes (wordlists/global/typo-suffixes.txt). */
const TYPO_SUFFIXES = new Set(TYPO_SUFFIX_LIST);

/**
 * The common mailbox domain `domain` is probably a typo of, or null. One edit for short names, two
 * for names of 10 characters or more; the name part and the suffix are also compared apart, so
 * `gmail.con` and `gmail.co` find `gmail.com`.
 */
export function suggestDomain(domainName: string): string | null {
  checkString(domainName, 'suggestDomain()', 'the domain');
  const domain = domainName.toLowerCase().replace(/\.$/, '');
  // No mailbox domain is longer than DNS allows; such a name is not a typo of one.
  if (domain.length > ADDRESS_LIMITS.domain) return null;
  if (COMMON.has(domain) || NEAR_MISSES.has(domain) || DISPOSABLE.has(domain)) return null;
  const host = parseHost(domain);
  // yahoo.co.jp or gmx.ch: the same provider under another real suffix is not a typo, but the
  // suffixes fingers produce for .com (.co, .cm, .om, .con …) are.
  const realSuffix = host.isIcann === true && host.publicSuffix !== null && !TYPO_SUFFIXES.has(host.publicSuffix);
  const name = domain.split('.')[0];
  let best: { domain: string; distance: number } | null = null;
  for (const candidate of COMMON_MAILBOX_DOMAINS) {
    if (realSuffix && candidate.split('.')[0] === name) continue;
    const max = candidate.length >= 10 ? 2 : 1;
    const distance = editDistance(domain, candidate, max);
    if (distance <= max && (!best || distance < best.distance)) best = { domain: candidate, distance };
  }
  if (best) return best.domain;
  // Same mailbox name, mistyped suffix: gmail.cm, hotmail.cmo, yahoo.comm.
  const dot = domain.indexOf('.');
  if (dot > 0 && !realSuffix) {
    const name = domain.slice(0, dot);
    const suffix = domain.slice(dot + 1);
    for (const candidate of COMMON_MAILBOX_DOMAINS) {
      const candidateDot = candidate.indexOf('.');
      if (candidate.slice(0, candidateDot) !== name) continue;
      if (editDistance(suffix, candidate.slice(candidateDot + 1), 2) <= 2 && /^(?:c[a-z]{0,3}|co\.?[a-z]*|n[a-z]{1,3}|[a-z]{1,3})$/.test(suffix)) return candidate;
    }
  }
  return null;
}

/** Splits a field into addresses: commas and semicolons outside quotes, angle brackets and comments. */
export function splitRecipients(field: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = 0;
  let comment = 0;
  for (let i = 0; i < field.length; i++) {
    const char = field[i] as string;
    if (char === '\\' && (quoted || comment > 0)) {
      current += char + (field[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === '"' && comment === 0) quoted = !quoted;
    else if (!quoted && char === '(') comment++;
    else if (!quoted && char === ')' && comment > 0) comment--;
    else if (!quoted && comment === 0 && char === '<') angle++;
    else if (!quoted && comment === 0 && char === '>' && angle > 0) angle--;
    if (!quoted && angle === 0 && comment === 0 && (char === ',' || char === ';' || char === '\n')) {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/** One address through the RFC 5322 parser (with RFC 6532 UTF-8), or its text and what is wrong with it. */
export function parseRecipient(text: string): ParsedRecipient {
  const parsed = parseAddress(text);
  if (parsed.kind === 'group') return { text, group: true, problem: 'it is a group, not an address' };
  if (parsed.kind === 'invalid') return { text, problem: parsed.reason };
  return { text, address: parsed.address, local: parsed.local, domain: parsed.domain.toLowerCase(), ...(parsed.name ? { name: parsed.name } : {}) };
}

function finding(rule: string, points: number, message: string, suggestion: string, evidence: string): Finding {
  return { rule, category: 'recipient', points, message, suggestion, evidence };
}

/** Quoted text from the field, cut to what a message can show. */
function excerpt(text: string, max = ADDRESS_LIMITS.address + 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The findings about one address. */
export function recipientFindings(text: string, options: RecipientOptions = {}): Finding[] {
  checkString(text, 'recipientFindings()', 'one address');
  checkRecipientOptions(options, 'recipientFindings()');
  const recipient = parseRecipient(text);
  const { address, local, domain } = recipient;
  if (!address || !local || !domain) {
    const shown = excerpt(text);
    return [
      finding(
        'recipient-invalid',
        RECIPIENT_POINTS.invalid,
        recipient.group
          ? `"${shown}" is a group, not an address.`
          : `"${shown}" is not a valid email address (RFC 5322)${recipient.problem ? `: ${recipient.problem}` : ''}. It will bounce, and bounces hurt the sender's reputation.`,
        'Correct the address: local-part@domain, e.g. name@example.com, with a quoted display name if it has commas.',
        shown,
      ),
    ];
  }
  const findings: Finding[] = [];
  const suggestion = suggestDomain(domain);
  if (suggestion) {
    findings.push(
      finding(
        'recipient-domain-typo',
        RECIPIENT_POINTS.typo,
        `${address}: "${domain}" looks like a typo of ${suggestion}. Mail to it bounces or reaches a stranger, and typo domains are used as spam traps.`,
        `Did you mean ${local}@${suggestion}?`,
        address,
      ),
    );
  }
  const extra = new Set((options.disposable ?? []).map((entry) => entry.toLowerCase()));
  const registrable = domain.split('.').slice(-2).join('.');
  if (DISPOSABLE.has(domain) || DISPOSABLE.has(registrable) || extra.has(domain) || extra.has(registrable)) {
    findings.push(
      finding(
        'recipient-disposable',
        RECIPIENT_POINTS.disposable,
        `${address} is a disposable (throwaway) address: it stops working soon, nobody reads it, and mail to such addresses looks like list abuse.`,
        'Ask for a permanent address, or drop it from the list.',
        address,
      ),
    );
  }
  const base = local.toLowerCase().split('+')[0] ?? '';
  if (options.roles !== false && ROLES.has(base)) {
    findings.push(
      finding(
        'recipient-role-address',
        RECIPIENT_POINTS.role,
        `${address} is a role address (${base}@): it reaches a team or a machine, not a person who opted in, and bulk mail to role addresses draws complaints and blocklist traps.`,
        'Send marketing mail to personal addresses that subscribed; keep role addresses for transactional mail.',
        address,
      ),
    );
  }
  return findings;
}

/** A To/Cc field (one string, comma-separated) or a list of addresses → a Report with category `recipient`. */
export function checkRecipients(input: string | readonly string[], options: RecipientOptions = {}): Report {
  checkRecipientInput(input, 'checkRecipients()');
  checkRecipientOptions(options, 'checkRecipients()');
  const texts = typeof input === 'string' ? splitRecipients(input) : input.flatMap((entry) => splitRecipients(entry));
  return assembleReport({ findings: texts.flatMap((text) => recipientFindings(text, options)), threshold: options.threshold });
}
