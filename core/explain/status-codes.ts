/**
 * SMTP enhanced status codes (RFC 3463, the IANA registry with RFC 4954, 5248, 6710, 7293, 7372,
 * 7505, 8689) and basic reply codes (RFC 5321 §4.2), in plain words, plus the vendor codes that
 * Microsoft 365 / Outlook.com document for their NDRs. Used to decode the code a bounce quotes.
 */

import type { MessageSource } from '../messages/index.ts';

export interface DecodedStatus {
  /** the code as quoted, e.g. `5.7.26` */
  readonly code: string;
  readonly permanent: boolean;
  /** the class in words: permanent / temporary failure, success */
  readonly classWords: string;
  /** the subject (second number) in words: addressing, mailbox, mail system, … */
  readonly subjectWords: string;
  /** the registered meaning of the full code, when known */
  readonly detailWords?: string;
}

const CLASS_WORDS: Record<string, string> = {
  '2': 'success',
  '4': 'temporary failure (the sending server keeps retrying for a while)',
  '5': 'permanent failure (the message will not be retried)',
};

const SUBJECT_WORDS: Record<string, string> = {
  '0': 'other or undefined status',
  '1': 'addressing status (a sender or recipient address)',
  '2': 'mailbox status (the recipient’s mailbox)',
  '3': 'mail system status (the receiving system)',
  '4': 'network and routing status',
  '5': 'mail delivery protocol status (the SMTP dialogue)',
  '6': 'message content or media status',
  '7': 'security or policy status',
};

/** `X.Y.Z` without the class → meaning (IANA SMTP Enhanced Status Codes registry). */
const DETAIL_WORDS: Record<string, string> = {
  '0.0': 'other undefined status',
  '1.0': 'other address status',
  '1.1': 'bad destination mailbox address: the mailbox does not exist',
  '1.2': 'bad destination system address: the recipient’s domain does not exist or takes no mail',
  '1.3': 'bad destination mailbox address syntax',
  '1.4': 'destination mailbox address ambiguous',
  '1.5': 'destination address valid',
  '1.6': 'destination mailbox has moved, no forwarding address',
  '1.7': 'bad sender’s mailbox address syntax',
  '1.8': 'bad sender’s system address: the sender’s domain does not exist or cannot take replies',
  '1.9': 'message relayed to a non-compliant mailer',
  '1.10': 'recipient address has a null MX (the domain takes no mail)',
  '2.0': 'other or undefined mailbox status',
  '2.1': 'mailbox disabled, not accepting messages',
  '2.2': 'mailbox full',
  '2.3': 'message length exceeds the mailbox’s administrative limit',
  '2.4': 'mailing list expansion problem',
  '3.0': 'other or undefined mail system status',
  '3.1': 'mail system full',
  '3.2': 'system not accepting network messages',
  '3.3': 'system not capable of selected features',
  '3.4': 'message too big for the system',
  '3.5': 'system incorrectly configured',
  '3.6': 'requested priority was changed',
  '4.0': 'other or undefined network or routing status',
  '4.1': 'no answer from host',
  '4.2': 'bad connection',
  '4.3': 'directory server (DNS) failure',
  '4.4': 'unable to route: no usable mail server found for the domain',
  '4.5': 'mail system congestion',
  '4.6': 'routing loop detected',
  '4.7': 'delivery time expired',
  '4.8': 'retry on another address family (IPv4)',
  '5.0': 'other or undefined protocol status',
  '5.1': 'invalid command',
  '5.2': 'syntax error',
  '5.3': 'too many recipients',
  '5.4': 'invalid command arguments',
  '5.5': 'wrong protocol version',
  '5.6': 'authentication exchange line is too long',
  '6.0': 'other or undefined media error',
  '6.1': 'media not supported',
  '6.2': 'conversion required and prohibited',
  '6.3': 'conversion required but not supported',
  '6.4': 'conversion with loss performed',
  '6.5': 'conversion failed',
  '6.6': 'message content not available',
  '6.7': 'non-ASCII addresses not permitted for that sender or recipient',
  '6.8': 'UTF-8 string reply is required but not permitted by the client',
  '6.9': 'UTF-8 header message cannot be transferred to one or more recipients',
  '6.10': 'UTF-8 string reply required (duplicate of X.6.8)',
  '7.0': 'other or undefined security status',
  '7.1': 'delivery not authorized, message refused',
  '7.2': 'mailing list expansion prohibited',
  '7.3': 'security conversion required but not possible',
  '7.4': 'security features not supported',
  '7.5': 'cryptographic failure',
  '7.6': 'cryptographic algorithm not supported',
  '7.7': 'message integrity failure',
  '7.8': 'authentication credentials invalid',
  '7.9': 'authentication mechanism is too weak',
  '7.10': 'encryption needed',
  '7.11': 'encryption required for the requested authentication mechanism',
  '7.12': 'a password transition is needed',
  '7.13': 'user account disabled',
  '7.14': 'trust relationship required',
  '7.15': 'priority level is too low',
  '7.16': 'message is too big for the specified priority',
  '7.17': 'mailbox owner has changed',
  '7.18': 'domain owner has changed',
  '7.19': 'RRVS test cannot be completed',
  '7.20': 'no passing DKIM signature found',
  '7.21': 'no acceptable DKIM signature found',
  '7.22': 'no valid author-matched DKIM signature found (DKIM d= does not match the From domain)',
  '7.23': 'SPF validation failed',
  '7.24': 'SPF validation error',
  '7.25': 'reverse DNS validation failed (the sending IP has no matching PTR record)',
  '7.26': 'multiple authentication checks failed (SPF, DKIM and/or DMARC)',
  '7.27': 'sender address has a null MX',
  '7.28': 'mail flood detected: part of a flood of similar abusive messages',
  '7.29': 'ARC validation failure',
  '7.30': 'REQUIRETLS support required',
};

