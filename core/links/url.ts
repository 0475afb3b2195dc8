/**
 * URL facts the link rules need, without the WHATWG `URL` global (core runs where only
 * ECMAScript is promised). Hostname, registrable domain and suffix come from tldts, which follows
 * the Public Suffix List.
 */
import { parse as parseDomain } from 'tldts';
import { isAscii, isAsciiLetter, isAsciiLetterOrDigit, isRegExpSpace } from '../text/characters.ts';
import { mapHost, withoutIgnored } from './host-mapping.ts';

/**
 * A parsed URL. What `parseUrl` returns is a class instance whose fields are mostly getters over
 * private state: copy it with `toJSON()` (or JSON), never by spreading it or with
 * `structuredClone`, which keep only its few own fields and lose the getters.
 */
export interface ParsedUrl {
  /** lower-case scheme without `:`, '' for relative or scheme-less links */
  readonly scheme: string;
  readonly hostname: string | null;
  /** registrable domain (`example.co.uk`), or the hostname when it has none (IPs, intranet) */
  readonly domain: string | null;
  /** the public suffix (`co.uk`, `zip`) */
  readonly suffix: string | null;
  /** the suffix is a real ICANN one, not a guess for an unknown ending (`example.url` placeholders) */
  readonly icann: boolean;
  readonly isIp: boolean;
  /** decimal, hex or octal host that browsers still read as an IPv4 address (`0x7f.1`, `3232235777`) */
  readonly isObfuscatedIp: boolean;
  readonly port: number | null;
  readonly userinfo: string | null;
  readonly path: string;
  readonly query: string;
  /** the host is written in punycode (`xn--`) */
  readonly punycode: boolean;
  /**
   * The host as written (lower-cased), undefined unless a browser reads it as another name
   * (UTS #46): full-width or other compatibility letters, ideographic dots, invisible code points
   * (`ｐａｙｐａｌ.com`, `paypal。com`, `pay\u200bpal.com` open `paypal.com`, the `hostname`).
   * (`toJSON` lists it only when it is set.)
   */
  readonly mappedFrom?: string;
}

const OBFUSCATED_IPV4 = /^(?:(?:0x[0-9a-f]{1,8}|\d{1,10})\.){0,3}(?:0x[0-9a-f]{1,8}|\d{1,10})$/i;
const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** tldts's options, made once: it reads them and makes its own copy, never changing them. */
const ICANN_ONLY = Object.freeze({ allowPrivateDomains: false });

/**
 * `Hostless`: made by `hostless`, whose objects listed the scheme last (they spread an empty URL
 * first). `SuffixIsDomain`: the public suffix is the whole domain (`localhost`, `com`, `co.uk`).
 */
const Bit = Object.freeze({ Icann: 1, Ip: 2, ObfuscatedIp: 4, Punycode: 8, Hostless: 16, SuffixIsDomain: 32 } as const);

/** What a URL seldom has: a port, user info, a query, a public suffix that is not its domain's tail. */
interface Uncommon {
  readonly suffix: string | null;
  readonly port: number | null;
  readonly userinfo: string | null;
  readonly query: string;
}

/**
 * A parsed URL in seven fields, the `ParsedUrl` shape as getters: its flags in one number, the
 * suffix read from the domain when it is the domain's tail (`example.co.uk` → `co.uk`, which tldts
 * makes so) or the whole domain, and the fields most URLs leave empty in one object only when one
 * is not. As a plain object of thirteen fields and its suffix's own string, a distinct URL took
 * 186–247 bytes, and 10 MB of distinct links parse 145,000–218,000 of them, kept until the report
 * is done. The flags and that object are private fields, so `Object.keys`, a spread, a deep
 * equality in tests and `structuredClone` see neither (nor the getters): copy with `toJSON()`.
 */
class Url implements ParsedUrl {
  readonly scheme: string;
  readonly hostname: string | null;
  readonly domain: string | null;
  readonly path: string;
  readonly mappedFrom: string | undefined;
  /** `Bit`s */
  readonly #bits: number;
  /** port, user info, query and suffix when one is not the common case; null when all are */
  readonly #uncommon: Uncommon | null;

  constructor(scheme: string, hostname: string | null, domain: string | null, path: string, bits: number, uncommon: Uncommon | null, mappedFrom: string | undefined) {
    this.scheme = scheme;
    this.hostname = hostname;
    this.domain = domain;
    this.path = path;
    this.mappedFrom = mappedFrom;
    this.#bits = bits;
    this.#uncommon = uncommon;
  }

