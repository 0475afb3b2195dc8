/**
 * Reading header fields for the header rules: bounded, allocation-light helpers over
 * `message.headers` (lower-case name → values). Header values come raw from the message, so a
 * display name may still be RFC 2047 encoded (`=?utf-8?B?…?=`); core/text/encodings.ts decodes it.
 */
import { getDomain } from 'tldts';
import type { Message } from '../message/message.ts';
import { decodeEncodedWords, UNREADABLE_WORD } from '../text/encodings.ts';

/** Longest header value we read: real ones are far shorter, a hostile one may not be. */
export const MAX_HEADER_CHARS = 4096;

export function headerValues(message: Message, name: string): string[] {
  return (message.headers.get(name) ?? []).map((value) => value.slice(0, MAX_HEADER_CHARS));
}

export function firstHeader(message: Message, name: string): string | null {
  const value = message.headers.get(name)?.[0];
  return value === undefined ? null : value.slice(0, MAX_HEADER_CHARS);
}

/** A control character that has no place in a header field: C0 other than tab and line ends (a folded field keeps its tab), or DEL. */
function isStrayControl(code: number): boolean {
  return code === 0x7f || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d);
}

/** The characters of a raw header value a mail library would not have written there, by kind. */
export interface RawCharacters {
  /** bytes that were not UTF-8, each arrived as U+FFFD */
  readonly undecoded: number;
  /** control characters of `isStrayControl` */
  readonly controls: number;
}

/**
 * How many characters of a raw header value a mail library would not have written there: bytes
 * that were not UTF-8, and control characters other than tab and line ends (RFC 5322 §2.2: a field body is
 * printable US-ASCII; RFC 2047 puts other text in encoded-words; RFC 6532 lets UTF-8 through only
 * under SMTPUTF8). postal-mime (core/email.ts) reads each header line as UTF-8, so a byte of another
 * charset (ISO-8859-1 `é`, GB2312, KOI8-R) arrives as U+FFFD; valid UTF-8 arrives as the letters it
 * spells and is not counted, as SpamAssassin 4 does not count it. A U+FFFD the sender wrote as
 * UTF-8 (a garbled text pasted on) is counted too: it cannot be told from one postal-mime wrote.
 * Linear, bounded by MAX_HEADER_CHARS.
 */
export function rawCharacters(value: string): RawCharacters {
  let undecoded = 0;
  let controls = 0;
  const end = Math.min(value.length, MAX_HEADER_CHARS);
  for (let index = 0; index < end; index++) {
    const code = value.charCodeAt(index);
    if (code === 0xfffd) undecoded++;
    else if (isStrayControl(code)) controls++;
  }
  return { undecoded, controls };
}

/**
 * A header value with its stray control characters made visible as Unicode control pictures
 * (U+2400–U+241F for C0, U+2421 `␡` for DEL): `Summer\u0001catalogue` → `Summer␁catalogue`.
 */
export function showControls(value: string): string {
  let shown = '';
  let from = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (!isStrayControl(code)) continue;
    shown += value.slice(from, index) + String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code);
    from = index + 1;
  }
  return from === 0 ? value : shown + value.slice(from);
}

/**
 * The letters of a word that have a case, and how many of them are capitals: what the
 * all-capitals checks of the subject and the display name count (`ACME` → 4 of 4, `Ünï` → 1 of 3).
 */
export function caseCounts(word: string): { cased: number; capitals: number } {
  let cased = 0;
  let capitals = 0;
  for (const char of word) {
    const lower = char.toLowerCase();
    if (lower === char.toUpperCase()) continue;
    cased++;
    if (char !== lower) capitals++;
  }
  return { cased, capitals };
}

export interface Mailbox {
  /**
   * the display name, unquoted and decoded ('' when there is none); an encoded word in a charset we
   * cannot decode is `UNREADABLE_WORD` (U+FFFD) there, so the rules read the words that did decode,
   * and a name of such words only is still a name
   */
  readonly name: string;
  /** false when part of the name used a charset we cannot decode (one the runtime's TextDecoder does not know) */
  readonly nameDecoded: boolean;
  readonly address: string;
  /** lower-case domain of the address, null when it has none */
  readonly domain: string | null;
  /** registrable domain (`mail.example.co.uk` → `example.co.uk`), or the domain itself */
  readonly registrable: string | null;
}

/** A host as the lists name it: lower case, without a domain literal's brackets or a trailing root dot (`[Hotmail.com.]` → `hotmail.com`). */
export function bareHost(host: string): string {
  return host.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
}

/** Registrable domain of a host, following the Public Suffix List; the host itself when it has none. */
export function registrableDomain(host: string): string | null {
  const clean = bareHost(host);
  if (!clean) return null;
  return getDomain(clean, { allowPrivateDomains: false }) ?? clean;
}

/**
 * Whether a host is a tenant of a shared host named in the Public Suffix List's private section
 * (`shop.web.app`, `someone.github.io`, `x.blogspot.com`): its registrable domain, `web.app`, is
 * then the platform's, shared by every tenant, not one sender's own.
 */
export function onSharedHost(host: string): boolean {
  const clean = bareHost(host);
  if (!clean) return false;
  const tenant = getDomain(clean, { allowPrivateDomains: true });
  return tenant !== null && tenant !== getDomain(clean, { allowPrivateDomains: false });
}

export function domainOfAddress(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const domain = address
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/[>\s]+$/, '');
  return domain || null;
}

function unquote(name: string): string {
  let value = name.trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1).replace(/\\(.)/g, '$1');
  else if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) value = value.slice(1, -1);
  return value.trim();
}

/** The first mailbox of an address header: `"Name" <user@host>`, `user@host (Name)` or `user@host`. */
export function parseMailbox(value: string | null): Mailbox | null {
  if (value === null) return null;
  const field = value.slice(0, MAX_HEADER_CHARS);
  let name = '';
  let address: string;
  const open = field.lastIndexOf('<');
  const close = open >= 0 ? field.indexOf('>', open) : -1;
  if (open >= 0 && close > open) {
    address = field.slice(open + 1, close).trim();
    name = field.slice(0, open);
  } else {
    const paren = field.indexOf('(');
    const parenEnd = field.lastIndexOf(')');
    if (paren >= 0 && parenEnd > paren) {
      address = field.slice(0, paren).trim();
      name = field.slice(paren + 1, parenEnd);
    } else {
      address = field.trim();
    }
  }
  if (!address.includes('@') && !name) return null;
  const decoded = decodeEncodedWords(unquote(name), undefined, UNREADABLE_WORD);
  const domain = domainOfAddress(address);
  return {
    name: unquote(decoded.text),
    nameDecoded: decoded.complete,
    address,
    domain,
    registrable: domain ? registrableDomain(domain) : null,
  };
}
