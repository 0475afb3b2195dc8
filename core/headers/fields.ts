/**
 * Reading header fields for the header rules: bounded, allocation-light helpers over
 * `message.headers` (lower-case name → values). Header values come raw from the message, so a
 * display name may still be RFC 2047 encoded (`=?utf-8?B?…?=`); we decode that here without
 * `TextDecoder` or `atob`, which core may not use.
 */
import { getDomain } from 'tldts';
import type { Message } from '../message/message.ts';
import { latin1 } from '../text/bytes.ts';

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
  /** the display name, unquoted and decoded ('' when there is none) */
  readonly name: string;
  /** false when part of the name used a charset we cannot decode */
  readonly nameDecoded: boolean;
  readonly address: string;
  /** lower-case domain of the address, null when it has none */
  readonly domain: string | null;
  /** registrable domain (`mail.example.co.uk` → `example.co.uk`), or the domain itself */
  readonly registrable: string | null;
}

/** Registrable domain of a host, following the Public Suffix List; the host itself when it has none. */
export function registrableDomain(host: string): string | null {
  const clean = host.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (!clean) return null;
  return getDomain(clean, { allowPrivateDomains: false }) ?? clean;
}

/**
 * Whether a host is a tenant of a shared host named in the Public Suffix List's private section
 * (`shop.web.app`, `someone.github.io`, `x.blogspot.com`): its registrable domain, `web.app`, is
 * then the platform's, shared by every tenant, not one sender's own.
 */
export function onSharedHost(host: string): boolean {
  const clean = host.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
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
  const decoded = decodeEncodedWords(unquote(name));
  const domain = domainOfAddress(address);
  return {
    name: unquote(decoded.text),
    nameDecoded: decoded.complete,
    address,
    domain,
    registrable: domain ? registrableDomain(domain) : null,
  };
}

// --- RFC 2047 encoded words -------------------------------------------------------------------

const ENCODED_WORD = /=\?([^?\s]{1,40})\?([bBqQ])\?([^?\s]{0,1000})\?=/g;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Bytes(text: string): number[] {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = BASE64.indexOf(char);
    if (value < 0) continue;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

function quotedPrintableBytes(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '_') bytes.push(0x20);
    else if (char === '=' && /^[0-9a-f]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i) & 0xff);
  }
  return bytes;
}

/** UTF-8 bytes to a string; malformed sequences become U+FFFD. */
function utf8(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i] ?? 0;
    const length = byte < 0x80 ? 1 : byte >= 0xf0 && byte < 0xf8 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 0;
    if (length === 0 || i + length > bytes.length) {
      out += '\ufffd';
      i++;
      continue;
    }
    let code = length === 1 ? byte : byte & (0xff >> (length + 1));
    let valid = true;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k] ?? 0;
      if ((next & 0xc0) !== 0x80) valid = false;
      code = (code << 6) | (next & 0x3f);
    }
    out += valid && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    i += valid ? length : 1;
  }
  return out;
}

function decodeBytes(charset: string, bytes: readonly number[]): string | null {
  const name = charset.toLowerCase().replace(/\*.*$/, '');
  if (name === 'utf-8' || name === 'utf8') return utf8(bytes);
  // Single-byte Latin charsets: close enough for the letter-case and keyword checks we make.
  if (name === 'us-ascii' || name.startsWith('iso-8859-') || name.startsWith('windows-125') || name === 'latin1') {
    return latin1(Uint8Array.from(bytes.slice(0, MAX_HEADER_CHARS)));
  }
  return null;
}

/**
 * Decodes `=?charset?B|Q?…?=` words; whitespace between two encoded words is dropped (RFC 2047
 * §6.2). `complete` is false when a word used a charset we do not decode (it is then left out).
 */
export function decodeEncodedWords(value: string): { text: string; complete: boolean } {
  if (!value.includes('=?')) return { text: value, complete: true };
  let text = '';
  let complete = true;
  let last = 0;
  let previousWasEncoded = false;
  for (const match of value.matchAll(ENCODED_WORD)) {
    const between = value.slice(last, match.index);
    if (!(previousWasEncoded && between.trim() === '')) text += between;
    const [, charset = '', encoding = '', payload = ''] = match;
    const bytes = encoding.toLowerCase() === 'b' ? base64Bytes(payload) : quotedPrintableBytes(payload);
    const decoded = decodeBytes(charset, bytes);
    if (decoded === null) complete = false;
    else text += decoded;
    last = match.index + match[0].length;
    previousWasEncoded = true;
  }
  text += value.slice(last);
  return { text, complete };
}