/**
 * Codes outside the registry that large providers document (Microsoft 365 / Outlook.com NDR
 * reference; the numbers are theirs). Keyed by the full code.
 */
const VENDOR_WORDS: Record<string, string> = {
  '5.1.8': 'sender’s address refused (at Microsoft: the sending account is blocked for sending spam)',
  '5.1.90': 'Microsoft: the sender has reached the daily recipient limit',
  '5.2.121': 'Microsoft: the recipient’s per-hour limit on messages from this sender was reached',
  '5.2.122': 'Microsoft: the recipient’s per-hour limit on messages from all senders was reached',
  '5.4.1': 'recipient address rejected (at Microsoft: "access denied", the domain does not accept the recipient)',
  '5.4.14': 'Microsoft: hop count exceeded, a routing loop',
  '5.4.300': 'Microsoft: message expired',
  '5.4.312': 'Microsoft: DNS query failed for the recipient’s domain',
  '5.4.316': 'Microsoft: message expired, the connection was refused',
  '5.6.11': 'Microsoft: invalid characters (a bare line feed) in the message',
  '5.7.1': 'delivery not authorized, message refused',
  '5.7.12': 'Microsoft: the sender was not authenticated by the organization (an external sender to an internal-only recipient)',
  '5.7.23': 'SPF validation failed',
  '5.7.57': 'Microsoft: the client was not authenticated to send anonymous mail during MAIL FROM',
  '5.7.64': 'Microsoft: relay access denied (TenantAttribution)',
  '5.7.124': 'Microsoft: the sender is not allowed to send to this group',
  '5.7.133': 'Microsoft: the sender is not authenticated for the group',
  '5.7.350': 'Microsoft: the remote server returned the message as spam',
  '5.7.501': 'Microsoft: access denied, spam abuse detected: the sending account is banned',
  '5.7.502': 'Microsoft: access denied, spam abuse detected: the sending account is banned',
  '5.7.503': 'Microsoft: access denied, spam abuse detected: the sending account is banned',
  '5.7.508': 'Microsoft: access denied, the sending IP is not on the recipient’s IP allow list',
  '5.7.509': 'Microsoft: access denied, the sending domain does not pass DMARC verification and has a DMARC policy of reject',
  '5.7.510': 'Microsoft: access denied, the recipient does not accept email over IPv6',
  '5.7.511': 'Microsoft: access denied, banned sender (the sending IP is blocked)',
  '5.7.512': 'Microsoft: access denied, the message must be RFC 5322 section 3.6.2 compliant (a valid From header)',
  '5.7.513': 'Microsoft: service unavailable, the client host is blocked',
  '5.7.515': 'Microsoft: access denied, the sending domain does not meet the required authentication level (SPF, DKIM and DMARC)',
  '5.7.606': 'Microsoft: access denied, banned sending IP (on Microsoft’s block list)',
  '5.7.607': 'Microsoft: access denied, banned sending IP (on Microsoft’s block list)',
  '5.7.705': 'Microsoft: access denied, the tenant has exceeded its threshold (bad reputation)',
  '5.7.708': 'Microsoft: access denied, traffic not accepted from this IP (low reputation)',
  '5.7.750': 'Microsoft: service unavailable, client blocked from sending from unregistered domains',
  '4.7.500': 'Microsoft: server busy, the sending IP is temporarily throttled',
  '4.7.650': 'Microsoft: the sending IP is temporarily rate limited because of its reputation',
  '4.7.651': 'Microsoft: the sending IP is temporarily rate limited because of its reputation',
  '4.7.652': 'Microsoft: the sending IP exceeded the connection limit',
  '4.4.7': 'delivery time expired',
  '4.4.316': 'Microsoft: connection refused, message expired',
};

/** A code's message id: dots become dashes (`5.7.26` → `5-7-26`). */
const idOf = (code: string) => code.replace(/\./g, '-');

