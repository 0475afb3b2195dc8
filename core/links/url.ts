/**
 * URL facts the link rules need, without the WHATWG `URL` global (core runs where only
 * ECMAScript is promised). Hostname, registrable domain and suffix come from tldts, which follows
 * the Public Suffix List.
 */
import { parse as parseDomain } from 'tldts';

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
}

const SCHEME = /^([a-z][a-z0-9+.-]{0,30}):/i;
const OBFUSCATED_IPV4 = /^(?:(?:0x[0-9a-f]{1,8}|\d{1,10})\.){0,3}(?:0x[0-9a-f]{1,8}|\d{1,10})$/i;
const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;

const EMPTY: Omit<ParsedUrl, 'scheme'> = {
  hostname: null,
  domain: null,
  suffix: null,
  icann: false,
  isIp: false,
  isObfuscatedIp: false,
  port: null,
  userinfo: null,
  path: '',
  query: '',
  punycode: false,
};

export function parseUrl(input: string): ParsedUrl {
  const href = input.trim().replace(/[\t\n\r]/g, '');
  const schemeMatch = SCHEME.exec(href);
  let scheme = schemeMatch?.[1]?.toLowerCase() ?? '';
  let rest = schemeMatch ? href.slice(schemeMatch[0].length) : href;
  if (!scheme && /^www\./i.test(rest)) scheme = 'http';
  else if (!scheme && rest.startsWith('//')) scheme = 'https';
  if (scheme && scheme !== 'http' && scheme !== 'https' && scheme !== 'ftp') return { ...EMPTY, scheme, path: rest };
  if (!scheme) return { ...EMPTY, scheme, path: rest };

  rest = rest.replace(/^[/\\]+/, '');
  const authorityEnd = firstIndexOf(rest, '/?#\\');
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
  const hostname = decodeHost(hostPort).toLowerCase().split(/[\s\u0000-\u001f\u00a0]/)[0]?.replace(/\.$/, '') ?? '';
  const queryStart = after.indexOf('?');
  const hashStart = after.indexOf('#');
  const pathEnd = queryStart >= 0 ? queryStart : hashStart >= 0 ? hashStart : after.length;
  const path = after.slice(0, pathEnd) || '/';
  const query = queryStart >= 0 ? after.slice(queryStart + 1, hashStart > queryStart ? hashStart : after.length) : '';

  const isBracketedIpv6 = hostname.startsWith('[');
  const isIp = isBracketedIpv6 || DOTTED_QUAD.test(hostname);
  const isObfuscatedIp = !isIp && OBFUSCATED_IPV4.test(hostname) && !/^\d{1,3}$/.test(hostname);
  const info = isIp || isObfuscatedIp ? null : parseDomain(hostname, { allowPrivateDomains: false });
  return {
    scheme,
    hostname: hostname || null,
    domain: isIp || isObfuscatedIp ? hostname : (info?.domain ?? (hostname || null)),
    suffix: info?.publicSuffix ?? null,
    icann: info?.isIcann === true,
    isIp,
    isObfuscatedIp,
    port,
    userinfo: userinfo || null,
    path,
    query,
    punycode: /(?:^|\.)xn--/.test(hostname),
  };
}

function firstIndexOf(text: string, characters: string): number {
  for (let i = 0; i < text.length; i++) if (characters.includes(text[i] ?? '')) return i;
  return text.length;
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