  get suffix(): string | null {
    if (this.#uncommon !== null) return this.#uncommon.suffix;
    const domain = this.domain as string;
    if ((this.#bits & Bit.SuffixIsDomain) !== 0) return domain;
    return domain.slice(domain.indexOf('.') + 1);
  }

  get icann(): boolean {
    return (this.#bits & Bit.Icann) !== 0;
  }

  get isIp(): boolean {
    return (this.#bits & Bit.Ip) !== 0;
  }

  get isObfuscatedIp(): boolean {
    return (this.#bits & Bit.ObfuscatedIp) !== 0;
  }

  get port(): number | null {
    return this.#uncommon === null ? null : this.#uncommon.port;
  }

  get userinfo(): string | null {
    return this.#uncommon === null ? null : this.#uncommon.userinfo;
  }

  get query(): string {
    return this.#uncommon === null ? '' : this.#uncommon.query;
  }

  get punycode(): boolean {
    return (this.#bits & Bit.Punycode) !== 0;
  }

  /** The URL as a plain object, in the field order parsed URLs had as objects (logs, dumps of facts). */
  toJSON(): ParsedUrl {
    const { scheme, hostname, domain, suffix, icann, isIp, isObfuscatedIp, port, userinfo, path, query, punycode, mappedFrom } = this;
    if ((this.#bits & Bit.Hostless) !== 0) return { hostname, domain, suffix, icann, isIp, isObfuscatedIp, port, userinfo, path, query, punycode, scheme };
    const plain = { scheme, hostname, domain, suffix, icann, isIp, isObfuscatedIp, port, userinfo, path, query, punycode };
    return mappedFrom === undefined ? plain : { ...plain, mappedFrom };
  }
}

/** A URL with no host (`mailto:`, relative links): its text after the scheme is its path. */
function hostless(scheme: string, path: string): ParsedUrl {
  return new Url(scheme, null, null, path, Bit.Hostless, NO_SUFFIX, undefined);
}

/** The uncommon fields all empty, and no suffix. */
const NO_SUFFIX: Uncommon = Object.freeze({ suffix: null, port: null, userinfo: null, query: '' });

/**
 * The uncommon fields of a URL with no port, user info or query: none (null) when the suffix is the
 * domain's tail or the whole domain, one shared object when there is no suffix (IPs, odd hosts),
 * else an object for the suffix.
 */
function extraOfSuffix(suffix: string | null, domain: string | null): Uncommon | null {
  if (suffix === null) return NO_SUFFIX;
  if (suffix === domain || isTailOf(suffix, domain)) return null;
  return { suffix, port: null, userinfo: null, query: '' };
}

/** True when `suffix` is what the `suffix` getter reads from `domain`: the part after its first dot. */
function isTailOf(suffix: string | null, domain: string | null): boolean {
  if (suffix === null || domain === null) return false;
  const dot = domain.length - suffix.length - 1;
  return dot > 0 && domain.indexOf('.') === dot && domain.endsWith(suffix);
}

/**
 * Parsed once per distinct href and per address a link's text shows: a page of 100,000 different
 * links parses 200,000 and more, so the steps copy and search the string only where they must.
 */
export function parseUrl(input: string): ParsedUrl {
  const trimmed = input.trim();
  const href = hasTabOrNewline(trimmed) ? trimmed.replace(/[\t\n\r]/g, '') : trimmed;
  const schemeEnd = schemeEndOf(href);
  // The three schemes read on as constants: a distinct href parsed is not also a copy of `https`.
  let scheme = schemeEnd < 0 ? '' : schemeOf(href, schemeEnd);
  let rest = schemeEnd < 0 ? href : href.slice(schemeEnd + 1);
  if (!scheme && /^www\./i.test(rest)) scheme = 'http';
  else if (!scheme && rest.startsWith('//')) scheme = 'https';
  if (scheme && scheme !== 'http' && scheme !== 'https' && scheme !== 'ftp') return hostless(scheme, rest);
  if (!scheme) return hostless(scheme, rest);

  let slashes = 0;
  while (rest.charCodeAt(slashes) === 0x2f || rest.charCodeAt(slashes) === 0x5c) slashes++;
  if (slashes > 0) rest = rest.slice(slashes);
  const authorityEnd = authorityEndOf(rest);
  const authority = rest.slice(0, authorityEnd);
  const after = rest.slice(authorityEnd);
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at) : null;
  let hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  let port: number | null = null;
  const colon = hostPort.lastIndexOf(':');
  if (colon >= 0 && !hostPort.endsWith(']') && /^\d{1,5}$/.test(hostPort.slice(colon + 1))) {
    port = Number(hostPort.slice(colon + 1));
    hostPort = hostPort.slice(0, colon);
  }
  // A host ends at the first space or control character (`http://www.x.com Search` in sloppy hrefs).
  const decoded = decodeHost(hostPort);
  // A non-ASCII host is lower-cased (a slow path for such strings) as written only when the
  // mapping makes no host: browserHost lower-cases its own cut.
  const mapped = isAscii(decoded) ? null : browserHost(decoded);
  const hostname = mapped?.hostname ?? hostOf(decoded.toLowerCase());
  const queryStart = after.indexOf('?');
  const hashStart = after.indexOf('#');
  const pathEnd = queryStart >= 0 ? queryStart : hashStart >= 0 ? hashStart : after.length;
  const path = after.slice(0, pathEnd) || '/';
  const query = queryStart >= 0 ? after.slice(queryStart + 1, hashStart > queryStart ? hashStart : after.length) : '';

  const isBracketedIpv6 = hostname.startsWith('[');
  const isIp = isBracketedIpv6 || DOTTED_QUAD.test(hostname);
  const isObfuscatedIp = !isIp && OBFUSCATED_IPV4.test(hostname) && !/^\d{1,3}$/.test(hostname);
  const info = isIp || isObfuscatedIp ? null : parseDomain(hostname, ICANN_ONLY);
  // Composing a decomposed letter (`u` + U+0308 as `ü`) is no disguise: only other mappings count.
  const mappedFrom = !mapped || hostname === mapped.written || hostname === mapped.written.normalize('NFC') ? undefined : mapped.written;
  const domain = isIp || isObfuscatedIp ? hostname : (info?.domain ?? (hostname || null));
  const suffix = info?.publicSuffix ?? null;
  const bits =
    (info?.isIcann === true ? Bit.Icann : 0) |
    (isIp ? Bit.Ip : 0) |
    (isObfuscatedIp ? Bit.ObfuscatedIp : 0) |
    (hostname.startsWith('xn--') || hostname.includes('.xn--') ? Bit.Punycode : 0);
  const uncommon = port === null && !userinfo && query === '' ? extraOfSuffix(suffix, domain) : { suffix, port, userinfo: userinfo || null, query };
  const suffixIsDomain = uncommon === null && suffix !== null && suffix === domain;
  return new Url(scheme, hostname || null, domain, path, suffixIsDomain ? bits | Bit.SuffixIsDomain : bits, uncommon, mappedFrom);
}

/**
 * A non-ASCII host as a browser reads it (core/links/host-mapping.ts) and as written (lower-cased),
 * both cut as `hostOf` cuts, except at U+FEFF, a space to `\s` that a browser drops; null when the
 * mapping makes no host.
 */
function browserHost(decoded: string): { hostname: string; written: string } | null {
  const cut = decoded.slice(0, nameEnd(decoded, false));
  const hostname = mappedName(cut);
  if (hostname === null) return null;
  // As written, one trailing dot of any form goes too: `www.example.co.jp。` (a Japanese sentence's
  // full stop after an address) is written as the name it opens, no disguise.
  const written = cut.toLowerCase();
  const last = written.charCodeAt(written.length - 1);
  const dotted = last === 0x2e || last === 0x3002 || last === 0xff0e || last === 0xff61;
  return { hostname, written: dotted ? written.slice(0, -1) : written };
}

/**
 * The host name a browser opens for `cut` (a non-ASCII host cut as `browserHost` cuts it), or null
 * when the mapping makes no host: cut before the mapping, the trailing dot dropped after it (`ab。`
 * is `ab.`, one dot, not two).
 */
function mappedName(cut: string): string | null {
  const mapped = mapHost(withoutIgnored(cut));
  return mapped === null ? null : hostOf(mapped);
}

/**
 * The domain a host name shows, or null: its registrable domain when `icann` (its suffix is an
 * ICANN one) and that domain is more than the public suffix (`x.ålesund.no` shows; `ålesund.no`,
 * `岐阜.jp`, `bø.telemark.no` and `co.uk`, suffixes whole, show none). The one home of that test
 * for every path of `shownDomain` (core/links/find-urls.ts).
 */
export function registrableShown(icann: boolean, domain: string | null, suffix: string | null): string | null {
  return icann && domain && domain !== suffix ? domain : null;
}

/**
 * The domain a host name with letters beyond ASCII shows, as parseUrl of `http://` and the name
 * reads it: its registrable ICANN domain when that is more than a public suffix, else null. `name`
 * is one `shownDomain` (core/links/find-urls.ts) reads as UNICODE_HOST there: labels of letters
 * and ASCII digits, a letter beyond ASCII among them, and a last label of ASCII letters; no white
 * space and no character that ends or splits an authority, so parseUrl would take it whole as its
 * host, and no IP (its last label is letters, which no mapping changes). These are parseUrl's host
 * steps alone, without the URL object, the host as written (a lower-cased copy and its NFC form,
 * which only `mappedFrom` reads) or the `http://` copy. A page of 200,000 different addresses
 * shown asks 200,000 times.
 */
export function shownNameDomain(name: string): string | null {
  return hostDomainShown(mappedName(name) ?? hostOf(name.toLowerCase()));
}

/** The domain a host name as a browser opens it shows (`registrableShown` of tldts's reading): what shownDomain's short paths end in. */
export function hostDomainShown(hostname: string): string | null {
  const info = parseDomain(hostname, ICANN_ONLY);
  return registrableShown(info.isIcann === true, info.domain ?? hostname, info.publicSuffix ?? null);
}

/**
 * Where a scheme's `:` is, as `/^([a-z][a-z0-9+.-]{0,30}):/i` finds it, or -1: a letter, at most
 * thirty letters, digits, `+`, `.` or `-`, then `:`. A loop, not the regex: its match was an array
 * and two strings a distinct href.
 */
function schemeEndOf(href: string): number {
  if (!isAsciiLetter(href.charCodeAt(0))) return -1;
  let end = 1;
  while (end < 31) {
    const code = href.charCodeAt(end);
    if (!isAsciiLetterOrDigit(code) && code !== 0x2b && code !== 0x2e && code !== 0x2d) break;
    end++;
  }
  return href.charCodeAt(end) === 0x3a ? end : -1;
}

/** The lower-case scheme of `href`, which ends at `end`: `http`, `https` and `ftp` as constants. */
function schemeOf(href: string, end: number): string {
  if (end === 4 && startsWithFolded(href, 'http')) return 'http';
  if (end === 5 && startsWithFolded(href, 'https')) return 'https';
  if (end === 3 && startsWithFolded(href, 'ftp')) return 'ftp';
  return href.slice(0, end).toLowerCase();
}

/** `text` starts with `lower` (lower-case ASCII letters), in either case. */
function startsWithFolded(text: string, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) if ((text.charCodeAt(i) | 0x20) !== lower.charCodeAt(i)) return false;
  return true;
}

function hasTabOrNewline(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x09 || code === 0x0a || code === 0x0d) return true;
  }
  return false;
}

/** Where the authority ends: the first `/`, `?`, `#` or `\`, else the end. */
function authorityEndOf(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2f || code === 0x3f || code === 0x23 || code === 0x5c) return i;
  }
  return text.length;
}

/**
 * The host name in a lower-cased host: up to the first white space (as `\s` reads it, U+FEFF
 * included unless `bomEnds` is false), control character or no-break space, less one trailing dot.
 */
function hostOf(host: string, bomEnds = true): string {
  let end = nameEnd(host, bomEnds);
  if (end > 0 && host.charCodeAt(end - 1) === 0x2e) end--;
  return end === host.length ? host : host.slice(0, end);
}

/** Where `hostOf`'s name ends: the first white space (U+FEFF only if `bomEnds`), control character or no-break space. */
function nameEnd(host: string, bomEnds: boolean): number {
  let end = 0;
  while (end < host.length) {
    const code = host.charCodeAt(end);
    if (code <= 0x1f || (isRegExpSpace(code) && (bomEnds || code !== 0xfeff))) break;
    end++;
  }
  return end;
}

/** Percent-encoded hosts (`%77%77%77.example.com`) are another way to hide where a link goes. */
function decodeHost(host: string): string {
  if (!host.includes('%')) return host;
  try {
    return decodeURIComponent(host);
  } catch {
    return host;
  }
}