const ENHANCED = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

export function isEnhancedStatus(code: string): boolean {
  return ENHANCED.test(code);
}

export function decodeStatus(code: string): DecodedStatus | null {
  const match = ENHANCED.exec(code.trim());
  if (!match) return null;
  const [, klass, subject, detail] = match as unknown as [string, string, string, string];
  const normalized = `${klass}.${Number(subject)}.${Number(detail)}`;
  const key = `${Number(subject)}.${Number(detail)}`;
  const detailWords = VENDOR_WORDS[normalized] ?? DETAIL_WORDS[key];
  return {
    code: normalized,
    permanent: klass === '5',
    classWords: CLASS_WORDS[klass] ?? 'unknown class',
    subjectWords: SUBJECT_WORDS[String(Number(subject))] ?? 'unknown subject',
    ...(detailWords ? { detailWords } : {}),
  };
}

/**
 * The message id (in STATUS_MESSAGES) of what decodeStatus() calls a code's meaning: the full
 * code's detail when known, else its subject; null for a code that is not an enhanced status.
 */
export function statusWordsId(code: string): string | null {
  const decoded = decodeStatus(code);
  if (!decoded) return null;
  const [, subject = '', detail = ''] = decoded.code.split('.');
  const key = `${subject}.${detail}`;
  if (Object.hasOwn(VENDOR_WORDS, decoded.code)) return `vendor-${idOf(decoded.code)}`;
  if (Object.hasOwn(DETAIL_WORDS, key)) return `detail-${idOf(key)}`;
  return Object.hasOwn(SUBJECT_WORDS, subject) ? `subject-${subject}` : 'subject-unknown';
}

/** One line in plain words, e.g. `5.1.1 — permanent failure: bad destination mailbox address …`. */
export function describeStatus(code: string): string {
  const decoded = decodeStatus(code);
  if (!decoded) return code;
  const kind = decoded.code.startsWith('5') ? 'permanent failure' : decoded.code.startsWith('4') ? 'temporary failure' : 'success';
  return `${decoded.code} (${kind}: ${decoded.detailWords ?? decoded.subjectWords})`;
}

/** RFC 5321 reply codes a bounce may quote. */
const REPLY_WORDS: Record<string, string> = {
  '250': 'requested action completed',
  '251': 'user not local; will forward',
  '252': 'cannot verify the user, but will accept the message',
  '421': 'service not available, closing the connection (often rate limiting or a temporary block)',
  '450': 'mailbox unavailable, try again later (busy, greylisted or temporarily blocked)',
  '451': 'local error in processing, try again later',
  '452': 'insufficient system storage, or too many recipients',
  '454': 'TLS or authentication temporarily unavailable',
  '500': 'syntax error, command unrecognized',
  '501': 'syntax error in parameters or arguments',
  '502': 'command not implemented',
  '503': 'bad sequence of commands',
  '504': 'command parameter not implemented',
  '521': 'this host does not accept mail',
  '523': 'encryption needed',
  '525': 'user account disabled',
  '530': 'authentication required',
  '534': 'authentication mechanism too weak',
  '535': 'authentication credentials invalid',
  '550': 'mailbox unavailable or action refused by policy',
  '551': 'user not local',
  '552': 'exceeded storage allocation, or message too large',
  '553': 'mailbox name not allowed (a bad address)',
  '554': 'transaction failed (refused, often by policy or a filter)',
  '556': 'the domain does not accept mail',
};

export function describeReply(code: string): string | undefined {
  return Object.hasOwn(REPLY_WORDS, code) ? REPLY_WORDS[code] : undefined;
}

/** The message id (in STATUS_MESSAGES) of a reply code's words, if we have them. */
export function replyWordsId(code: string): string | null {
  return Object.hasOwn(REPLY_WORDS, code) ? `reply-${code}` : null;
}

/**
 * The words of this file as English templates for the catalogues (core/messages/explain/status-codes/),
 * keyed `explain/status/<id>`: `subject-<n>`, `detail-<y>-<z>`, `vendor-<x>-<y>-<z>`, `reply-<code>`.
 * None holds a brace, so each reads as it is.
 */
export const STATUS_MESSAGES = {
  id: 'explain/status',
  messages: Object.fromEntries([
    ...Object.entries(SUBJECT_WORDS).map(([key, words]) => [`subject-${key}`, words]),
    ['subject-unknown', 'unknown subject'],
    ...Object.entries(DETAIL_WORDS).map(([key, words]) => [`detail-${idOf(key)}`, words]),
    ...Object.entries(VENDOR_WORDS).map(([key, words]) => [`vendor-${idOf(key)}`, words]),
    ...Object.entries(REPLY_WORDS).map(([key, words]) => [`reply-${key}`, words]),
  ]) as Readonly<Record<string, string>>,
} as const satisfies MessageSource;
